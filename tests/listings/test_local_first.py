"""Local first (issue 13): a regional site lists its own municipalities' items before nationwide and online ones
from elsewhere, in its home panels and its lists; home panels read the stored placements and cached items, and
show each item's date and place."""

import datetime
import time
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from listings import visibility
from listings.factories import EventFactory, NewsItemFactory, OrganisationFactory
from listings.models import Event, ListingPlacement
from regions import cache as site_cache

from .test_queries import HOST, ROVANIEMI, count_queries

pytestmark = pytest.mark.django_db

HELSINKI = "091"


class _PanelItems(HTMLParser):
    """The items of the events panel of a home page: (title, the item's text)."""

    def __init__(self):
        super().__init__()
        self.items, self._in_panel, self._item, self._title = [], False, None, None

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "section":
            self._in_panel = "home-listings--events" in classes
        elif tag == "li" and self._in_panel:
            self._item = []
        elif tag == "a" and self._item is not None and self._title is None:
            self._title = []

    def handle_endtag(self, tag):
        if tag == "section":
            self._in_panel = False
        elif tag == "a" and self._title is not None:
            self._item.append(("title", "".join(self._title).strip()))
            self._title = None
        elif tag == "li" and self._item is not None:
            title = dict(self._item)["title"]
            self.items.append((title, " ".join(text for kind, text in self._item if kind == "text")))
            self._item = None

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)
        elif self._item is not None and data.strip():
            self._item.append(("text", data.strip()))


def panel_items(client, host=HOST):
    response = client.get("/fi/", HTTP_HOST=host)
    assert response.status_code == 200
    parser = _PanelItems()
    parser.feed(response.content.decode())
    return parser.items


def soon(days):
    return timezone.now().replace(minute=0, second=0, microsecond=0) + datetime.timedelta(days=days)


@pytest.fixture
def helsinki_and_lapland(lapland):
    helsinki_organisation = OrganisationFactory(municipality_code=HELSINKI)
    rovaniemi_organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    EventFactory(
        organisation=helsinki_organisation,
        title="Kirkkokonsertti Helsingissä",
        municipality_codes=[HELSINKI],
        is_nationwide=True,
        starts_at=soon(1),
    )
    EventFactory(
        organisation=helsinki_organisation,
        title="Verkkoluento",
        is_online=True,
        municipality_codes=[],
        starts_at=soon(2),
    )
    EventFactory(
        organisation=rovaniemi_organisation, title="Kylätanssit", municipality_codes=[ROVANIEMI], starts_at=soon(20)
    )
    EventFactory(
        organisation=rovaniemi_organisation,
        title="Tunturikävely",
        municipality_codes=[ROVANIEMI],
        is_online=True,
        starts_at=soon(30),
    )
    return lapland


def test_placements_tell_local_items_from_those_shown_only_as_nationwide_or_online(helsinki_and_lapland, national):
    lapland = helsinki_and_lapland
    localities = {
        (title, region): locality
        for title, region, locality in ListingPlacement.objects.filter(
            object_id__in=Event.objects.values("pk"), locale__language_code="fi"
        ).values_list("object_id", "region_id", "locality")
        for title in Event.objects.filter(pk=title).values_list("title", flat=True)
    }
    assert localities["Kirkkokonsertti Helsingissä", lapland.pk] == visibility.ELSEWHERE
    assert localities["Verkkoluento", lapland.pk] == visibility.ELSEWHERE
    assert localities["Kylätanssit", lapland.pk] == visibility.LOCAL
    # Online, but in Rovaniemi too: local in Lapland.
    assert localities["Tunturikävely", lapland.pk] == visibility.LOCAL
    # The national site shows everything as its own.
    assert {localities[title, national.pk] for title in ("Kirkkokonsertti Helsingissä", "Verkkoluento")} == {
        visibility.LOCAL
    }


def test_a_regional_home_panel_lists_its_own_municipalities_first_with_date_and_place(client, helsinki_and_lapland):
    items = panel_items(client)
    titles = [title for title, _text in items]
    # Local by date, then the nationwide and online ones from elsewhere by date: a reader still sees them all.
    assert titles == ["Kylätanssit", "Tunturikävely", "Kirkkokonsertti Helsingissä", "Verkkoluento"]
    texts = dict(items)
    assert "Rovaniemi" in texts["Kylätanssit"]
    assert "Helsinki" in texts["Kirkkokonsertti Helsingissä"]
    assert "Verkossa" in texts["Verkkoluento"]
    start = timezone.localtime(soon(20))  # the reader's day: around midnight in Finland UTC is a day behind
    assert f"{start.day}.{start.month}." in texts["Kylätanssit"]


def test_the_events_list_is_local_first_too(client, helsinki_and_lapland):
    response = client.get("/fi/tapahtumat/", HTTP_HOST=HOST)
    titles = [listing.title for listing in response.context["listings"]]
    assert titles == ["Kylätanssit", "Tunturikävely", "Kirkkokonsertti Helsingissä", "Verkkoluento"]


def test_a_panel_item_changes_as_soon_as_its_listing_is_saved(client, helsinki_and_lapland):
    panel_items(client)  # the items are cached now
    event = Event.objects.get(title="Kylätanssit")
    event.title = "Kylätanssit ja arpajaiset"
    event.save()
    assert "Kylätanssit ja arpajaiset" in [title for title, _text in panel_items(client)]


def test_the_home_page_makes_as_many_queries_for_one_item_a_panel_as_for_full_panels(client, lapland):
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI])
    NewsItemFactory(organisation=organisation, municipality_codes=[ROVANIEMI])
    one, response = count_queries(client, "/fi/")
    for number in range(6):
        EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI], title=f"Tapahtuma {number}")
        NewsItemFactory(organisation=organisation, municipality_codes=[ROVANIEMI], title=f"Uutinen {number}")
    full, response = count_queries(client, "/fi/")
    assert len(panel_items(client)) == 4
    assert one == full
    assert full <= 15


def test_a_warm_home_page_keeps_its_panels_and_shows_a_new_listing_and_a_withdrawal_at_once(
    client, helsinki_and_lapland
):
    panel_items(client)
    with CaptureQueriesContext(connection) as queries:
        panel_items(client)
    # The panels' items are kept under the site's page version: no placement or listing row is read.
    assert not [query["sql"] for query in queries.captured_queries if "listings_" in query["sql"]]
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    EventFactory(organisation=organisation, title="Avantouinti", municipality_codes=[ROVANIEMI], starts_at=soon(3))
    assert [title for title, _text in panel_items(client)][0] == "Avantouinti"
    Event.objects.get(title="Avantouinti").delete()
    assert "Avantouinti" not in [title for title, _text in panel_items(client)]


def test_the_panels_follow_the_clock_within_a_minute(client, helsinki_and_lapland, monkeypatch):
    panel_items(client)
    # What no save announces (as when an event ends, or a visibility period begins: only the clock moves).
    ListingPlacement.objects.filter(object_id__in=Event.objects.filter(title="Kylätanssit").values("pk")).delete()
    assert "Kylätanssit" in [title for title, _text in panel_items(client)]
    later = time.time() + 61
    monkeypatch.setattr(site_cache, "time", SimpleNamespace(time=lambda: later))
    assert "Kylätanssit" not in [title for title, _text in panel_items(client)]
