"""Demo sign-ups, read from registrations/demo/signups.yaml: events taking registration on the site (one full,
with a waiting list, and one weekly series) in several regions, Lapland's among them, and volunteer tasks taking
expressions of interest. Running it again adds nothing: items are found by organisation and title."""

import datetime
import uuid
from pathlib import Path

import yaml
from django.utils import timezone

from listings.factories import EventFactory, VolunteerTaskFactory
from listings.models import Event, EventDate, VolunteerTask
from organisations.models import Organisation

from .services import sign_up

DATA = Path(__file__).resolve().parent / "demo" / "signups.yaml"


def _questions(items):
    return [
        {
            "type": "question",
            "value": {
                "label": item["label"],
                "kind": item["kind"],
                "choices": item.get("choices", ""),
                "required": item.get("required", False),
                "help_text": item.get("help_text", ""),
            },
        }
        for item in items or []
    ]


def _organisation(region_slug):
    return Organisation.objects.filter(region__slug=region_slug, live=True).order_by("slug").first()


def _start(item):
    day = timezone.localdate() + datetime.timedelta(days=item["days"])
    hour, minute = (int(part) for part in item["time"].split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _sign_up(listing, participants, count, offset=0, date_key=None):
    for person in participants[offset : offset + count]:
        sign_up(
            listing,
            key=uuid.uuid4(),
            date_key=date_key,
            notify=False,
            details={"name": person["name"], "email": person["email"], "language": "fi"},
        )


def _listing_fields(item, organisation):
    """What every demo listing takes from its item and organisation, whatever its type."""
    return {
        "organisation": organisation,
        "municipality_codes": [organisation.home_municipality.code],
        "title": item["title"],
        "summary": item["summary"],
        "body": f"<p>{item['body']}</p>",
        "signup_questions": _questions(item.get("questions")),
        "contact_email": organisation.email,
        "with_revision": True,
    }


def _event(item, organisation, participants):
    start = _start(item)
    length = datetime.timedelta(hours=item["hours"])
    event = EventFactory(
        **_listing_fields(item, organisation),
        place_name=item["place_name"],
        starts_at=start,
        ends_at=start + length,
        registration=Event.Registration.BUILTIN,
        capacity=item.get("capacity"),
        places_per_signup=item.get("places_per_signup", 1),
        guardian_signs_up=item.get("guardian", False),
        signup_for=Event.SignUpFor.DATE if item.get("per_date") else Event.SignUpFor.SERIES,
        signup_privacy=item.get("privacy", ""),
    )
    if item.get("weekly"):
        week = datetime.timedelta(days=7)
        event.extra_dates = [
            EventDate(starts_at=start + n * week, ends_at=start + n * week + length)
            for n in range(1, item["weekly"] + 1)
        ]
        event.save()
    _sign_up(event, participants, item.get("confirmed", 0), date_key="first" if item.get("per_date") else None)
    _sign_up(event, participants, item.get("waiting", 0), offset=item.get("confirmed", 0))


def _task(item, organisation, participants):
    task = VolunteerTaskFactory(
        **_listing_fields(item, organisation),
        time_commitment=item["time_commitment"],
        takes_interest=True,
        capacity=item.get("capacity"),
    )
    _sign_up(task, participants, item.get("interested", 0))


def load(stdout):
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    participants = data["participants"]
    made = []
    for key, model, make in (("events", Event, _event), ("volunteer_tasks", VolunteerTask, _task)):
        for item in data[key]:
            organisation = _organisation(item["region"])
            if organisation is None or model.objects.filter(organisation=organisation, title=item["title"]).exists():
                continue
            make(item, organisation, participants)
            made.append(f"{item['title']} ({item['region']})")
    stdout.write(f"  Sign-up demo: {len(made)} listings taking sign-ups on the site" + (": " if made else ""))
    for title in made:
        stdout.write(f"    {title}")
