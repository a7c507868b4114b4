"""Test and demo data for listings (organisations have theirs in organisations.factories).

Listing factories take `municipality_codes` (official codes, default the
organisation's home municipality), `topic_slugs` and `audience_slugs`, and
`with_revision=True` to also save a revision (published when live). Objects
are live by default; pass `draft=True` for an unpublished one, `expired=True`
for one whose visibility period has ended, `with_image=True` for an image
with its description. `translate(listing, "sv", title=...)` makes a
translation sharing the listing's translation key.
"""

import datetime

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, Locale

from organisations.factories import OrganisationFactory
from regions.models import Municipality
from topics.models import Audience, Topic

from .models import Activity, Event, Job, NewsItem, Project, Space, StaffMember, Story, VolunteerTask

EVENT_TITLES = [
    "Joulukonsertti kylätalolla",
    "Lukupiirin syyskauden avaus",
    "Talkoopäivä lähimetsässä",
    "Perheiden ulkoilupäivä",
    "Yhdistysten avoimet ovet",
    "Vapaaehtoisten kiitosilta",
    "Ikäihmisten tanssiaiset",
    "Retkeilyn aloittajan ilta",
]
ACTIVITY_TITLES = [
    "Kuoroharjoitukset tiistaisin",
    "Nuorten iltakerho",
    "Kävelyryhmä ikäihmisille",
    "Suomen kielen keskustelukerho",
    "Perhekahvila torstaisin",
    "Lentopallovuoro aikuisille",
]
VOLUNTEER_TITLES = [
    "Kahvilavuorolainen kylätalolle",
    "Ulkoiluystävä ikäihmiselle",
    "Tapahtumajärjestäjä kevään tapahtumiin",
    "Läksyapuri koululaisille",
    "Ruoka-avun jakaja",
]
JOB_TITLES = [
    "Toiminnanohjaaja",
    "Järjestösihteeri",
    "Nuorisotyön harjoittelija",
    "Opinnäytetyö vapaaehtoistoiminnan vaikutuksista",
    "Viestintäsuunnittelija",
]
PROJECT_TITLES = [
    "Kylät kuntoon -hanke",
    "Yhdessä ulos -hanke",
    "Digituki ikäihmisille",
    "Nuorten ääni kuuluviin",
]
NEWS_TITLES = [
    "Yhdistys sai uudet toimitilat",
    "Vapaaehtoisia kiitettiin kevätjuhlassa",
    "Syyskauden ohjelma on julkaistu",
    "Avustushaku avautuu pian",
]
SPACE_TITLES = [
    "Kylätalon juhlasali",
    "Järjestötalon kokoushuone",
    "Seurakuntakodin kerhohuone",
    "Nuorisotalon bänditila",
]
STORY_TITLES = [
    "Miten löysin paikkani vapaaehtoisena",
    "Kuoro toi minulle ystäviä",
    "Ensimmäinen talkoopäiväni",
]
SUMMARIES = [
    "Tervetuloa mukaan! Toimintaan voi tulla ilman aiempaa kokemusta.",
    "Mukaan mahtuu kaikenikäisiä, ja paikalla on aina tuttu ohjaaja.",
    "Kahvitarjoilu on maksuton. Ilmoita erityisruokavaliosta etukäteen.",
    "Tilaisuus on avoin kaikille, jotka haluavat tutustua yhdistyksen toimintaan.",
    "Tule kuulemaan, kokeilemaan ja tapaamaan muita samasta kiinnostuneita.",
]
BODY_SENTENCES = [
    "Toiminta on suunniteltu yhdessä osallistujien kanssa.",
    "Paikalle pääsee esteettömästi, ja avustaja voi tulla mukaan maksutta.",
    "Kysy lisää yhteyshenkilöltä sähköpostilla tai puhelimitse.",
    "Ryhmässä on tilaa myös uusille tulijoille.",
    "Osallistuminen ei vaadi jäsenyyttä.",
]


def _cycling(values):
    """An attribute going round `values`, one after the other as objects are made."""
    return factory.Sequence(lambda n: values[n % len(values)])


def _days_from_today(days):
    """A date `days` after today (before it when negative), as of when the object is made."""
    return factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=days))


def _round_hour(moment):
    return moment.replace(minute=0, second=0, microsecond=0)


def _body(n):
    sentences = [BODY_SENTENCES[(n + i) % len(BODY_SENTENCES)] for i in range(3)]
    return "".join(f"<p>{sentence}</p>" for sentence in sentences)


class ListingImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection, generated locally, with a description (alt text)."""

    title = factory.Sequence(lambda n: f"Kuva {n}")
    description = "Ihmisiä kokoontuneena yhteisen pöydän ääreen."
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=800, height=450, color="#1d4f91")


class ListingFactory(factory.django.DjangoModelFactory):
    """Shared by every listing factory; see the module docstring for the parameters."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(live=False, has_unpublished_changes=True)
        expired = factory.Trait(
            visible_from=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=60)),
            visible_until=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1)),
        )
        with_image = factory.Trait(
            image=factory.SubFactory(ListingImageFactory),
            image_alt="Ihmisiä kokoontuneena yhteisen pöydän ääreen.",
        )

    summary = _cycling(SUMMARIES)
    body = factory.Sequence(_body)
    organisation = factory.SubFactory(OrganisationFactory)
    contact_name = factory.Faker("name", locale="fi_FI")
    contact_email = factory.LazyAttribute(
        lambda o: f"yhteys@{o.organisation.slug}.example.org" if o.organisation else "yhteys@example.org"
    )
    live = True
    # Not model fields: _create() turns them into relations.
    municipality_codes = factory.LazyAttribute(
        lambda o: [o.organisation.home_municipality.code] if o.organisation else ["698"]
    )
    topic_slugs = factory.LazyFunction(lambda: ["kulttuuri"])
    audience_slugs = factory.LazyFunction(lambda: ["kaikille"])
    with_revision = False

    @classmethod
    def _prepare(cls, model_class, kwargs):
        codes = kwargs.pop("municipality_codes")
        topic_slugs = kwargs.pop("topic_slugs")
        audience_slugs = kwargs.pop("audience_slugs")
        with_revision = kwargs.pop("with_revision")
        instance = model_class(**kwargs)
        # Parental relations live in memory until save(), so the default
        # region can be derived from the municipalities before the first save.
        instance.municipalities = list(Municipality.objects.filter(code__in=codes))
        instance.audiences = list(Audience.objects.filter(slug__in=audience_slugs))
        instance.topics.set(list(Topic.objects.filter(slug__in=topic_slugs)))
        return instance, with_revision

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        instance, _with_revision = cls._prepare(model_class, kwargs)
        return instance

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        instance, with_revision = cls._prepare(model_class, kwargs)
        instance.save()
        if with_revision:
            revision = instance.save_revision()
            if instance.live:
                revision.publish()
                instance.refresh_from_db()
        return instance


class ListingRowFactory(factory.django.DjangoModelFactory):
    """The base of the factories of other apps' rows about a listing (sign-ups, activity records): such a row
    points at the listing's original row and belongs to its organisation; `listing=...` fills in all three."""

    class Meta:
        abstract = True
        exclude = ("listing",)

    listing = None
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(type(o.listing)))
    object_id = factory.LazyAttribute(lambda o: o.listing.pk)
    organisation = factory.LazyAttribute(lambda o: o.listing.organisation)


class SpaceFactory(ListingFactory):
    class Meta:
        model = Space

    title = _cycling(SPACE_TITLES)
    address = factory.Faker("street_address", locale="fi_FI")
    postal_code = factory.Faker("postcode", locale="fi_FI")
    capacity = 40
    how_to_book = "Varaa tila sähköpostilla viimeistään viikkoa ennen käyttöä."
    price = "Maksuton yhdistyksille"


class EventFactory(ListingFactory):
    """An upcoming event a week from now; `past=True` for one that ended yesterday."""

    class Meta:
        model = Event

    class Params:
        past = factory.Trait(
            starts_at=factory.LazyFunction(lambda: _round_hour(timezone.now() - datetime.timedelta(days=1, hours=3)))
        )

    title = _cycling(EVENT_TITLES)
    starts_at = factory.LazyFunction(lambda: _round_hour(timezone.now() + datetime.timedelta(days=7)))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    place_name = "Kylätalo"
    address = factory.Faker("street_address", locale="fi_FI")
    is_free = True
    registration = Event.Registration.NONE


class ActivityFactory(ListingFactory):
    class Meta:
        model = Activity

    title = _cycling(ACTIVITY_TITLES)
    schedule = "Tiistaisin klo 18–20, ei koulujen lomilla."
    season_start = _days_from_today(-30)
    season_end = _days_from_today(150)


class VolunteerTaskFactory(ListingFactory):
    class Meta:
        model = VolunteerTask

    title = _cycling(VOLUNTEER_TITLES)
    time_commitment = "Noin kolme tuntia viikossa syyskauden ajan."
    deadline = _days_from_today(21)


class JobFactory(ListingFactory):
    class Meta:
        model = Job

    title = _cycling(JOB_TITLES)
    kind = Job.Kind.JOB
    employment_type = "Määräaikainen, osa-aikainen"
    deadline = _days_from_today(14)


class ProjectFactory(ListingFactory):
    class Meta:
        model = Project

    title = _cycling(PROJECT_TITLES)
    funder = "Sosiaali- ja terveysjärjestöjen avustuskeskus"
    starts_on = _days_from_today(-200)
    ends_on = _days_from_today(530)


class NewsItemFactory(ListingFactory):
    class Meta:
        model = NewsItem

    title = _cycling(NEWS_TITLES)
    published_on = factory.LazyFunction(timezone.localdate)


class StaffMemberFactory(ListingFactory):
    """A staff member; `title` is the person's (invented) name."""

    class Meta:
        model = StaffMember

    title = factory.Faker("name", locale="fi_FI")
    role = "Toiminnanjohtaja"
    contact_name = ""
    contact_email = factory.LazyAttribute(lambda o: f"{slugify(o.title).replace('-', '.')}@example.org")
    contact_phone = factory.Faker("phone_number", locale="fi_FI")
    topic_slugs = factory.LazyFunction(list)


class StoryFactory(ListingFactory):
    """A citizen's story, without an organisation by default."""

    class Meta:
        model = Story

    title = _cycling(STORY_TITLES)
    organisation = None
    author_name = factory.Faker("first_name", locale="fi_FI")
    contact_email = ""


def translate(listing, language_code, live=None, **fields):
    """Save a translation of a listing into another language, sharing its translation key.

    The translation is live when the listing is, unless `live` says otherwise;
    `fields` overwrite the copied values (title, summary, body...).
    """
    locale = Locale.objects.get(language_code=language_code)
    translation = listing.copy_for_translation(locale)
    translation.live = listing.live if live is None else live
    # The copy would otherwise point at the original's revisions and lock.
    translation.live_revision = None
    translation.latest_revision = None
    translation.locked = False
    translation.locked_at = None
    translation.locked_by = None
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
