"""Demo organisations and listings for every region, read from listings/demo/: `load_demo` calls `load(stdout)`.

About 60 invented organisations publish about 600 listings of every type,
dated around today. Each organisation gets listings written for its kind of
work (the `focus` of organisations.yaml and of each listing text), placed in
its own town's venues, and no two listings that can show on the same site
share a title. Pohjanmaa's organisations write in Swedish, and some listings
are translated. Running it again adds nothing: organisations are found by
slug, listings by organisation, type and title (the choice of texts depends
only on the data files and the regions' coverage).
"""

import datetime
import io
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from organisations.factories import OrganisationFactory, business_id_for
from organisations.models import Organisation
from regions.models import Region

from . import demo_users, factories
from .factories import translate
from .models import LISTING_MODELS, AccessibilityFeature

DATA = Path(__file__).resolve().parent / "demo"

# A kind in an organisation's plan: the file of its texts and the factory that makes it.
KINDS = {
    "event": ("events.yaml", factories.EventFactory),
    "activity": ("activities.yaml", factories.ActivityFactory),
    "volunteer": ("volunteering.yaml", factories.VolunteerTaskFactory),
    "job": ("jobs.yaml", factories.JobFactory),
    "project": ("projects.yaml", factories.ProjectFactory),
    "news": ("news.yaml", factories.NewsItemFactory),
    "space": ("spaces.yaml", factories.SpaceFactory),
    "story": ("stories.yaml", factories.StoryFactory),
    "staff": ("staff.yaml", factories.StaffMemberFactory),
}

# Features a venue with steps at its door cannot offer.
STEP_FREE_FEATURES = {"esteeton-kulku", "hissi", "esteeton-wc", "esteeton-pysakointi"}

# Fields besides title, summary and body that a translation carries in its own language.
TRANSLATED_FIELDS = {
    "activity": ("schedule",),
    "volunteer": ("time_commitment",),
    "job": ("employment_type",),
    "project": ("funder",),
    "space": ("how_to_book", "price"),
    "staff": ("role",),
}


def _read(name):
    # libyaml's parser when PyYAML has it: these files are large, and it is ten times faster.
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass
class DemoOrganisation:
    """An organisation with what the demo knows of it: its town, language, focus and plan."""

    organisation: Organisation
    town: dict
    language: str
    focus: tuple
    plan: str


@dataclass
class Planned:
    """One listing to make: its kind, text, organisation and the languages it is written in.

    `national` listings come from an organisation working across the country:
    they are online when their text says so, else nationwide.
    """

    kind: str
    theme: dict
    owner: DemoOrganisation
    sequence: int
    slot: int
    national: bool
    languages: tuple
    titles: dict = field(default_factory=dict)

    @property
    def online(self):
        return bool(self.theme.get("online"))

    @property
    def nationwide(self):
        return self.national and not self.online

    @property
    def venue(self):
        place = self.theme.get("place")
        return self.owner.town["venues"].get(place) if place else None


@dataclass
class Shared:
    """What every listing's texts draw on: common.yaml, the accessibility features and the time of loading."""

    common: dict
    features: dict
    images: list
    now: datetime.datetime


def load(stdout):
    demo_users.load(stdout)
    common = _read("common.yaml")
    towns = {town["code"]: town for town in _read("places.yaml")["towns"]}
    catalogue = _read("organisations.yaml")
    themes = {kind: _read(filename) for kind, (filename, _factory) in KINDS.items()}
    shared = Shared(
        common=common,
        features={feature.slug: feature for feature in AccessibilityFeature.objects.all()},
        images=_images(common["images"]),
        now=timezone.localtime(),
    )
    organisations = _organisations(catalogue["organisations"], towns)
    planned = _plan(organisations, catalogue["plans"], themes, common["people"], _sites_by_town(towns))
    created = _create(planned, shared)
    stdout.write(
        f"  {len(organisations)} demo organisations, {created} new listings "
        f"({sum(model.objects.count() for model in LISTING_MODELS)} listing rows in all)"
    )


# -- images ---------------------------------------------------------------------------


def _draw(background, shape, number):
    image = PILImage.new("RGB", (800, 450), background)
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


def _images(specs):
    """A few shared images drawn with Pillow, found again by title."""
    Image = get_image_model()
    root = Collection.get_first_root_node()
    images = []
    for number, spec in enumerate(specs):
        title = f"Demokuva {number + 1}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, description=spec["description"], collection=root)
            image.file = ImageFile(_draw(spec["background"], spec["shape"], number), name=f"demo-{number + 1}.jpg")
            image.save()
        images.append(image)
    return images


# -- organisations ----------------------------------------------------------------------


def _organisations(specs, towns):
    """Every demo organisation, created once; those made by demo_users are found by slug."""
    organisations = []
    for number, spec in enumerate(specs):
        if "name" not in spec:
            organisation = Organisation.objects.filter(slug=spec["slug"], live=True).first()
            if organisation is None:
                continue
        else:
            slug = slugify(spec["name"])[:90]
            organisation = Organisation.objects.filter(slug=slug).first() or OrganisationFactory(
                name=spec["name"],
                slug=slug,
                type=spec["type"],
                municipality_code=spec["town"],
                business_id="" if spec["type"] == "informal_group" else business_id_for(5000 + number),
                description=f"<p>{spec['description']}</p>",
                phone=f"040 555 {number:04d}",
                is_verified=not spec.get("unverified", False),
            )
        if spec.get("scope") == "national":
            plan = "national"
        else:
            plan = "informal_group" if organisation.type == "informal_group" else "local"
        organisations.append(
            DemoOrganisation(
                organisation=organisation,
                town=towns[organisation.home_municipality.code],
                language=spec.get("language", "fi"),
                focus=tuple(spec["focus"]),
                plan=plan,
            )
        )
    return organisations


def _sites_by_town(towns):
    """{municipality code: the slugs of the regional sites that show listings placed there}."""
    sites = defaultdict(set)
    for slug, code in Region.objects.filter(coverage__code__in=list(towns)).values_list("slug", "coverage__code"):
        sites[code].add(slug)
    return sites


# -- choosing the texts -------------------------------------------------------------------


def _kinds(plan, number):
    """The kinds an organisation publishes: `always`, then `extras` in turn from a place set by `number`."""
    extras = plan["extras"]
    return plan["always"] + [extras[(number + step) % len(extras)] for step in range(10 - len(plan["always"]))]


def _person(people, language, number):
    first, last = people[language]["first"], people[language]["last"]
    return f"{first[number % len(first)]} {last[(number // len(first) + number) % len(last)]}"


def _place_values(town, venue, language):
    """The names of the town and the venue in `language`, for str.format."""
    names = town[language]
    values = {"town": names["name"]}
    if language == "fi":
        values.update(town_in=names["in"], town_gen=names["gen"], town_to=names["to"])
    if venue is not None:
        text = venue.get(language) or venue["fi"]
        in_form = text.get("in") or (f"at {text['name']}" if language == "en" else f"i {text['name']}")
        values.update(place=text["name"], place_in=in_form, address=venue["address"])
    return values


def _values(item, language, person=""):
    return {
        **_place_values(item.owner.town, item.venue, language),
        "org": item.owner.organisation.name,
        "person": person,
        "first": person.split(" ")[0],
    }


def _translations(theme, language, sequence):
    """The languages a listing is translated into: every fifth into English, every other Swedish one into Finnish."""
    languages = []
    if language == "sv" and "fi" in theme and sequence % 2 == 0:
        languages.append("fi")
    if language != "en" and "en" in theme and sequence % 5 == 0:
        languages.append("en")
    return tuple(languages)


def _candidates(themes, owner, national):
    landscape = set(owner.town["landscape"])
    return [
        (number, theme)
        for number, theme in enumerate(themes)
        if theme.get("national", False) == national
        and owner.language in theme
        and (not theme.get("landscape") or theme["landscape"] in landscape)
    ]


def _plan(organisations, plans, themes, people, sites_by_town):
    """The listings to make, with texts chosen so that no two on a site share a title.

    The choice prefers the best-fitting text (see _fit) that no site showing
    the listing has used yet, then any fitting one, then any text at all;
    a text whose title (in any of the listing's languages) is already taken
    is never chosen.
    """
    all_sites = set().union(*sites_by_town.values()) if sites_by_town else set()
    used_titles = {"fi": set(), "sv": set(), "en": set()}
    shown = defaultdict(set)
    staff_names = itertools.count()
    planned = []
    sequence = itertools.count()
    for number, owner in enumerate(organisations):
        for slot, entry in enumerate(_kinds(plans[owner.plan], number)):
            kind, _at, scope = entry.partition("@")
            national = scope == "national"
            sites = all_sites if national else sites_by_town.get(owner.organisation.home_municipality.code, set())
            candidates = _candidates(themes[kind], owner, national)
            if not candidates:
                continue
            start = (number * 7 + slot * 3) % len(candidates)
            ordered = candidates[start:] + candidates[:start]
            serial = next(sequence)
            staff_name = ""
            if kind == "staff":
                staff_name = _unused_name(people, owner.language, staff_names, used_titles)
            chosen = _choose(kind, ordered, owner, serial, slot, national, sites, shown, used_titles, staff_name)
            if chosen is None:
                continue
            theme_number, item = chosen
            for language, title in item.titles.items():
                used_titles[language].add(title)
            for site in sites:
                shown[site].add((kind, theme_number))
            planned.append(item)
    return planned


def _unused_name(people, language, counter, used_titles):
    while True:
        name = _person(people, language, next(counter) * 5 + 3)
        if name not in used_titles[language]:
            return name


def _fit(owner, theme):
    """How well a text fits an organisation: its first focus word counts most, "any" fits everyone a little."""
    words = set(theme["focus"])
    score = 3 * (owner.focus[0] in words) + len(words.intersection(owner.focus[1:]))
    return score or int("any" in words)


def _choose(kind, ordered, owner, serial, slot, national, sites, shown, used_titles, staff_name):
    def fresh(number):
        return not any((kind, number) in shown[site] for site in sites)

    # Sorting is stable, so texts of equal fit keep the organisation's own rotation.
    fitting = sorted((pair for pair in ordered if _fit(owner, pair[1])), key=lambda pair: -_fit(owner, pair[1]))
    passes = [
        [pair for pair in fitting if fresh(pair[0])],
        fitting,
        [pair for pair in ordered if fresh(pair[0])],
        ordered,
    ]
    for candidates in passes:
        for number, theme in candidates:
            languages = (owner.language, *_translations(theme, owner.language, serial))
            item = Planned(kind, theme, owner, serial, slot, national, languages)
            if kind == "staff":
                item.titles = dict.fromkeys(languages, staff_name)
            else:
                item.titles = {
                    language: theme[language]["title"].format(**_values(item, language)) for language in languages
                }
            if all(title not in used_titles[language] for language, title in item.titles.items()):
                return number, item
    return None


# -- making the listings ------------------------------------------------------------------


def _create(planned, shared):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    organisations = {item.owner.organisation for item in planned}
    existing = {
        (model, organisation_id, title)
        for model in LISTING_MODELS
        for organisation_id, title in model.objects.filter(organisation__in=organisations).values_list(
            "organisation_id", "title"
        )
    }
    created = 0
    for item in planned:
        factory = KINDS[item.kind][1]
        language = item.languages[0]
        key = (factory._meta.model, item.owner.organisation.pk, item.titles[language])
        if key in existing:
            continue
        existing.add(key)
        # A staff member is the person; anything else names a contact person.
        person = (
            item.titles[language] if item.kind == "staff" else _person(shared.common["people"], language, item.sequence)
        )
        kind_fields = KIND_FIELDS[item.kind](item, shared.now)
        fields = {
            **_common_fields(item, shared, person),
            **kind_fields,
            **_texts(item, language, shared, kind_fields, person),
        }
        instance = factory(locale=locales[language], **fields)
        if item.kind == "space":
            instance.accessibility_features.set(_space_features(item, shared))
            instance.save()
        for translation in item.languages[1:]:
            values = _texts(item, translation, shared, kind_fields, person)
            values["slug"] = slugify(values["title"])[:200]
            translate(instance, translation, **values)
        created += 1
    return created


def _space_features(item, shared):
    """The features a space's text asks for, less those that need step-free access where there is none."""
    return [
        shared.features[slug]
        for slug in item.theme.get("features", [])
        if slug in shared.features and (item.venue["accessible"] or slug not in STEP_FREE_FEATURES)
    ]


def _common_fields(item, shared, person):
    owner = item.owner
    days = 25 + item.sequence % 25 if item.national else (item.sequence * 7) % 20
    fields = {
        "organisation": owner.organisation,
        "municipality_codes": [] if item.national else [owner.organisation.home_municipality.code],
        "is_nationwide": item.nationwide,
        "is_online": item.online,
        "topic_slugs": item.theme.get("topics", []),
        "audience_slugs": item.theme.get("audiences", ["kaikille"]),
        "contact_name": person,
        "contact_email": f"yhteys@{owner.organisation.slug[:40]}.example.org",
        "contact_phone": f"040 555 {item.sequence:04d}",
        # Nationwide and online listings are older, so that a regional home page leads with local ones.
        "created_at": shared.now - datetime.timedelta(days=days, hours=item.sequence % 24),
    }
    if item.sequence % 3 == 0 and item.kind != "staff":
        image = shared.images[item.sequence % len(shared.images)]
        fields.update(image=image, image_alt=image.description)
    return fields


def _event_fields(item, now):
    theme = item.theme
    if item.national:
        # Nationwide and online events come later than local ones, for the same reason as created_at.
        days = 21 + (item.sequence * 11 + item.slot * 9) % 45
    elif item.slot == 0:
        days = 1 + (item.sequence * 5) % 12
    else:
        days = (item.sequence * 37 + item.slot * 23) % 64 - 16
    day = now.date() + datetime.timedelta(days=days)
    if theme.get("weekend"):
        # To the next Saturday or, for every other listing, Sunday.
        day += datetime.timedelta(days=(5 + item.sequence % 2 - day.weekday()) % 7)
    elif day.weekday() >= 5:
        # Weekday events move off the weekend, to Monday.
        day += datetime.timedelta(days=7 - day.weekday())
    hour, minute = (int(part) for part in theme.get("time", "18:00").split(":"))
    starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    venue = item.venue
    price = theme.get("price", "")
    fields = {
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(minutes=int(theme.get("hours", 2) * 60)),
        "place_name": (venue.get(item.languages[0]) or venue["fi"])["name"] if venue else "",
        "address": venue["address"] if venue else "",
        "is_free": not price,
        "price": price,
        "online_url": f"https://meet.example.org/tapahtuma-{item.sequence}" if item.online else "",
    }
    if theme.get("registration"):
        fields.update(registration="external", registration_url=f"https://ilmoittaudu.example.org/{item.sequence}")
    return fields


def _activity_fields(item, now):
    today = now.date()
    return {"season_start": today - datetime.timedelta(days=45), "season_end": today + datetime.timedelta(days=160)}


def _volunteer_fields(item, now):
    return {"deadline": now.date() + datetime.timedelta(days=14 + item.sequence % 46)}


def _job_fields(item, now):
    return {"kind": item.theme["kind"], "deadline": now.date() + datetime.timedelta(days=10 + item.sequence % 26)}


def _project_fields(item, now):
    starts_on = (now.date() - datetime.timedelta(days=100 + (item.sequence * 13) % 300)).replace(day=1)
    ends_on = starts_on.replace(year=starts_on.year + item.theme.get("years", 3)) - datetime.timedelta(days=1)
    return {"starts_on": starts_on, "ends_on": ends_on}


def _news_fields(item, now):
    days = 25 + item.sequence % 30 if item.national else item.sequence % 21
    return {"published_on": now.date() - datetime.timedelta(days=days)}


def _space_fields(item, now):
    return {"capacity": item.theme["capacity"], "address": item.venue["address"]}


def _no_fields(item, now):
    return {}


KIND_FIELDS = {
    "event": _event_fields,
    "activity": _activity_fields,
    "volunteer": _volunteer_fields,
    "job": _job_fields,
    "project": _project_fields,
    "news": _news_fields,
    "space": _space_fields,
    "story": _no_fields,
    "staff": _no_fields,
}


# -- texts ------------------------------------------------------------------------------


def _date(calendar, day):
    return calendar["date"].format(
        day=day.day, month=day.month, month_name=calendar.get("months", [""] * 12)[day.month - 1]
    )


def _clock(moment, language):
    return f"{moment:%H:%M}" if language == "en" else f"{moment:%H.%M}"


def _paragraph(text):
    if isinstance(text, list):
        return "<ul>" + "".join(f"<li>{item}</li>" for item in text) + "</ul>"
    return f"<p>{text}</p>"


def _texts(item, language, shared, kind_fields, person):
    """Title, summary, body and the type's own text fields of a listing in `language`."""
    common = shared.common
    theme = item.theme
    text = theme[language]
    values = _values(item, language, person)
    paragraphs = [_format(paragraph, values) for paragraph in text["body"]]
    closing = CLOSINGS.get(item.kind)
    if closing is not None:
        paragraphs.append(closing(item, language, shared, kind_fields, values))
    fields = {
        "title": item.titles[language],
        "summary": text.get("summary", "").format(**values),
        "body": "".join(_paragraph(paragraph) for paragraph in paragraphs),
    }
    for name in TRANSLATED_FIELDS.get(item.kind, ()):
        fields[name] = _field_text(item, name, language, common)
    if item.kind == "story":
        fields["author_name"] = _story_author(common["people"], item)
    if item.kind == "staff":
        fields.update(summary="", contact_name="", contact_email=f"{slugify(person).replace('-', '.')}@example.org")
    return fields


def _format(paragraph, values):
    if isinstance(paragraph, list):
        return [line.format(**values) for line in paragraph]
    return paragraph.format(**values)


def _field_text(item, name, language, common):
    if name == "funder":
        funder = common["funders"][item.theme["funder"]][language]
        return funder[0].upper() + funder[1:]
    return item.theme[name][language]


def _story_author(people, item):
    first = people[item.languages[0]]["first"]
    last = people[item.languages[0]]["last"]
    return f"{first[(item.sequence * 3) % len(first)]} {last[item.sequence % len(last)][0]}."


def _event_closing(item, language, shared, fields, values):
    common = shared.common
    templates = common["closing"]["event"][language]
    calendar = common["calendar"][language]
    starts_at = timezone.localtime(fields["starts_at"])
    values = {
        **values,
        "weekday": calendar["weekdays"][starts_at.weekday()],
        "date": _date(calendar, starts_at),
        "start": _clock(starts_at, language),
        "end": _clock(timezone.localtime(fields["ends_at"]), language),
        "price": fields["price"],
    }
    place = item.theme.get("place")
    where = "online" if item.online else ("outdoor" if place == "outdoor" else "venue")
    sentences = [templates[where], templates["price" if fields["price"] else "free"]]
    sentences.append(templates["register" if fields.get("registration") == "external" else "walk_in"])
    if where == "venue":
        sentences.append(templates["accessible" if item.venue["accessible"] else "steps"])
    return " ".join(sentence.format(**values) for sentence in sentences)


def _activity_closing(item, language, shared, fields, values):
    common = shared.common
    templates = common["closing"]["activity"][language]
    place = item.theme.get("place")
    where = "online" if item.online else ("outdoor" if place == "outdoor" else "venue")
    return templates[where].format(**values, season_end=_date(common["calendar"][language], fields["season_end"]))


def _volunteer_closing(item, language, shared, fields, values):
    common = shared.common
    templates = common["closing"]["volunteer"][language]
    deadline = _date(common["calendar"][language], fields["deadline"])
    return templates["remote" if item.national else "local"].format(**values, deadline=deadline)


def _job_closing(item, language, shared, fields, values):
    common = shared.common
    template = common["closing"]["job"][language][item.theme["kind"]]
    email = f"rekry@{item.owner.organisation.slug[:40]}.example.org"
    return template.format(**values, deadline=_date(common["calendar"][language], fields["deadline"]), email=email)


def _project_closing(item, language, shared, fields, values):
    common = shared.common
    template = common["closing"]["project"][language]["national" if item.national else "local"]
    return template.format(
        **values,
        start_year=fields["starts_on"].year,
        end_year=fields["ends_on"].year,
        funder=common["funders"][item.theme["funder"]][language],
    )


def _space_closing(item, language, shared, fields, values):
    templates = shared.common["closing"]["space"][language]
    name = {"fi": "name", "sv": "name_sv", "en": "name_en"}[language]
    labels = [getattr(feature, name).lower() for feature in _space_features(item, shared)]
    sentences = [templates["capacity"].format(capacity=fields["capacity"])]
    if labels:
        sentences.append(templates["features"].format(features=", ".join(labels)))
    if not item.venue["accessible"]:
        sentences.append(templates["none"])
    sentences.append(templates["address"].format(**values))
    return " ".join(sentences)


CLOSINGS = {
    "event": _event_closing,
    "activity": _activity_closing,
    "volunteer": _volunteer_closing,
    "job": _job_closing,
    "project": _project_closing,
    "space": _space_closing,
}
