"""Event series: one listing with several dates, shown once in lists at its next date, each date in its calendar
file and its structured data, and signed up for date by date when the organiser chooses so."""

import datetime
import json
import re

import icalendar
import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext

from listings.factories import EventFactory
from listings.models import Event, EventDate
from listings.series import advance_series
from registrations.factories import signup_event
from registrations.models import Registration

from ..listings.test_queries import count_queries
from .helpers import HOST, event_path, post_signup

pytestmark = pytest.mark.django_db

WEEK = datetime.timedelta(days=7)


def weekly(organisation, dates=10, **fields):
    first = (timezone.now() + datetime.timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    event = EventFactory.build(
        organisation=organisation,
        title=fields.pop("title", "Viikkokerho"),
        starts_at=first,
        ends_at=first + datetime.timedelta(hours=2),
        **fields,
    )
    event.extra_dates = [
        EventDate(starts_at=first + n * WEEK, ends_at=first + n * WEEK + datetime.timedelta(hours=2))
        for n in range(1, dates)
    ]
    event.save()
    event.municipalities.set(organisation.home_municipality and [organisation.home_municipality])
    event.save()
    return event


def uids_of(response):
    return {str(entry["UID"]) for entry in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}


def more_dates(count):
    with translation.override("fi"):
        return ngettext("and %(counter)s more date", "and %(counter)s more dates", count) % {"counter": count}


def test_a_weekly_series_of_ten_dates_is_listed_once_and_is_ten_entries_in_its_calendar(client, lapland, organisation):
    event = weekly(organisation)
    assert (event.is_series, event.more_dates) == (True, 9)

    html = client.get("/fi/tapahtumat/", HTTP_HOST=HOST).content.decode()
    assert html.count(f"{event.pk}-{event.slug}/") == 1
    assert more_dates(9) in html

    detail = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert detail.count('class="plain-list event-dates"') == 1
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', detail, re.S).group(1))
    assert len(data["subEvent"]) == 10

    calendar_path = event_path(event, lapland) + "kalenteri/"
    assert f'href="{calendar_path}"' in detail
    response = client.get(calendar_path, HTTP_HOST=HOST)
    assert response["Content-Type"].startswith("text/calendar")
    entries = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert len(entries) == 10
    assert len({str(entry["UID"]) for entry in entries}) == 10
    # The same dates keep their UIDs in another language and after an edit.
    sv = client.get(event_path(event, lapland, "sv") + "kalender/", HTTP_HOST=HOST)
    event.title = "Viikkokerho (uusi nimi)"
    event.save()
    again = client.get(calendar_path, HTTP_HOST=HOST)
    assert uids_of(sv) == uids_of(again) == {str(entry["UID"]) for entry in entries}


def test_existing_single_events_keep_working_as_one_date(client, lapland, organisation):
    single = EventFactory(organisation=organisation, municipality_codes=["698"])
    assert not single.is_series and single.more_dates == 0
    assert (
        len(
            icalendar.Calendar.from_ical(
                client.get(event_path(single, lapland) + "kalenteri/", HTTP_HOST=HOST).content
            ).walk("VEVENT")
        )
        == 1
    )
    html = client.get("/fi/tapahtumat/", HTTP_HOST=HOST).content.decode()
    assert more_dates(1)[:6] not in html.split(single.title)[1][:300]


def test_a_series_moves_on_to_its_next_date_as_dates_pass(lapland, organisation):
    event = weekly(organisation, dates=3)
    first = event.starts_at
    later = first + WEEK + datetime.timedelta(hours=3)
    assert advance_series(now=later) == 1
    event.refresh_from_db()
    assert (event.next_starts_at, event.more_dates) == (first + 2 * WEEK, 0)
    # Still listed until its last date ends.
    assert Event.objects.visible_on(lapland, now=later).filter(pk=event.pk).exists()


def test_lists_read_no_dates_per_card(client, lapland, organisation):
    weekly(organisation, dates=4, title="Sarja 1")
    one, _response = count_queries(client, "/fi/tapahtumat/")
    for n in range(2, 5):
        weekly(organisation, dates=4, title=f"Sarja {n}")
    many, _response = count_queries(client, "/fi/tapahtumat/")
    assert many == one


def test_sign_up_date_by_date(client, lapland, organisation):
    event = signup_event(organisation=organisation, municipality_codes=["698"], capacity=1)
    event.extra_dates = [EventDate(starts_at=event.starts_at + WEEK, ends_at=event.ends_at + WEEK)]
    event.signup_for = Event.SignUpFor.DATE
    event.save()
    second = event.extra_dates.get()
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert f'value="{second.pk}"' in html and 'value="first"' in html

    post_signup(client, event, date=str(second.pk))
    post_signup(client, event, date="first", email="toinen@example.org")
    post_signup(client, event, date=str(second.pk), email="kolmas@example.org")
    rows = Registration.objects.filter(object_id=event.pk).order_by("pk")
    assert [(row.date_id, row.status) for row in rows] == [
        (second.pk, Registration.Status.CONFIRMED),
        (None, Registration.Status.CONFIRMED),
        (second.pk, Registration.Status.WAITING),
    ]
