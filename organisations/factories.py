"""Test and demo data for organisations and their members.

`OrganisationFactory` makes a live, verified organisation (`draft=True` for
one awaiting moderation, `unverified=True` for a live one not yet
verified); `MembershipFactory` a membership, as an editor by default.
"""

import factory
from django.utils.text import slugify

from accounts.factories import UserFactory
from regions.models import Municipality

from .models import Membership, Organisation
from .validators import business_id_check_digit

ORGANISATION_NAMES = [
    "Kylätalon Ystävät ry",
    "Pohjoisen Polkujen Kulkijat ry",
    "Lähiluonnon Retkeilijät ry",
    "Naapuriapu Kotikulma ry",
    "Iltapäiväkerho Tähdenlento ry",
    "Kansalaistoiminnan Keskus Kuikka ry",
    "Vertaistukiyhdistys Ankkuri ry",
    "Taidepaja Sininen Ovi ry",
    "Seniorikerho Hopeasiipi ry",
    "Nuorten Talo Kipinä ry",
    "Ruoka-apu Leipäkori ry",
    "Kulttuuriyhdistys Revontuli ry",
    "Perhekahvila Pikkulintu ry",
    "Monikulttuurinen Olohuone ry",
    "Ympäristöryhmä Varpu",
    "Liikuntaseura Kirmaus ry",
]

DESCRIPTIONS = [
    "Yhdistys kokoaa kyläläiset yhteisiin talkoisiin, juhliin ja kerhoihin ympäri vuoden.",
    "Toimimme vapaaehtoisvoimin, ja uudet jäsenet pääsevät mukaan heti ensimmäisestä kerrasta.",
    "Järjestämme vertaistukea, retkiä ja harrastuksia kaikenikäisille.",
    "Toimintamme rahoitetaan jäsenmaksuilla ja avustuksilla, ja se on osallistujille maksutonta.",
]


def business_id_for(number):
    """A valid business ID derived from a number (skipping the impossible remainder-1 ones)."""
    number = number * 7919 % 9_000_000 + 1_000_000
    while True:
        digits = f"{number % 10_000_000:07d}"
        check = business_id_check_digit(digits)
        if check is not None:
            return f"{digits}-{check}"
        number += 1


def _description(n):
    return "".join(f"<p>{DESCRIPTIONS[(n + i) % len(DESCRIPTIONS)]}</p>" for i in range(2))


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A live, verified organisation; pass `municipality_code` for its home municipality (default Rovaniemi)."""

    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    class Params:
        municipality_code = "698"
        draft = factory.Trait(live=False, has_unpublished_changes=True, is_verified=False)
        unverified = factory.Trait(is_verified=False)

    name = factory.Sequence(
        lambda n: (
            ORGANISATION_NAMES[n % len(ORGANISATION_NAMES)]
            + (f" {n // len(ORGANISATION_NAMES) + 1}" if n >= len(ORGANISATION_NAMES) else "")
        )
    )
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    type = Organisation.Type.ASSOCIATION
    business_id = factory.Sequence(business_id_for)
    description = factory.Sequence(_description)
    home_municipality = factory.LazyAttribute(lambda o: Municipality.objects.get(code=o.municipality_code))
    email = factory.LazyAttribute(lambda o: f"info@{o.slug}.example.org")
    phone = factory.Faker("phone_number", locale="fi_FI")
    website = factory.LazyAttribute(lambda o: f"https://{o.slug}.example.org/")
    is_verified = True
    live = True


class MembershipFactory(factory.django.DjangoModelFactory):
    """A user's membership in an organisation, as an editor unless `role` says otherwise."""

    class Meta:
        model = Membership
        django_get_or_create = ("user", "organisation")

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.EDITOR
