"""Finnish-aware search (core.search_terms): inflections, compounds, place and organisation names, Swedish stems.

The cases are data (search_cases.yaml); every one goes through the site
search as a reader's request, on SQLite and on PostgreSQL alike.
"""

import datetime
from pathlib import Path

import pytest
import yaml
from django.utils import timezone
from django.utils.text import slugify

from core import search_terms
from listings.factories import EventFactory, translate
from organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
DATA = yaml.safe_load((Path(__file__).parent / "search_cases.yaml").read_text(encoding="utf-8"))
SEARCH_PAGES = {"fi": "/fi/haku/", "sv": "/sv/sok/"}


def build_items():
    """The cases' items as events (with their Swedish translations); {key: {language: title}}."""
    titles = {}
    for number, item in enumerate(DATA["items"]):
        organisation = OrganisationFactory(
            name=item["organisation"], slug=slugify(item["organisation"]), municipality_code=item["municipality"]
        )
        event = EventFactory(
            organisation=organisation,
            municipality_codes=[item["municipality"]],
            title=item["title"],
            summary=item["summary"],
            body="",
            starts_at=timezone.now() + datetime.timedelta(days=3 + number),
        )
        titles[item["key"]] = {"fi": item["title"]}
        if "sv" in item:
            translate(event, "sv", body="", **item["sv"])
            titles[item["key"]]["sv"] = item["sv"]["title"]
    return titles


def found_titles(client, language, query):
    response = client.get(SEARCH_PAGES[language], {"q": query, "type": "events"}, HTTP_HOST=HOST)
    assert response.status_code == 200
    return [listing.title for listing in response.context["results_page"].object_list]


@pytest.fixture
def no_voikko(monkeypatch):
    """Search as on a machine without the optional Voikko package."""
    monkeypatch.setattr(search_terms, "voikko", lambda: None)
    search_terms._analyses.cache_clear()
    yield
    search_terms._analyses.cache_clear()


def test_the_cases_cover_both_languages():
    languages = [case["language"] for case in DATA["cases"]]
    assert languages.count("fi") >= 30
    assert languages.count("sv") >= 10
    keys = {item["key"] for item in DATA["items"]}
    assert {case["expect"] for case in DATA["cases"]} <= keys


@pytest.mark.skipif(not search_terms.voikko_available(), reason="Voikko (requirements-voikko.txt) is not installed")
def test_every_query_finds_its_item(client, lapland, monkeypatch):
    titles = build_items()
    missed = []
    for case in DATA["cases"]:
        expected = titles[case["expect"]][case["language"]]
        found = found_titles(client, case["language"], case["query"])
        if expected not in found:
            missed.append((case["language"], case["query"], expected, found))
    assert missed == [], "\n".join(map(str, missed))

    # A query asks for its words' whole base forms, not their compound parts ("kirppu", "tori"),
    # and for every word.
    assert found_titles(client, "fi", "kirpputorille") == [titles["flea"]["fi"]]
    assert found_titles(client, "fi", "kuoro Kemissä") == []

    # The index holds the Snowball stems too: it answers a machine without Voikko.
    monkeypatch.setattr(search_terms, "voikko", lambda: None)
    search_terms._analyses.cache_clear()
    try:
        assert titles["choir"]["fi"] in found_titles(client, "fi", "kuoroa")
    finally:
        search_terms._analyses.cache_clear()


def test_without_voikko_inflections_still_match_by_stem(client, lapland, no_voikko):
    titles = build_items()
    assert titles["choir"]["fi"] in found_titles(client, "fi", "kuoroa")
    assert titles["flea"]["fi"] in found_titles(client, "fi", "kirpputoreja")
    assert titles["choir"]["fi"] in found_titles(client, "fi", "Rovaniemi")
    assert titles["choir"]["sv"] in found_titles(client, "sv", "körer")


ODD_QUERIES = ['"', "'", "AND OR NOT", "NEAR(", "kuoro*", "-", "ä" * 250, "😀", "a:b ^"]


@pytest.mark.parametrize("voikko", [True, False])
def test_no_query_answers_with_an_error(client, lapland, monkeypatch, voikko):
    if not voikko:
        monkeypatch.setattr(search_terms, "voikko", lambda: None)
    EventFactory(municipality_codes=["698"], title="Kuoron konsertti")
    try:
        for query in ODD_QUERIES:
            for path, extra in [
                ("/fi/haku/", {}),
                ("/sv/sok/", {"type": "events"}),
                ("/fi/tapahtumat/", {}),
                ("/fi/toimijat/", {}),
            ]:
                response = client.get(path, {"q": query, **extra}, HTTP_HOST=HOST)
                assert response.status_code == 200, (path, query)
    finally:
        search_terms._analyses.cache_clear()


def test_search_words_on_the_events_list_keep_the_date_order(client, lapland):
    now = timezone.now()
    # Created in another order than they take place.
    for days, title in [(9, "Kevätkonsertti"), (2, "Kuoron konsertti"), (5, "Joulukonsertti"), (4, "Teatteri")]:
        EventFactory(municipality_codes=["698"], title=title, starts_at=now + datetime.timedelta(days=days))
    response = client.get("/fi/tapahtumat/", {"q": "konsertti"}, HTTP_HOST=HOST)
    assert [listing.title for listing in response.context["listings"]] == [
        "Kuoron konsertti",
        "Joulukonsertti",
        "Kevätkonsertti",
    ]


def test_the_site_search_ranks_by_relevance_with_a_stable_order(client, lapland):
    EventFactory(municipality_codes=["698"], title="Kirjaston lukupiiri", summary="Puhumme myös konsertista.")
    EventFactory(municipality_codes=["698"], title="Konsertti kirkossa", summary="Konsertti kaikille.")
    first = found_titles(client, "fi", "konsertti")
    assert first[0] == "Konsertti kirkossa"
    assert found_titles(client, "fi", "konsertti") == first


def test_organisation_names_are_searchable_in_the_organisation_directory(client, lapland):
    OrganisationFactory(name="Rovaniemen Kamarikuoro ry", slug="rovaniemen-kamarikuoro", municipality_code="698")
    OrganisationFactory(name="Kemin Latu ry", slug="kemin-latu", municipality_code="240")
    response = client.get("/fi/toimijat/", {"q": "kuoroon"}, HTTP_HOST=HOST)
    assert [organisation.name for organisation in response.context["listings"]] == ["Rovaniemen Kamarikuoro ry"]
