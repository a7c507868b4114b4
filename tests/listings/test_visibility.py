"""The one visibility rule (DESIGN.md section 5), on SQLite and PostgreSQL."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from listings.factories import (
    EventFactory,
    JobFactory,
    NewsItemFactory,
    OrganisationFactory,
    translate,
)
from listings.models import Event, Job, NewsItem

ROVANIEMI = "698"
KEMI = "240"
JOENSUU = "167"

pytestmark = pytest.mark.django_db


@pytest.fixture
def regions(national, lapland, north_karelia):
    return {"national": national, "lapland": lapland, "north_karelia": north_karelia}


def shown(model, region, **kwargs):
    return set(model.objects.visible_on(region, **kwargs).values_list("pk", flat=True))


def test_an_event_in_rovaniemi_is_shown_in_lapland_and_nationally_only(national, lapland, north_karelia):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    assert event.region == lapland
    assert event.pk in shown(Event, lapland)
    assert event.pk in shown(Event, national)
    assert event.pk not in shown(Event, north_karelia)


@pytest.mark.parametrize("flag", ["is_nationwide", "is_online"])
def test_nationwide_and_online_listings_are_shown_everywhere(regions, flag):
    event = EventFactory(municipality_codes=[], **{flag: True})
    for region in regions.values():
        assert event.pk in shown(Event, region), region


def test_a_draft_is_shown_nowhere(regions):
    event = EventFactory(draft=True, municipality_codes=[ROVANIEMI], is_nationwide=True)
    for region in regions.values():
        assert event.pk not in shown(Event, region)


def test_an_expired_listing_is_shown_nowhere(regions):
    job = JobFactory(expired=True, municipality_codes=[ROVANIEMI], deadline=None)
    for region in regions.values():
        assert job.pk not in shown(Job, region)


def test_a_listing_before_its_visibility_period_is_hidden_until_it_starts(regions):
    start = timezone.now() + datetime.timedelta(days=2)
    news = NewsItemFactory(visible_from=start, municipality_codes=[ROVANIEMI])
    assert news.pk not in shown(NewsItem, regions["lapland"])
    later = start + datetime.timedelta(hours=1)
    assert news.pk in shown(NewsItem, regions["lapland"], now=later)


def test_a_past_event_is_archived_not_shown(regions):
    past = EventFactory(past=True, municipality_codes=[ROVANIEMI])
    upcoming = EventFactory(municipality_codes=[ROVANIEMI])
    lapland = regions["lapland"]
    assert past.pk not in shown(Event, lapland)
    archived = set(Event.objects.archived_on(lapland).values_list("pk", flat=True))
    assert archived == {past.pk}
    assert upcoming.pk not in archived
    assert not Event.objects.archived_on(regions["north_karelia"]).exists()


def test_a_running_event_is_still_shown_and_one_without_an_end_goes_when_it_starts(regions):
    now = timezone.now()
    running = EventFactory(starts_at=now - datetime.timedelta(hours=1), ends_at=now + datetime.timedelta(hours=1))
    started = EventFactory(starts_at=now - datetime.timedelta(minutes=1), ends_at=None)
    visible = shown(Event, regions["lapland"], now=now)
    assert running.pk in visible
    assert started.pk not in visible
    assert started.pk in set(Event.objects.archived_on(regions["lapland"], now=now).values_list("pk", flat=True))


def test_types_that_do_not_end_have_no_archive(regions):
    NewsItemFactory(municipality_codes=[ROVANIEMI])
    assert not NewsItem.objects.archived_on(regions["lapland"]).exists()


def test_no_duplicate_rows_for_several_covered_municipalities(regions):
    event = EventFactory(municipality_codes=[ROVANIEMI, KEMI], is_online=True)
    for region in (regions["lapland"], regions["national"]):
        pks = list(Event.objects.visible_on(region).values_list("pk", flat=True))
        assert pks.count(event.pk) == 1
        assert Event.objects.visible_on(region).count() == 1


def test_no_region_shows_nothing(regions):
    EventFactory(is_nationwide=True)
    assert not Event.objects.visible_on(None).exists()


def test_visible_on_is_one_query_and_can_be_searched(regions):
    EventFactory(title="Joulukonsertti kylätalolla", municipality_codes=[ROVANIEMI])
    EventFactory(title="Joulukonsertti Joensuussa", municipality_codes=[JOENSUU])
    with CaptureQueriesContext(connection) as queries:
        results = list(Event.objects.visible_on(regions["lapland"], locale="fi").search("joulukonsertti"))
    assert [event.title for event in results] == ["Joulukonsertti kylätalolla"]
    assert len(queries) == 1


def test_filter_helpers(regions):
    from topics.models import Audience, Topic

    organisation = OrganisationFactory(municipality_code=ROVANIEMI)
    culture = EventFactory(organisation=organisation, topic_slugs=["kulttuuri"], audience_slugs=["lapset"])
    sports = EventFactory(
        municipality_codes=[KEMI, ROVANIEMI], topic_slugs=["liikunta", "kulttuuri"], audience_slugs=["nuoret"]
    )
    qs = Event.objects.visible_on(regions["lapland"])
    assert set(qs.for_organisation(organisation)) == {culture}
    assert set(qs.in_municipalities(regions["lapland"].coverage.filter(code=KEMI))) == {sports}
    assert set(qs.with_topics(Topic.objects.filter(slug="kulttuuri"))) == {culture, sports}
    assert list(qs.with_topics(Topic.objects.filter(slug="kulttuuri"))).count(sports) == 1
    assert set(qs.for_audiences(Audience.objects.filter(slug="lapset"))) == {culture}


def test_overlapping_events(regions):
    now = timezone.now()
    soon = EventFactory(starts_at=now + datetime.timedelta(days=1), ends_at=now + datetime.timedelta(days=1, hours=2))
    later = EventFactory(
        starts_at=now + datetime.timedelta(days=10), ends_at=now + datetime.timedelta(days=10, hours=2)
    )
    week = Event.objects.visible_on(regions["lapland"]).overlapping(now, now + datetime.timedelta(days=7))
    assert set(week) == {soon}
    assert later not in week


class TestTranslatedListings:
    def test_swedish_page_shows_the_swedish_translation_else_the_original(self, regions):
        translated = EventFactory(title="Joulukonsertti", municipality_codes=[ROVANIEMI])
        swedish = translate(translated, "sv", title="Julkonsert")
        untranslated = EventFactory(title="Talkoopäivä", municipality_codes=[ROVANIEMI])
        lapland = regions["lapland"]

        sv = Event.objects.visible_on(lapland, locale="sv")
        assert sorted(e.title for e in sv) == ["Julkonsert", "Talkoopäivä"]
        assert {e.pk for e in sv} == {swedish.pk, untranslated.pk}

        fi = Event.objects.visible_on(lapland, locale="fi")
        assert sorted(e.title for e in fi) == ["Joulukonsertti", "Talkoopäivä"]

        en = Event.objects.visible_on(lapland, locale="en")
        assert sorted(e.title for e in en) == ["Joulukonsertti", "Talkoopäivä"]
        assert all(not e.is_translation for e in en)

    def test_a_draft_translation_falls_back_to_the_original(self, regions):
        event = EventFactory(title="Joulukonsertti", municipality_codes=[ROVANIEMI])
        translate(event, "sv", title="Julkonsert", live=False)
        assert [e.title for e in Event.objects.visible_on(regions["lapland"], locale="sv")] == ["Joulukonsertti"]

    def test_a_swedish_original_shows_on_finnish_pages_unless_translated(self, regions):
        from wagtail.models import Locale

        vaasa_news = NewsItemFactory(
            title="Föreningarnas dag", municipality_codes=["905"], locale=Locale.objects.get(language_code="sv")
        )
        national = regions["national"]
        assert [n.title for n in NewsItem.objects.visible_on(national, locale="fi")] == ["Föreningarnas dag"]
        finnish = translate(vaasa_news, "fi", title="Yhdistysten päivä")
        assert finnish.is_translation
        assert [n.title for n in NewsItem.objects.visible_on(national, locale="fi")] == ["Yhdistysten päivä"]
        assert [n.title for n in NewsItem.objects.visible_on(national, locale="sv")] == ["Föreningarnas dag"]

    def test_localized_accepts_a_locale_and_costs_one_query(self, regions):
        from wagtail.models import Locale

        event = EventFactory(municipality_codes=[ROVANIEMI])
        translate(event, "sv", title="Julkonsert")
        for n in range(5):
            EventFactory(title=f"Tapahtuma {n}", municipality_codes=[ROVANIEMI])
        sv = Locale.objects.get(language_code="sv")
        with CaptureQueriesContext(connection) as queries:
            titles = [e.title for e in Event.objects.visible_on(regions["lapland"], locale=sv)]
        assert len(queries) == 1
        assert "Julkonsert" in titles and len(titles) == 6
