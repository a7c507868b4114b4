import datetime

import pytest
from django.contrib.contenttypes.models import ContentType

from guides.models import GuidePage
from listings.models import Activity, Event
from visits import queries
from visits.models import DailyView

D = datetime.date


def add(model, object_id, day, site, count):
    DailyView.objects.create(
        day=day, content_type=ContentType.objects.get_for_model(model), object_id=object_id, site=site, count=count
    )


@pytest.fixture
def counts(national, lapland):
    national, lapland = national.site, lapland.site
    add(Event, 1, D(2026, 1, 31), national, 5)
    add(Event, 1, D(2026, 1, 31), lapland, 2)
    add(Event, 1, D(2026, 2, 1), lapland, 3)
    add(Event, 2, D(2026, 2, 1), national, 1)
    add(Activity, 1, D(2026, 2, 2), national, 20)
    add(GuidePage, 7, D(2026, 3, 1), lapland, 4)
    # Outside the range asked for below.
    add(Event, 1, D(2025, 12, 31), national, 100)
    return national, lapland


def test_views_by_object_sums_sites_and_days_in_the_range(counts):
    assert queries.views_by_object(Event, [1, 2, 3], D(2026, 1, 1), D(2026, 12, 31)) == {1: 10, 2: 1}


def test_the_range_includes_both_ends(counts):
    assert queries.views_by_object(Event, [1], D(2026, 1, 31), D(2026, 1, 31)) == {1: 7}


def test_site_ids_narrow_to_those_sites(counts):
    national, lapland = counts
    assert queries.views_by_object(Event, [1], D(2026, 1, 1), D(2026, 12, 31), site_ids=[lapland.pk]) == {1: 5}
    assert queries.views_by_site(D(2026, 1, 1), D(2026, 12, 31)) == {national.pk: 26, lapland.pk: 9}


def test_objects_by_type_and_by_ids(counts):
    year = (D(2026, 1, 1), D(2026, 12, 31))
    assert queries.total_views(*year) == 35
    assert queries.total_views(*year, objects=Event) == 11
    assert queries.total_views(*year, objects=[Event, GuidePage]) == 15
    assert queries.total_views(*year, objects={Event: [2], Activity: None}) == 21
    assert queries.total_views(*year, objects={Event: []}) == 0


def test_by_day_and_by_month(counts):
    year = (D(2026, 1, 1), D(2026, 12, 31))
    assert queries.views_by_day(*year, objects=Event) == {D(2026, 1, 31): 7, D(2026, 2, 1): 4}
    assert queries.views_by_month(*year) == {D(2026, 1, 1): 7, D(2026, 2, 1): 24, D(2026, 3, 1): 4}


def test_most_viewed_in_order_with_a_limit(counts):
    year = (D(2026, 1, 1), D(2026, 12, 31))
    event, activity, guide = (ContentType.objects.get_for_model(m).pk for m in (Event, Activity, GuidePage))
    rows = queries.most_viewed(*year, limit=3)
    assert [(row.content_type_id, row.object_id, row.views) for row in rows] == [
        (activity, 1, 20),
        (event, 1, 10),
        (guide, 7, 4),
    ]
    assert rows[0].model is Activity
    national, lapland = counts
    rows = queries.most_viewed(*year, objects=Event, site_ids=[national.pk])
    assert [(row.object_id, row.views) for row in rows] == [(1, 5), (2, 1)]


def test_with_objects_loads_them_and_drops_the_deleted(lapland):
    from listings.factories import EventFactory

    event = EventFactory()
    add(Event, event.pk, D(2026, 5, 5), lapland.site, 3)
    add(Event, event.pk + 1000, D(2026, 5, 5), lapland.site, 9)
    rows = queries.with_objects(queries.most_viewed(D(2026, 5, 1), D(2026, 5, 31)))
    assert [(row.object, row.views) for row in rows] == [(event, 3)]
