"""The visibility rule has one home, listings/visibility.py, and its raw SQL says what its querysets say."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from listings import visibility
from listings.factories import EventFactory, translate
from listings.models import Event, Job, ListingPlacement, NewsItem
from organisations.factories import OrganisationFactory

ROVANIEMI = "698"
JOENSUU = "167"
ROOT = Path(__file__).resolve().parents[2]


def test_the_coverage_and_window_conditions_are_written_in_the_visibility_module_only():
    conditions = re.compile(
        r"is_nationwide=True|coverage\.through\.objects"
        r"|(visible_from|visible_until|shown_from|shown_until)__(lt|lte|gt|gte|isnull)\b"
        r"|(shown_from|shown_until) *[<>]"
    )
    found = set()
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        # The benchmark's data generator writes coverage; it decides nothing about what is shown.
        hidden = relative.parts[0].startswith(".")  # virtualenvs of any name (.venv, .venv313) and tooling
        if hidden or relative.parts[0] in {"tests", "bench", "node_modules"} or "migrations" in relative.parts:
            continue
        if conditions.search(path.read_text()):
            found.add(str(relative))
    assert found == {"listings/visibility.py"}


def test_an_event_ends_at_its_last_date_else_its_end_else_its_start_and_other_types_do_not_end():
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    week = datetime.timedelta(days=7)
    assert visibility.end_of(Event, {"last_ends_at": now + week, "ends_at": now + hour, "starts_at": now}) == now + week
    assert visibility.end_of(Event, {"last_ends_at": None, "ends_at": now + hour, "starts_at": now}) == now + hour
    assert visibility.end_of(Event, {"last_ends_at": None, "ends_at": None, "starts_at": now}) == now
    assert visibility.ended_q(Job, now) is None and visibility.ended_q(NewsItem, now) is None
    assert visibility.window(Job, {"visible_from": None, "visible_until": None}) == (
        visibility.FAR_PAST,
        visibility.FAR_FUTURE,
    )


@pytest.mark.django_db
def test_the_raw_sql_condition_shows_what_the_queryset_condition_shows(lapland, north_karelia):
    now = timezone.now()
    shown = EventFactory(municipality_codes=[ROVANIEMI])
    translate(shown, "sv", title="Konsert")
    EventFactory(municipality_codes=[JOENSUU])
    EventFactory(municipality_codes=[ROVANIEMI], visible_from=now + datetime.timedelta(days=1))
    EventFactory(municipality_codes=[ROVANIEMI], visible_until=now - datetime.timedelta(days=1))
    EventFactory(municipality_codes=[ROVANIEMI], draft=True)
    content_type = ContentType.objects.get_for_model(Event).pk
    for language in ("fi", "sv"):
        locale = Locale.objects.get(language_code=language)
        expected = set(
            ListingPlacement.objects.filter(visibility.shown_q(Event, lapland, now, locale)).values_list(
                "object_id", flat=True
            )
        )
        condition, params = visibility.shown_sql("placement", lapland.pk, locale.pk, now)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT placement.object_id FROM listings_listingplacement placement"
                f" WHERE placement.content_type_id = %(type)s AND {condition}",
                {"type": content_type, **params},
            )
            assert {row[0] for row in cursor.fetchall()} == expected, language
        assert len(expected) == 1


@pytest.mark.django_db
def test_the_organisation_sitemap_makes_as_many_queries_for_many_organisations_as_for_one(client, lapland):
    def sitemap_queries():
        client.get("/sitemap.xml", HTTP_HOST="lappilaiset.localhost")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/sitemap.xml", HTTP_HOST="lappilaiset.localhost")
        assert response.status_code == 200
        return len(queries)

    OrganisationFactory(municipality_code=ROVANIEMI, name="Yksi ry")
    one = sitemap_queries()
    for number in range(3):
        OrganisationFactory(municipality_code=ROVANIEMI, name=f"Yhdistys {number}")
    assert sitemap_queries() == one
