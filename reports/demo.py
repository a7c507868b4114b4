"""Demo activity records, read from reports/demo/records.yaml: the previous calendar year and this year up to
today, for several organisations in several regions. Running it again adds nothing: a listing that already has
records is left as it is."""

import calendar
import datetime
from decimal import Decimal
from pathlib import Path

import yaml
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from listings.registry import TYPES
from organisations.models import Organisation

from .factories import ActivityRecordFactory
from .models import ActivityRecord

DATA = Path(__file__).resolve().parent / "demo" / "records.yaml"


def _listing(organisation, type_key):
    record = next(record for record in TYPES if record.key == type_key)
    model = record.model_class()
    return model._default_manager.filter(organisation=organisation, is_translation_row=False).order_by("pk").first()


def _split(total, percentages):
    """`total` split by per cent into whole numbers that add up to it (the remainder goes to the largest group)."""
    parts = [total * share // 100 for share in percentages]
    parts[percentages.index(max(percentages))] += total - sum(parts)
    return parts


def _sessions(year, month, weekday, until):
    days = calendar.monthrange(year, month)[1]
    for day in range(1, days + 1):
        date = datetime.date(year, month, day)
        if date.weekday() == weekday and date <= until:
            yield date


def _records(listing, spec, scale, today):
    made = 0
    for year in (today.year - 1, today.year):
        factor = scale if year < today.year else 100
        for month in range(1, 13):
            typical = spec["participants"][month - 1] * factor // 100
            if not typical:
                continue
            for number, date in enumerate(_sessions(year, month, spec["weekday"], today)):
                # The same listing's sessions differ a little from week to week, the same way on every load.
                participants = max(typical + (date.day * 7) % 5 - 2, 1)
                ages = _split(participants, spec["ages"])
                ActivityRecordFactory(
                    listing=listing,
                    date=date,
                    participants=participants,
                    age_under_18=ages[0],
                    age_18_29=ages[1],
                    age_30_64=ages[2],
                    age_65_plus=ages[3],
                    new_participants=participants * spec["new"] // 100,
                    volunteers=spec["volunteers"],
                    volunteer_hours=Decimal(str(spec["hours"])) * spec["volunteers"],
                    note=spec.get("notes", {}).get(month, "") if number == 0 else "",
                )
                made += 1
    return made


def load(stdout):
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    today = timezone.localdate()
    made = []
    for slug, specs in data["organisations"].items():
        organisation = Organisation.objects.filter(slug=slug).first()
        if organisation is None:
            continue
        count = 0
        for spec in specs:
            listing = _listing(organisation, spec["type"])
            if listing is None:
                continue
            content_type = ContentType.objects.get_for_model(type(listing))
            if ActivityRecord.objects.filter(content_type=content_type, object_id=listing.pk).exists():
                continue
            count += _records(listing, spec, data["last_year"], today)
        if count:
            made.append(f"{organisation.name}: {count}")
    stdout.write(f"  Activity records for {len(made)} organisations" + (": " if made else ""))
    for line in made:
        stdout.write(f"    {line}")
