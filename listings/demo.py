"""Demo organisations and listings for every region: `load_demo` calls `load(stdout, port)`.

About 60 invented organisations and 600 listings of every type, dated around
today; Pohjanmaa's organisations write in Swedish, and some listings are
translated. Running it again adds nothing: organisations are found by slug,
listings by organisation, type and title.
"""

import datetime
import importlib
import importlib.util
import io
import itertools

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from organisations.factories import OrganisationFactory, business_id_for
from organisations.models import Organisation

from . import demo_content as content
from .factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    NewsItemFactory,
    ProjectFactory,
    SpaceFactory,
    StaffMemberFactory,
    StoryFactory,
    VolunteerTaskFactory,
    translate,
)
from .models import LISTING_MODELS, AccessibilityFeature

LISTINGS_PER_ORGANISATION = 10
TOPIC_ROTATION = [
    ["kulttuuri"],
    ["liikunta", "hyvinvointi"],
    ["vertaistuki"],
    ["ymparisto"],
    ["koulutus", "osallisuus"],
    ["lapset-ja-nuoret"],
    ["seniorit", "hyvinvointi"],
    ["kansainvalisyys"],
    ["ruoka-apu"],
    ["yhdistystoiminta"],
]
AUDIENCE_ROTATION = [
    ["kaikille"],
    ["perheet", "lapset"],
    ["ikaantyneet"],
    ["nuoret"],
    ["maahan-muuttaneet", "aikuiset"],
    ["vammaiset", "kaikille"],
]


def load(stdout, port=8000):
    if importlib.util.find_spec("listings.demo_users") is not None:
        importlib.import_module("listings.demo_users").load(stdout)
    images = _images()
    organisations = _organisations()
    created = _listings(organisations, images)
    stdout.write(
        f"  {len(organisations)} demo organisations, {created} new listings "
        f"({sum(model.objects.count() for model in LISTING_MODELS)} listing rows in all)"
    )


# -- images ---------------------------------------------------------------------------


def _draw(background, shape, number):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 450), background)
    draw = ImageDraw.Draw(image)
    for step in range(5):
        x = 80 + step * 150
        radius = 30 + ((number + step) % 4) * 18
        draw.ellipse((x - radius, 225 - radius, x + radius, 225 + radius), fill=shape)
    draw.rectangle((0, 380, 800, 450), fill=shape)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    return buffer


def _images():
    """A few shared images drawn with Pillow, found again by title."""
    Image = get_image_model()
    root = Collection.get_first_root_node()
    images = []
    for number, (background, shape, description) in enumerate(content.IMAGES):
        title = f"Demokuva {number + 1}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, description=description, collection=root)
            image.file = ImageFile(_draw(background, shape, number), name=f"demo-{number + 1}.jpg")
            image.save()
        images.append(image)
    return images


# -- organisations ----------------------------------------------------------------------


def _organisation_specs():
    """(name, type, home municipality code, language) of every demo organisation."""
    specs = []
    patterns = itertools.cycle(enumerate(content.FINNISH_ORGANISATIONS))
    for towns in content.TOWNS.values():
        for number in range(4):
            code, name, genitive = towns[number % len(towns)]
            _index, (pattern, kind) = next(patterns)
            specs.append((pattern.format(gen=genitive, name=name), kind, code, "fi"))
    for number, (pattern, kind) in enumerate(content.SWEDISH_ORGANISATIONS):
        code, name = content.SWEDISH_TOWNS[number % len(content.SWEDISH_TOWNS)]
        specs.append((pattern.format(name=name), kind, code, "sv"))
    for name, kind, code in content.NATIONAL_ORGANISATIONS:
        specs.append((name, kind, code, "fi"))
    return specs


def _organisations():
    """[(organisation, language, nationwide)], created once."""
    organisations = []
    specs = _organisation_specs()
    national_names = {name for name, _kind, _code in content.NATIONAL_ORGANISATIONS}
    for number, (name, kind, code, language) in enumerate(specs):
        slug = slugify(name)[:90]
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            organisation = OrganisationFactory(
                name=name,
                slug=slug,
                type=kind,
                municipality_code=code,
                business_id="" if kind == "informal_group" else business_id_for(5000 + number),
                description=f"<p>{content.DESCRIPTIONS[language][number % len(content.DESCRIPTIONS[language])]}</p>",
                phone=f"040 555 {number:04d}",
                is_verified=number % 9 != 4,
            )
        organisations.append((organisation, language, name in national_names))
    for slug in ("napapiirin-naapuriapu", "pielisjoen-kulttuuripiiri"):
        organisation = Organisation.objects.filter(slug=slug, live=True).first()
        if organisation is not None:
            organisations.append((organisation, "fi", False))
    return organisations


# -- listings -------------------------------------------------------------------------


def _pick(pool, number, language):
    """The title and summary of a pool entry in a language, with the others for translations."""
    entry = pool[number % len(pool)]
    titles = dict(zip(("fi", "sv", "en"), entry[:3], strict=True))
    summaries = dict(zip(("fi", "sv", "en"), entry[-3:], strict=True))
    return titles, summaries


def _body(language, number):
    sentences = content.BODIES[language]
    return "".join(f"<p>{sentences[(number + step) % len(sentences)]}</p>" for step in range(3))


def _person(language, number):
    if language == "sv":
        first, last = content.SWEDISH_FIRST_NAMES, content.SWEDISH_LAST_NAMES
    else:
        first, last = content.FIRST_NAMES, content.LAST_NAMES
    return f"{first[number % len(first)]} {last[(number // len(first) + number) % len(last)]}"


def _event_fields(number, language, now):
    # Spread events from three weeks ago (the archive) to two months ahead, mostly upcoming.
    day_offset = (number * 7) % 80 - 20
    starts_at = (now + datetime.timedelta(days=day_offset)).replace(
        hour=10 + number % 9, minute=0 if number % 2 else 30, second=0, microsecond=0
    )
    is_free = number % 3 != 0
    online = number % 7 == 0
    fields = {
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=2 + number % 3),
        "place_name": "" if online else content.PLACES[language][number % len(content.PLACES[language])],
        "address": ""
        if online
        else f"{content.STREETS[language][number % len(content.STREETS[language])]} {number % 40 + 1}",
        "is_free": is_free,
        "price": "" if is_free else content.PRICES[language][number % len(content.PRICES[language])],
        "is_online": online,
        "online_url": f"https://meet.example.org/tapahtuma-{number}" if online else "",
    }
    if number % 4 == 1:
        fields.update(registration="external", registration_url=f"https://ilmoittaudu.example.org/{number}")
    return fields


def _plan(number):
    """The ten listing kinds an organisation gets, varied by its number."""
    rotating = ["job", "project", "space", "story", "event", "activity"]
    extra = [rotating[(number + step) % len(rotating)] for step in range(3)]
    return ["event", "event", "event", "activity", "volunteer", "news", "staff", *extra]


def _listings(organisations, images):
    now = timezone.localtime()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    features = list(AccessibilityFeature.objects.all())
    existing = {
        (model, organisation_id, title)
        for model in LISTING_MODELS
        for organisation_id, title in model.objects.filter(
            organisation__in=[organisation for organisation, _language, _nationwide in organisations]
        ).values_list("organisation_id", "title")
    }
    created = 0
    serial = itertools.count()
    for org_number, (organisation, language, nationwide) in enumerate(organisations):
        municipality = organisation.home_municipality
        codes = [municipality.code]
        for kind in _plan(org_number):
            sequence = next(serial)
            listing = _build(kind, sequence, organisation, language, codes, nationwide, now, images)
            if listing is None:
                continue
            factory, fields, translations = listing
            key = (factory._meta.model, organisation.pk, fields["title"])
            if key in existing:
                continue
            existing.add(key)
            instance = factory(locale=locales[language], **fields)
            if factory is SpaceFactory and features:
                instance.accessibility_features.set(features[sequence % len(features) :][:3])
                instance.save()
            for code, values in translations.items():
                translate(instance, code, **values)
            created += 1
    return created


def _build(kind, sequence, organisation, language, codes, nationwide, now, images):
    """(factory, field values, {language: translated fields}) of one demo listing."""
    common = {
        "organisation": organisation,
        "municipality_codes": [] if nationwide and sequence % 2 else codes,
        "is_nationwide": nationwide,
        "topic_slugs": TOPIC_ROTATION[sequence % len(TOPIC_ROTATION)],
        "audience_slugs": AUDIENCE_ROTATION[sequence % len(AUDIENCE_ROTATION)],
        "contact_name": _person(language, sequence),
        "contact_email": f"yhteys@{organisation.slug[:40]}.example.org",
        "contact_phone": f"040 555 {sequence:04d}",
        "body": _body(language, sequence),
        "created_at": now - datetime.timedelta(days=sequence % 45, hours=sequence % 24),
    }
    if sequence % 3 == 0:
        image = images[sequence % len(images)]
        common.update(image=image, image_alt=image.description)
    pools = {
        "event": (EventFactory, content.EVENTS),
        "activity": (ActivityFactory, content.ACTIVITIES),
        "volunteer": (VolunteerTaskFactory, content.VOLUNTEER_TASKS),
        "job": (JobFactory, content.JOBS),
        "project": (ProjectFactory, content.PROJECTS),
        "news": (NewsItemFactory, content.NEWS),
        "space": (SpaceFactory, content.SPACES),
        "story": (StoryFactory, content.STORIES),
    }
    if kind == "staff":
        return (
            StaffMemberFactory,
            {
                **common,
                "title": _person(language, sequence + 5),
                "role": content.ROLES[language][sequence % len(content.ROLES[language])],
                "summary": "",
                "contact_name": "",
                "contact_email": f"{slugify(_person(language, sequence + 5)).replace('-', '.')}@example.org",
                "image": None,
                "image_alt": "",
            },
            {},
        )
    factory, pool = pools[kind]
    titles, summaries = _pick(pool, sequence, language)
    fields = {**common, "title": titles[language], "summary": summaries[language]}
    if kind == "event":
        fields.update(_event_fields(sequence, language, now))
    elif kind == "activity":
        fields["schedule"] = content.SCHEDULES[language][sequence % 3]
    elif kind == "volunteer":
        fields["time_commitment"] = content.TIME_COMMITMENTS[language]
        fields["deadline"] = now.date() + datetime.timedelta(days=10 + sequence % 50)
    elif kind == "job":
        fields["kind"] = pool[sequence % len(pool)][3]
        fields["deadline"] = now.date() + datetime.timedelta(days=7 + sequence % 30)
        fields["employment_type"] = "Määräaikainen" if language == "fi" else "Visstid"
    elif kind == "project":
        fields["funder"] = content.FUNDERS[sequence % len(content.FUNDERS)]
    elif kind == "news":
        fields["published_on"] = now.date() - datetime.timedelta(days=sequence % 60)
    elif kind == "space":
        fields["capacity"] = pool[sequence % len(pool)][3]
        fields["how_to_book"] = content.HOW_TO_BOOK[language]
        fields["price"] = "Maksuton jäsenille" if language == "fi" else "Gratis för medlemmar"
        fields["address"] = (
            f"{content.STREETS[language][sequence % len(content.STREETS[language])]} {sequence % 30 + 1}"
        )
    elif kind == "story":
        fields["author_name"] = _person(language, sequence + 11).split()[0]
    translations = {}
    # Every fifth listing has an English translation, and a Swedish original a Finnish one.
    if sequence % 5 == 0:
        translations["en"] = {"title": titles["en"], "summary": summaries["en"], "body": _body("en", sequence)}
    if language == "sv" and sequence % 2 == 0:
        translations["fi"] = {"title": titles["fi"], "summary": summaries["fi"], "body": _body("fi", sequence)}
    for values in translations.values():
        values["slug"] = slugify(values["title"])[:200]
    return factory, fields, translations
