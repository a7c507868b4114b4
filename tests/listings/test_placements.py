"""The stored placements stay true to the listings, translations and regions they are computed from."""

import datetime

import pytest
from django.db.models import Q
from django.utils import timezone

from listings.factories import EventFactory, NewsItemFactory, translate
from listings.models import Event, ListingPlacement, NewsItem
from listings.models import placements as placement_store
from regions.models import Municipality

ROVANIEMI = "698"
JOENSUU = "167"

pytestmark = pytest.mark.django_db


def shown(model, region, **kwargs):
    return set(model.objects.visible_on(region, **kwargs).values_list("pk", flat=True))


def snapshot():
    return set(
        ListingPlacement.objects.values_list(
            "content_type_id",
            "object_id",
            "region_id",
            "locale_id",
            "shown_from",
            "shown_until",
            "sort_key",
            "sort_tie",
        )
    )


def test_adding_a_municipality_to_a_regions_coverage_shows_its_listings_there(lapland, north_karelia):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    assert event.pk not in shown(Event, north_karelia)

    online = EventFactory(municipality_codes=[], is_online=True)
    translate(event, "sv", title="Julkonsert")
    rovaniemi = Municipality.objects.get(code=ROVANIEMI)
    north_karelia.coverage.add(rovaniemi)
    assert event.pk in shown(Event, north_karelia)
    assert online.pk in shown(Event, north_karelia)
    # Recomputing only the changed region's listings gives what recomputing everything gives.
    kept = snapshot()
    placement_store.rebuild()
    assert snapshot() == kept

    north_karelia.coverage.remove(rovaniemi)
    assert event.pk not in shown(Event, north_karelia)
    assert event.pk in shown(Event, lapland)


def test_adding_a_region_through_the_municipality_side_also_counts(north_karelia):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    Municipality.objects.get(code=ROVANIEMI).regions.add(north_karelia)
    assert event.pk in shown(Event, north_karelia)


def test_a_region_created_after_the_listings_shows_them(national):
    from network.factories import RegionFactory

    event = EventFactory(municipality_codes=[JOENSUU])
    newcomer = RegionFactory(
        name="Testiseutu",
        slug="testiseutu",
        hostname="testiseutu.localhost",
        producer_name="Testi ry",
        region_codes=["12"],
    )
    assert event.pk in shown(Event, newcomer)


def test_publishing_and_unpublishing_a_translation_switches_the_language_version(lapland):
    event = EventFactory(title="Joulukonsertti", municipality_codes=[ROVANIEMI])
    swedish = translate(event, "sv", title="Julkonsert", live=False)
    assert shown(Event, lapland, locale="sv") == {event.pk}

    swedish.live = True
    swedish.save()
    assert shown(Event, lapland, locale="sv") == {swedish.pk}
    assert shown(Event, lapland, locale="fi") == {event.pk}

    swedish.live = False
    swedish.save()
    assert shown(Event, lapland, locale="sv") == {event.pk}


def test_deleting_a_translation_brings_the_original_back_and_deleting_the_listing_forgets_it(lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    swedish = translate(event, "sv", title="Julkonsert")
    swedish.delete()
    assert shown(Event, lapland, locale="sv") == {event.pk}

    event_pk = event.pk
    Event.objects.filter(pk=event_pk).delete()
    assert not ListingPlacement.objects.shown(Event, lapland, timezone.now()).filter(object_id=event_pk).exists()
    assert not ListingPlacement.objects.filter(object_id__in=[event_pk, swedish.pk]).exists()


def test_unpublishing_hides_and_moving_the_listing_follows(lapland, north_karelia):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    event.live = False
    event.save()
    assert event.pk not in shown(Event, lapland)

    event.live = True
    event.save()
    event.municipalities.set([Municipality.objects.get(code=JOENSUU)])
    event.save()
    assert event.pk in shown(Event, north_karelia)
    assert event.pk not in shown(Event, lapland)


def test_a_save_of_unrelated_fields_does_not_recompute(lapland):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event = EventFactory(municipality_codes=[ROVANIEMI])
    with CaptureQueriesContext(connection) as queries:
        event.save(update_fields=["summary"])
    assert not [query for query in queries if "listingplacement" in query["sql"]]
    with CaptureQueriesContext(connection) as queries:
        event.save(update_fields=["visible_until"])
    assert [query for query in queries if "listingplacement" in query["sql"]]


def test_the_window_follows_the_visibility_period_and_the_event_end(lapland):
    now = timezone.now()
    event = EventFactory(
        municipality_codes=[ROVANIEMI],
        starts_at=now + datetime.timedelta(days=2),
        ends_at=now + datetime.timedelta(days=3),
        visible_from=now + datetime.timedelta(days=1),
    )
    assert event.pk not in shown(Event, lapland, now=now)
    assert event.pk in shown(Event, lapland, now=now + datetime.timedelta(days=2))
    assert event.pk in shown(Event, lapland, now=event.ends_at)
    assert event.pk not in shown(Event, lapland, now=event.ends_at + datetime.timedelta(seconds=1))


def test_rebuilding_from_scratch_gives_the_same_placements_as_keeping_them_current(lapland, north_karelia):
    event = EventFactory(municipality_codes=[ROVANIEMI, JOENSUU])
    translate(event, "sv", title="Julkonsert")
    EventFactory(municipality_codes=[], is_online=True)
    NewsItemFactory(municipality_codes=[JOENSUU])
    kept = snapshot()
    assert kept

    ListingPlacement.objects.all().delete()
    placement_store.rebuild()
    assert snapshot() == kept


def test_the_sort_key_orders_each_type_like_its_list(lapland):
    now = timezone.now()
    later = EventFactory(municipality_codes=[ROVANIEMI], starts_at=now + datetime.timedelta(days=5))
    sooner = EventFactory(municipality_codes=[ROVANIEMI], starts_at=now + datetime.timedelta(days=1))
    older = NewsItemFactory(municipality_codes=[ROVANIEMI], published_on=now.date() - datetime.timedelta(days=3))
    newer = NewsItemFactory(municipality_codes=[ROVANIEMI], published_on=now.date())

    def ordered(model):
        return list(
            ListingPlacement.objects.shown(model, lapland, now, locale="fi")
            .order_by("sort_key", "sort_tie")
            .values_list("object_id", flat=True)
        )

    assert (
        ordered(Event)
        == [sooner.pk, later.pk]
        == list(Event.objects.visible_on(lapland, locale="fi").values_list("pk", flat=True))
    )
    assert (
        ordered(NewsItem)
        == [newer.pk, older.pk]
        == list(NewsItem.objects.visible_on(lapland, locale="fi").values_list("pk", flat=True))
    )


def test_the_rebuild_command_restores_placements_lost_to_bulk_work(lapland):
    from io import StringIO

    from django.core.management import call_command

    event = EventFactory(municipality_codes=[ROVANIEMI])
    ListingPlacement.objects.all().delete()
    assert event.pk not in shown(Event, lapland)
    output = StringIO()
    call_command("rebuild_placements", stdout=output)
    assert event.pk in shown(Event, lapland)
    assert "placements computed" in output.getvalue()


def test_a_translation_shown_from_later_on_leaves_the_original_until_then(lapland):
    now = timezone.now()
    event = EventFactory(municipality_codes=[ROVANIEMI], starts_at=now + datetime.timedelta(days=10))
    swedish = translate(event, "sv", title="Julkonsert", visible_from=now + datetime.timedelta(days=2))
    assert shown(Event, lapland, locale="sv", now=now) == {event.pk}
    assert shown(Event, lapland, locale="sv", now=now + datetime.timedelta(days=3)) == {swedish.pk}
    assert shown(Event, lapland, locale="fi", now=now + datetime.timedelta(days=3)) == {event.pk}
    # The same answer as the rule written over the listing rows themselves (localized()).
    for moment in (now, now + datetime.timedelta(days=3)):
        by_rows = (
            Event.objects.filter(live=True)
            .filter(Q(visible_from__isnull=True) | Q(visible_from__lte=moment))
            .localized("sv")
        )
        assert set(by_rows.values_list("pk", flat=True)) == shown(Event, lapland, locale="sv", now=moment)
