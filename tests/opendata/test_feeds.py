"""RSS, Atom and iCalendar feeds and embeds: the list page's items in its order, parseable, and nothing hidden."""

import datetime
import re

import feedparser
import icalendar
import pytest
import vobject
from django.utils import timezone

from listings import registry
from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectFactory,
    SpaceFactory,
    StoryFactory,
    VolunteerTaskFactory,
)

pytestmark = pytest.mark.django_db

LAPLAND = "lappilaiset.localhost"
ROVANIEMI = "698"
KEMI = "240"
JOENSUU = "167"

FACTORIES = {
    "events": EventFactory,
    "activities": ActivityFactory,
    "volunteering": VolunteerTaskFactory,
    "jobs": JobFactory,
    "projects": ProjectFactory,
    "news": NewsItemFactory,
    "spaces": SpaceFactory,
    "stories": StoryFactory,
}
DETAIL = re.compile(r"/(\d+)-[^/\"?#]+/")


def section_path(key, language="fi"):
    return f"/{language}/{registry.type_slug(_record(key), language)}/"


def _record(key):
    return next(record for record in registry.TYPES if record.key == key)


def ids_in_order(text):
    """The listing ids that detail links in `text` name, each once, in order."""
    seen = []
    for match in DETAIL.finditer(text):
        pk = int(match.group(1))
        if pk not in seen:
            seen.append(pk)
    return seen


def list_page_ids(client, path, query=""):
    html = client.get(path + query, HTTP_HOST=LAPLAND).content.decode()
    results = html.split('id="listing-results-heading"', 1)[1].split("</section>", 1)[0]
    return ids_in_order(results)


def rss(client, path, query=""):
    response = client.get(path + "syote/" + query, HTTP_HOST=LAPLAND)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def atom(client, path, query=""):
    response = client.get(path + "syote/atom/" + query, HTTP_HOST=LAPLAND)
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def feed_ids(parsed):
    return [int(DETAIL.search(entry.link).group(1)) for entry in parsed.entries]


def calendar_events(content):
    """The VEVENTs of an .ics, which must parse with both icalendar and vobject."""
    parsed = icalendar.Calendar.from_ical(content)
    list(vobject.readComponents(content.decode()))
    return parsed.walk("VEVENT")


def calendar_ids(content):
    ids = []
    for entry in calendar_events(content):
        pk = int(DETAIL.search(str(entry["URL"])).group(1))
        if pk not in ids:
            ids.append(pk)
    return ids


def embed_ids(client, query=""):
    response = client.get("/fi/upota/tapahtumat/" + query, HTTP_HOST=LAPLAND)
    assert response.status_code == 200
    return ids_in_order(response.content.decode())


def soon(days, hours=18):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hours)))


@pytest.fixture
def events(lapland, north_karelia):
    rovaniemi = OrganisationFactory(municipality_code=ROVANIEMI)
    kemi = OrganisationFactory(municipality_code=KEMI)
    made = [
        EventFactory(organisation=rovaniemi, starts_at=soon(3), is_free=True, topic_slugs=["kulttuuri"]),
        EventFactory(organisation=kemi, starts_at=soon(1), is_free=False, topic_slugs=["liikunta"]),
        EventFactory(organisation=rovaniemi, starts_at=soon(10), is_free=False, is_online=True),
        EventFactory(organisation=kemi, starts_at=soon(5), is_free=True, title="Kevätkonsertti"),
        EventFactory(organisation=rovaniemi, starts_at=soon(40), is_free=True, topic_slugs=["liikunta"]),
    ]
    return {"rovaniemi": rovaniemi, "kemi": kemi, "events": made}


FILTERS = [
    "",
    f"?municipality={ROVANIEMI}",
    f"?municipality={KEMI}&free=on",
    "?topic=liikunta",
    "?when=week",
    "?online=on",
    "?q=Kev%C3%A4tkonsertti",
    f"?date_from={(timezone.localdate() + datetime.timedelta(days=2)).isoformat()}",
]


@pytest.mark.parametrize("query", FILTERS)
def test_feeds_calendar_and_embed_list_what_the_list_page_lists_in_its_order(client, events, query):
    expected = list_page_ids(client, "/fi/tapahtumat/", query)
    separator = "&" if query else "?"
    assert feed_ids(rss(client, "/fi/tapahtumat/", query)) == expected
    assert feed_ids(atom(client, "/fi/tapahtumat/", query)) == expected
    ics = client.get("/fi/tapahtumat/kalenteri/" + query, HTTP_HOST=LAPLAND)
    assert ics["Content-Type"].startswith("text/calendar")
    assert calendar_ids(ics.content) == expected
    assert embed_ids(client, query + f"{separator}count=50") == expected


@pytest.mark.parametrize("more", ["", "&free=on", "&q=Kev%C3%A4tkonsertti"])
def test_an_organisations_filtered_list_is_the_same_in_feeds_calendar_and_embed(client, events, more):
    query = f"?organisation={events['kemi'].pk}{more}"
    expected = list_page_ids(client, "/fi/tapahtumat/", query)
    kemi_events = [event for event in events["events"] if event.organisation == events["kemi"]]
    assert set(expected) <= {event.pk for event in kemi_events} and expected
    assert feed_ids(rss(client, "/fi/tapahtumat/", query)) == expected
    assert feed_ids(atom(client, "/fi/tapahtumat/", query)) == expected
    assert calendar_ids(client.get("/fi/tapahtumat/kalenteri/" + query, HTTP_HOST=LAPLAND).content) == expected
    assert embed_ids(client, query + "&count=50") == expected


def test_the_sample_filters_tell_the_lists_apart(client, events):
    everything = list_page_ids(client, "/fi/tapahtumat/")
    assert everything == [event.pk for event in sorted(events["events"], key=lambda event: event.starts_at)]
    assert list_page_ids(client, "/fi/tapahtumat/", f"?municipality={KEMI}&free=on") == [events["events"][3].pk]


@pytest.mark.parametrize("key", FACTORIES)
def test_no_draft_expired_or_out_of_region_item_in_any_feed_or_embed(client, lapland, north_karelia, key):
    factory = FACTORIES[key]
    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    elsewhere = OrganisationFactory(municipality_code=JOENSUU)
    shown = factory(organisation=organisation, title="Näkyvä")
    hidden = [
        factory(organisation=organisation, draft=True, title="Luonnos"),
        factory(organisation=organisation, expired=True, title="Vanhentunut"),
        factory(organisation=elsewhere, title="Muualla"),
    ]
    if key == "events":
        hidden.append(factory(organisation=organisation, past=True, title="Mennyt"))
    path = section_path(key)
    assert list_page_ids(client, path) == [shown.pk]
    assert feed_ids(rss(client, path)) == [shown.pk]
    assert feed_ids(atom(client, path)) == [shown.pk]
    slug = registry.type_slug(_record(key), "fi")
    embed = client.get(f"/fi/upota/{slug}/?count=50", HTTP_HOST=LAPLAND).content.decode()
    assert ids_in_order(embed) == [shown.pk]
    organisation_feed = rss(client, organisation_path(organisation))
    assert shown.pk in feed_ids(organisation_feed) or not _record(key).on_organisation_page
    for item in hidden:
        assert item.pk not in feed_ids(organisation_feed)
        assert item.title not in embed
    if key == "events":
        ics = client.get(path + "kalenteri/", HTTP_HOST=LAPLAND).content
        assert calendar_ids(ics) == [shown.pk]
        assert calendar_ids(client.get(organisation_path(organisation) + "kalenteri/", HTTP_HOST=LAPLAND).content) == [
            shown.pk
        ]


def organisation_path(organisation):
    return f"/fi/toimijat/{organisation.pk}-{organisation.slug}/"


def test_an_organisations_feeds_hold_its_own_listings_only(client, events):
    rovaniemi = events["rovaniemi"]
    news = NewsItemFactory(organisation=rovaniemi, title="Uutinen")
    NewsItemFactory(organisation=events["kemi"], title="Toisen uutinen")
    own = {f"/fi/tapahtumat/{event.pk}-{event.slug}/" for event in events["events"] if event.organisation == rovaniemi}
    own.add(f"/fi/ajankohtaista/{news.pk}-{news.slug}/")
    parsed = rss(client, organisation_path(rovaniemi))
    assert {entry.link.split("localhost", 1)[1] for entry in parsed.entries} == own
    assert parsed.feed.title == rovaniemi.name
    assert len(atom(client, organisation_path(rovaniemi)).entries) == len(own)
    own = {event.pk for event in events["events"] if event.organisation == rovaniemi}
    ics = client.get(organisation_path(rovaniemi) + "kalenteri/", HTTP_HOST=LAPLAND)
    assert set(calendar_ids(ics.content)) == own
    # The organisation's embed: its events through the same filter.
    assert set(embed_ids(client, f"?organisation={rovaniemi.pk}&count=50")) == own


def test_a_series_is_every_date_with_stable_uids_in_the_list_calendar(client, lapland):
    from listings.models import EventDate

    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    event = EventFactory.build(organisation=organisation, starts_at=soon(2), ends_at=soon(2, 20))
    event.extra_dates = [EventDate(starts_at=soon(9), ends_at=soon(9, 20)), EventDate(starts_at=soon(16))]
    event.save()
    event.municipalities.set([organisation.home_municipality])
    first = calendar_events(client.get("/fi/tapahtumat/kalenteri/", HTTP_HOST=LAPLAND).content)
    again = calendar_events(client.get("/sv/evenemang/kalender/", HTTP_HOST=LAPLAND).content)
    assert [entry.decoded("dtstart") for entry in first] == [soon(2), soon(9), soon(16)]
    assert [str(entry["UID"]) for entry in first] == [str(entry["UID"]) for entry in again]
    assert len({str(entry["UID"]) for entry in first}) == 3


def test_list_pages_announce_their_feeds_with_the_filters(client, events):
    html = client.get(f"/fi/tapahtumat/?municipality={ROVANIEMI}&page=1", HTTP_HOST=LAPLAND).content.decode()
    rss_link = f'href="/fi/tapahtumat/syote/?municipality={ROVANIEMI}"'
    assert f'<link rel="alternate" type="application/rss+xml" title="RSS-syöte" {rss_link}>' in html
    assert f'href="/fi/tapahtumat/syote/atom/?municipality={ROVANIEMI}"' in html
    assert f'href="/fi/tapahtumat/kalenteri/?municipality={ROVANIEMI}"' in html
    jobs = client.get("/sv/jobb/", HTTP_HOST=LAPLAND).content.decode()
    assert 'type="application/rss+xml"' in jobs and 'href="/sv/jobb/flode/"' in jobs
    assert "kalender/" not in jobs
    organisation = client.get(organisation_path(events["rovaniemi"]), HTTP_HOST=LAPLAND).content.decode()
    assert f'href="{organisation_path(events["rovaniemi"])}syote/"' in organisation


def test_feed_addresses_use_the_pages_language(client, events):
    assert client.get("/sv/evenemang/flode/", HTTP_HOST=LAPLAND).status_code == 200
    assert client.get("/en/events/feed/atom/", HTTP_HOST=LAPLAND).status_code == 200
    response = client.get("/fi/tapahtumat/feed/?free=on", HTTP_HOST=LAPLAND)
    assert response.status_code == 301 and response["Location"] == "/fi/tapahtumat/syote/?free=on"
    response = client.get("/sv/evenemang/kalenteri/", HTTP_HOST=LAPLAND)
    assert response.status_code == 301 and response["Location"] == "/sv/evenemang/kalender/"
    assert client.get("/fi/toimijat/syote/", HTTP_HOST=LAPLAND).status_code == 404


def test_the_event_page_offers_its_calendar_file_and_google_and_outlook(client, lapland):
    event = EventFactory(organisation=OrganisationFactory(municipality_code=ROVANIEMI), title="Kuorokonsertti")
    html = client.get(f"/fi/tapahtumat/{event.pk}-{event.slug}/", HTTP_HOST=LAPLAND).content.decode()
    assert "Lisää kalenteriin" in html
    assert f'href="/fi/tapahtumat/{event.pk}-{event.slug}/kalenteri/"' in html
    google = re.search(r'href="(https://calendar\.google\.com/[^"]+)"', html).group(1)
    outlook = re.search(r'href="(https://outlook\.live\.com/[^"]+)"', html).group(1)
    start = event.starts_at.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert "text=Kuorokonsertti" in google and f"dates={start}%2F" in google.replace("&amp;", "&")
    assert "subject=Kuorokonsertti" in outlook and "rru=addevent" in outlook


def test_embeds_may_be_framed_by_anyone_and_other_pages_by_no_one(client, events):
    embed = client.get("/fi/upota/tapahtumat/", HTTP_HOST=LAPLAND)
    assert "X-Frame-Options" not in embed
    policy = embed["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    page = client.get("/fi/tapahtumat/", HTTP_HOST=LAPLAND)
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]
    feed = client.get("/fi/tapahtumat/syote/", HTTP_HOST=LAPLAND)
    assert feed["X-Frame-Options"] == "DENY"


def test_embed_addresses_in_every_language_and_bad_input(client, events):
    assert client.get("/sv/inbadda/evenemang/", HTTP_HOST=LAPLAND).status_code == 200
    assert client.get("/en/embed/events/?count=abc", HTTP_HOST=LAPLAND).status_code == 200
    response = client.get("/fi/embed/events/?free=on", HTTP_HOST=LAPLAND)
    assert response.status_code == 301 and response["Location"] == "/fi/upota/tapahtumat/?free=on"
    assert client.get("/fi/upota/ei-tyyppia/", HTTP_HOST=LAPLAND).status_code == 404
    assert client.get("/fi/upota/toimijat/", HTTP_HOST=LAPLAND).status_code == 404
    many = client.get("/fi/upota/tapahtumat/?count=2", HTTP_HOST=LAPLAND).content.decode()
    assert len(ids_in_order(many)) == 2
    odd = client.get("/fi/upota/tapahtumat/?municipality=999&date_from=9999-99-99&organisation=x", HTTP_HOST=LAPLAND)
    assert odd.status_code == 200


def test_the_embedding_script_has_a_stable_address(client):
    response = client.get("/embed.js")
    assert response.status_code == 302 and "embed-frame" in response["Location"]
