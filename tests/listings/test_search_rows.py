"""The site search's own index (listings/search_rows.py) follows the placements and the search index.

PostgreSQL only: elsewhere the search counts type by type through the backend.
"""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from wagtail.models import Locale

from home.search import BatchResults
from listings import registry, search_rows
from listings.factories import EventFactory, JobFactory, NewsItemFactory, translate
from listings.models import Event
from listings.sections import ListingSearchBatch

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the search's own index is PostgreSQL-only"),
]

ROVANIEMI = "698"
JOENSUU = "167"
HOST = "lappilaiset.localhost"


def shown_in(listing):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT shown_in FROM {search_rows.TABLE} WHERE content_type_id = %s AND object_id = %s",
            [ContentType.objects.get_for_model(listing).pk, listing.pk],
        )
        row = cursor.fetchone()
    return None if row is None else set(row[0])


def events_found(client, words):
    response = client.get(f"/fi/haku/?q={words}", HTTP_HOST=HOST)
    return next(facet["count"] for facet in response.context["facets"] if facet["source"].key == "events")


def test_a_row_follows_its_listing_through_an_edit_a_withdrawal_and_a_deletion(client, lapland, north_karelia):
    finnish = Locale.objects.get(language_code="fi").pk
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Kuoron konsertti")
    assert search_rows.pair(lapland.pk, finnish) in shown_in(event)
    assert search_rows.pair(north_karelia.pk, finnish) not in shown_in(event)
    assert events_found(client, "konsertti") == 1

    event.title = "Kuoron joulujuhla"
    event.save()
    assert events_found(client, "konsertti") == 0
    assert events_found(client, "joulujuhla") == 1

    event.municipalities.set([])
    event.live = False
    event.save()
    assert shown_in(event) is None
    assert events_found(client, "joulujuhla") == 0

    other = EventFactory(municipality_codes=[ROVANIEMI], title="Toinen konsertti")
    assert shown_in(other) is not None
    other_pk = other.pk
    other.delete()
    assert shown_in(Event(pk=other_pk)) is None


def test_the_counts_and_previews_equal_the_search_backends_answer(lapland):
    now = timezone.now()
    for number in range(7):
        EventFactory(
            municipality_codes=[ROVANIEMI],
            title=f"Konsertti {number}",
            summary="Kuoro laulaa. " * (7 - number) + "konsertti " * number,
        )
    EventFactory(municipality_codes=[JOENSUU], title="Joensuun konsertti")
    EventFactory(municipality_codes=[ROVANIEMI], title="Luonnoskonsertti konsertti", draft=True)
    EventFactory(
        municipality_codes=[ROVANIEMI],
        title="Mennyt konsertti",
        starts_at=now - datetime.timedelta(days=3),
        ends_at=now - datetime.timedelta(days=2),
    )
    translated = EventFactory(municipality_codes=[ROVANIEMI], title="Käännetty konsertti")
    translate(translated, "sv", title="Översatt konsert")
    JobFactory(municipality_codes=[ROVANIEMI], title="Konserttien järjestäjä")
    NewsItemFactory(is_nationwide=True, title="Valtakunnallinen konsertti")

    # Two words: the backend ranks each word apart and multiplies (home.search.rank_sql).
    for language, words in (("fi", "konsertti"), ("sv", "konsert"), ("fi", "kuoro konsertti")):
        batch = ListingSearchBatch(lapland, language, words)
        assert batch.usable
        for listing_type in registry.searchable_types():
            model = listing_type.model_class()
            backend = list(batch.results(model))
            assert batch.count(model) == len(backend), (language, model)
            assert [item.pk for item in batch.preview(model)] == [item.pk for item in backend[:5]], (language, model)
            # The search page's list of one type reads its pages from the same query.
            for start, stop in ((0, 20), (3, 6), (5, 10)):
                page = BatchResults(batch, model)[start:stop]
                assert [item.pk for item in page] == [item.pk for item in backend[start:stop]], (language, model)
    assert ListingSearchBatch(lapland, "fi", "konsertti").count(Event) == 8

    # Each match's relevance is the backend's own score, for one word and for two.
    for words in ("konsertti", "kuoro konsertti"):
        batch = ListingSearchBatch(lapland, "fi", words)
        sql, params = batch.matches_sql(timezone.now(), [ContentType.objects.get_for_model(Event).pk])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            ranks = {object_id: rank for _type, object_id, rank in cursor.fetchall()}
        scores = {event.pk: event.score for event in batch.results(Event).annotate_score("score")}
        assert ranks.keys() == scores.keys()
        assert all(ranks[pk] == pytest.approx(scores[pk], rel=1e-5) for pk in ranks), words


def test_emptying_the_placements_empties_the_rows(lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Kuoron konsertti")
    assert shown_in(event)
    with connection.cursor() as cursor:
        # The test's transaction holds deferred foreign key checks, which a TRUNCATE may not leave pending.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("TRUNCATE listings_listingplacement")
    assert shown_in(event) is None


def test_a_row_its_placements_show_at_different_times_is_checked_on_them(lapland):
    now = timezone.now()
    event = EventFactory(
        municipality_codes=[ROVANIEMI], title="Kuoron konsertti", visible_from=now - datetime.timedelta(days=10)
    )
    # The Swedish pages show the translation since yesterday, and the original before it; the Finnish ones the
    # original all along. So the row is in the Swedish pages' index but not shown there now.
    translate(event, "sv", title="Körens julfest", visible_from=now - datetime.timedelta(days=1))
    finnish, swedish = (Locale.objects.get(language_code=code).pk for code in ("fi", "sv"))
    assert {search_rows.pair(lapland.pk, finnish), search_rows.pair(lapland.pk, swedish)} <= shown_in(event)

    for language, expected in (("fi", 1), ("sv", 0)):
        batch = ListingSearchBatch(lapland, language, "konsertti")
        assert batch.count(Event) == len(list(batch.results(Event))) == expected, language
