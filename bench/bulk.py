"""The Django side of `bench.generate`: organisations and listings written in bulk.

Imported by `bench.generate` only after `django.setup()`, so that its model
imports can stay at the top.
"""

import datetime
import random
import sys
import time
import uuid

from django.apps import apps
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from listings.models import LISTING_MODELS, Event, placements
from organisations.models import Organisation
from regions.models import Municipality, Region
from topics.models import Audience, Topic

# (model name, share of all listings)
MIX = [
    ("Event", 0.40),
    ("Activity", 0.12),
    ("VolunteerTask", 0.10),
    ("Job", 0.06),
    ("Project", 0.05),
    ("NewsItem", 0.15),
    ("Space", 0.04),
    ("StaffMember", 0.04),
    ("Story", 0.04),
]

WORDS = {
    "Event": ["Konsertti", "Talkoot", "Luento", "Kirpputori", "Tanssiaiset", "Retki", "Työpaja", "Myyjäiset"],
    "Activity": ["Kuoro", "Kerho", "Kävelyryhmä", "Käsityöpiiri", "Lukupiiri", "Perhekahvila"],
    "VolunteerTask": ["Kahvilavuorolainen", "Ulkoiluystävä", "Läksyapuri", "Ruoka-avun jakaja"],
    "Job": ["Toiminnanohjaaja", "Järjestösihteeri", "Harjoittelija", "Opinnäytetyö"],
    "Project": ["Kyläverkko-hanke", "Yhdessä ulos -hanke", "Digituki-hanke"],
    "NewsItem": ["Uudet toimitilat", "Syyskauden ohjelma", "Kevätjuhla", "Avustushaku"],
    "Space": ["Juhlasali", "Kokoushuone", "Kerhohuone", "Bänditila"],
    "StaffMember": ["Aila", "Eero", "Hilkka", "Jari", "Kaisu", "Lauri"],
    "Story": ["Paikkani vapaaehtoisena", "Kuoro toi ystäviä", "Ensimmäiset talkoot"],
}
PLACES = ["kylätalolla", "kirjastossa", "seurakuntakodilla", "nuorisotalolla", "torilla", "koululla"]
SUMMARY = "Tervetuloa mukaan! Toimintaan voi tulla ilman aiempaa kokemusta, ja paikalla on aina tuttu ohjaaja."
BODY = "<p>Toiminta on suunniteltu yhdessä osallistujien kanssa.</p><p>Kysy lisää yhteyshenkilöltä.</p>"


class Progress:
    """A plain-text progress bar on stderr."""

    def __init__(self, label, total):
        self.label, self.total, self.done, self.started = label, max(total, 1), 0, time.monotonic()

    def advance(self, count):
        self.done += count
        share = self.done / self.total
        bar = "#" * int(share * 30)
        elapsed = time.monotonic() - self.started
        sys.stderr.write(f"\r{self.label:<22} [{bar:<30}] {self.done:>7}/{self.total} {elapsed:6.1f}s")
        sys.stderr.flush()
        if self.done >= self.total:
            sys.stderr.write("\n")


def batched(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reset():
    with transaction.atomic(), placements.suspended():
        organisations = Organisation.objects.filter(slug__startswith="bench-")
        for model in reversed(LISTING_MODELS):
            if model.__name__ == "Space":
                Event.objects.filter(space__organisation__in=organisations).update(space=None)
            deleted, _ = model.objects.filter(organisation__in=organisations).delete()
            if deleted:
                print(f"removed {deleted} {model.__name__} rows", file=sys.stderr)
        organisations.delete()
        placements.rebuild()


def municipality_regions():
    """{municipality id: owning region id}: a regional service covering it wins over the national one."""
    national = Region.objects.filter(is_national=True).values_list("pk", flat=True).first()
    owners = dict.fromkeys(Municipality.objects.values_list("pk", flat=True), national)
    for region_id, municipality_id in (
        Region.coverage.through.objects.filter(region__is_national=False)
        .order_by("-region_id")
        .values_list("region_id", "municipality_id")
    ):
        owners[municipality_id] = region_id
    return owners


def create_organisations(count, batch_size, rng, owners):
    municipalities = list(owners)
    types = [choice for choice, _label in Organisation.Type.choices]
    rows = []
    for number in range(count):
        municipality = rng.choice(municipalities)
        rows.append(
            Organisation(
                name=f"Bench-yhdistys {number + 1} ry",
                slug=f"bench-{number + 1}",
                type=types[number % len(types)],
                description="<p>Paikallinen yhdistys, joka kokoaa ihmiset yhteen.</p>",
                home_municipality_id=municipality,
                region_id=owners[municipality],
                email=f"info@bench-{number + 1}.example.org",
                is_verified=True,
                live=True,
            )
        )
    progress = Progress("organisations", count)
    for batch in batched(rows, batch_size):
        Organisation.objects.bulk_create(batch)
        progress.advance(len(batch))
    return list(
        Organisation.objects.filter(slug__startswith="bench-").values_list("pk", "home_municipality_id", "region_id")
    )


def listing_fields(model_name, number, rng, now):
    fields = {}
    if model_name == "Event":
        starts = now + datetime.timedelta(days=rng.randint(-60, 120), hours=rng.randint(-6, 6))
        starts = starts.replace(minute=0, second=0, microsecond=0)
        fields.update(
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=rng.randint(1, 4)),
            place_name=rng.choice(PLACES).capitalize(),
            is_free=number % 3 != 0,
            price="" if number % 3 != 0 else "10 €",
        )
    elif model_name == "Activity":
        fields["schedule"] = "Tiistaisin klo 18–20"
    elif model_name == "VolunteerTask":
        fields["time_commitment"] = "Noin kolme tuntia viikossa"
    elif model_name == "Job":
        fields["kind"] = ("job", "internship", "thesis")[number % 3]
    elif model_name == "Project":
        fields["funder"] = "Sosiaali- ja terveysjärjestöjen avustuskeskus"
    elif model_name == "NewsItem":
        fields["published_on"] = (now - datetime.timedelta(days=rng.randint(0, 365))).date()
    elif model_name == "Space":
        fields.update(address=f"Koulukatu {number % 50 + 1}", capacity=10 + number % 90)
    elif model_name == "StaffMember":
        fields["role"] = "Toiminnanjohtaja"
    elif model_name == "Story":
        fields["author_name"] = "Maija"
    return fields


def create_listings(total, batch_size, rng, organisations, translate_share):
    now = timezone.now()
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    topic_ids = list(Topic.objects.values_list("pk", flat=True))
    audience_ids = list(Audience.objects.values_list("pk", flat=True))
    municipality_ids = sorted({municipality for _pk, municipality, _region in organisations})
    created = {}
    for model_name, share in MIX:
        model = apps.get_model("listings", model_name)
        count = int(total * share)
        progress = Progress(model_name, count)
        words = WORDS[model_name]
        municipality_through = model._meta.get_field("municipalities").remote_field.through
        audience_through = model._meta.get_field("audiences").remote_field.through
        topic_through = model._meta.get_field("topics").remote_field.through
        fk = f"{model._meta.model_name}_id"
        pks = []
        for start in range(0, count, batch_size):
            size = min(batch_size, count - start)
            rows, places = [], []
            for offset in range(size):
                number = start + offset
                organisation_id, municipality_id, region_id = organisations[rng.randrange(len(organisations))]
                word = words[number % len(words)]
                title = f"{word} {rng.choice(PLACES)} {number + 1}" if model_name != "StaffMember" else word
                if model_name == "StaffMember":
                    title = f"{word} Bench-{number + 1}"
                rows.append(
                    model(
                        title=title,
                        slug=f"{slugify(word)}-{number + 1}",
                        summary=SUMMARY,
                        body=BODY,
                        organisation_id=organisation_id,
                        region_id=region_id,
                        locale_id=locales["fi"],
                        original_locale_id=locales["fi"],
                        translation_key=uuid.uuid4(),
                        is_nationwide=number % 50 == 0,
                        is_online=number % 33 == 0,
                        live=True,
                        created_at=now - datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 365)),
                        **listing_fields(model_name, number, rng, now),
                    )
                )
                extra = rng.choice(municipality_ids) if number % 4 == 0 else None
                places.append((municipality_id, extra))
            saved = model.objects.bulk_create(rows)
            links_m, links_t, links_a = [], [], []
            for listing, (municipality_id, extra) in zip(saved, places, strict=True):
                links_m.append(municipality_through(**{fk: listing.pk, "municipality_id": municipality_id}))
                if extra and extra != municipality_id:
                    links_m.append(municipality_through(**{fk: listing.pk, "municipality_id": extra}))
                for topic in rng.sample(topic_ids, 2):
                    links_t.append(topic_through(content_object_id=listing.pk, tag_id=topic))
                links_a.append(audience_through(**{fk: listing.pk, "audience_id": rng.choice(audience_ids)}))
            municipality_through.objects.bulk_create(links_m)
            topic_through.objects.bulk_create(links_t)
            audience_through.objects.bulk_create(links_a)
            pks.extend(listing.pk for listing in saved)
            progress.advance(size)
        created[model] = pks
        translate_copies(model, pks, rng, translate_share, locales, batch_size)
    return created


def translate_copies(model, pks, rng, share, locales, batch_size):
    """Swedish and English copies of a share of the listings, sharing their translation keys."""
    chosen = [pk for pk in pks if rng.random() < share]
    if not chosen:
        return
    municipality_through = model._meta.get_field("municipalities").remote_field.through
    fk = f"{model._meta.model_name}_id"
    for batch in batched(chosen, batch_size):
        copies, links = [], []
        originals = list(model.objects.filter(pk__in=batch).prefetch_related("municipalities"))
        for original in originals:
            language = "sv" if rng.random() < 0.6 else "en"
            copy = original
            places = [m.pk for m in original.municipalities.all()]
            copy.pk = copy.id = None
            copy.locale_id = locales[language]
            copy.title = f"{copy.title} ({language})"
            copies.append((copy, places))
        saved = model.objects.bulk_create([copy for copy, _places in copies])
        for listing, (_copy, places) in zip(saved, copies, strict=True):
            links.extend(municipality_through(**{fk: listing.pk, "municipality_id": place}) for place in places)
        municipality_through.objects.bulk_create(links)


def update_search_index(models_and_pks, batch_size):
    """Index the new listings in bulk: one upsert per batch, related data prefetched."""
    backend = get_search_backend()
    for model in models_and_pks:
        index = backend.get_index_for_model(model)
        pks = list(model.objects.filter(organisation__slug__startswith="bench-").values_list("pk", flat=True))
        progress = Progress(f"index {model.__name__}", len(pks))
        for batch in batched(pks, batch_size):
            objects = list(model.get_indexed_objects().filter(pk__in=batch))
            index.add_items(model, objects)
            progress.advance(len(batch))


def generate(args):
    """Everything `bench.generate` does once Django is set up; `args` are its parsed options."""
    if not Region.objects.exists():
        raise SystemExit("No regions: run `manage.py load_demo` on this database first.")
    if args.reset:
        reset()
    elif Organisation.objects.filter(slug__startswith="bench-").exists():
        raise SystemExit("Generated data exists already; pass --reset to replace it.")

    rng = random.Random(args.seed)
    started = time.monotonic()
    owners = municipality_regions()
    with transaction.atomic():
        organisations = create_organisations(args.organisations, args.batch_size, rng, owners)
        created = create_listings(args.listings, args.batch_size, rng, organisations, args.translated)
    generated = time.monotonic() - started
    print(f"Generated {args.organisations} organisations and the listings in {generated:.0f} s.", file=sys.stderr)
    # bulk_create skips Listing.save(), which keeps the placements current: compute them all at once.
    placing = time.monotonic()
    placements.rebuild()
    print(f"Placements computed in {time.monotonic() - placing:.0f} s.", file=sys.stderr)
    if not args.skip_index:
        indexing = time.monotonic()
        update_search_index(created, 1000)
        print(f"Search index updated in {time.monotonic() - indexing:.0f} s.", file=sys.stderr)
    if connection.vendor == "postgresql":
        # Fresh statistics for the planner, and a visibility map for index-only scans.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(f"Done in {time.monotonic() - started:.0f} s.", file=sys.stderr)
