import factory

from .models import User

DEMO_PASSWORD = "demo"


class UserFactory(factory.django.DjangoModelFactory):
    """A user; `django_get_or_create` keeps the demo loader idempotent."""

    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    first_name = factory.Faker("first_name", locale="fi_FI")
    last_name = factory.Faker("last_name", locale="fi_FI")
    password = factory.django.Password(DEMO_PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True
