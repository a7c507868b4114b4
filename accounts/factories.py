import datetime

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from .models import TermsAcceptance, TermsVersion, User

DEMO_PASSWORD = "demo"


class TermsVersionFactory(factory.django.DjangoModelFactory):
    """A published version of the terms of use, in effect since yesterday unless told otherwise."""

    class Meta:
        model = TermsVersion
        django_get_or_create = ("label",)

    label = factory.Sequence(lambda n: f"2025-{n + 1}")
    effective_from = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    changes_fi = "Käyttöehtoja on selkeytetty."
    changes_sv = "Användarvillkoren har förtydligats."
    changes_en = "The terms of use have been clarified."


class UserFactory(factory.django.DjangoModelFactory):
    """A registered user; `django_get_or_create` keeps the demo loader idempotent.

    Like a real registered user, they have a verified e-mail address (so they
    can log in on the public sites) and have accepted the terms of use in
    effect, if any; pass `verified_email=False` or `accept_terms=False` for
    one who has not.
    """

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

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        EmailAddress.objects.get_or_create(user=self, email=self.email, defaults={"verified": True, "primary": True})

    @factory.post_generation
    def accept_terms(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        version = TermsVersion.objects.current()
        if version is not None:
            TermsAcceptance.objects.get_or_create(user=self, terms_version=version)


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True


class TermsAcceptanceFactory(factory.django.DjangoModelFactory):
    """A user's acceptance of a version of the terms."""

    class Meta:
        model = TermsAcceptance

    user = factory.SubFactory(UserFactory, accept_terms=False)
    terms_version = factory.SubFactory(TermsVersionFactory)
