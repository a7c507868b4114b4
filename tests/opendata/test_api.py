"""The JSON API (/api/v1/): the section pages' items and order, visibility per type, errors, HTTP behaviour."""

import datetime
import json

import pytest
from django.test import override_settings
from django.utils import timezone

from listings import factories, registry
from listings.factories import EventFactory, JobFactory, SpaceFactory, translate
from organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
KEMI = "240"
JOENSUU = "167"
LAPLAND = "lappilaiset.localhost"


def api(client, path, host=LAPLAND, **headers):
    return client.get(f"/api/v1/{path}", HTTP_HOST=host, **headers)


def page_titles(client, path):
    response = client.get(path, HTTP_HOST=LAPLAND)
    assert response.status_code == 200
    return [getattr(item, "title", None) or item.name for item in response.context["listings"]]


def api_titles(client, path):
    response = api(client, path)
    assert response.status_code == 200, response.content
    return [item.get("title") or item.get("name") for item in response.json()["results"]]


@pytest.fixture
def events(lapland):
    soon = timezone.now() + datetime.timedelta(days=2)
    EventFactory(
        municipality_codes=[ROVANIEMI], title="Kuorokonsertti", topic_slugs=["kulttuuri"], is_free=True, starts_at=soon
    )
    EventFactory(
        municipality_codes=[KEMI],
        title="Lentopallo",
        topic_slugs=["liikunta"],
        audience_slugs=["nuoret"],
        is_free=False,
        starts_at=soon + datetime.timedelta(days=1),
    )
    EventFactory(
        municipality_codes=[KEMI],
        title="Kevätkonsertti",
        topic_slugs=["kulttuuri"],
        is_free=False,
        is_online=True,
        starts_at=soon + datetime.timedelta(days=40),
    )
    EventFactory(municipality_codes=[JOENSUU], title="Joensuun konsertti")


SAMPLES = [
    ("tapahtumat", "events", ""),
    ("tapahtumat", "events", f"municipality={KEMI}"),
    ("tapahtumat", "events", "topic=kulttuuri"),
    ("tapahtumat", "events", "audience=nuoret"),
    ("tapahtumat", "events", "q=lentopallo"),
    ("tapahtumat", "events", "free=on"),
    ("tapahtumat", "events", "online=on&topic=kulttuuri"),
    ("tapahtumat", "events", "when=month"),
    ("tyopaikat", "jobs", "kind=internship"),
    ("tilat", "spaces", "capacity=30"),
    ("toimijat", "organisations", ""),
    ("toimijat", "organisations", f"municipality={KEMI}"),
]


@pytest.mark.parametrize(("section", "key", "query"), SAMPLES)
def test_the_api_lists_what_the_section_page_lists_in_its_order(client, events, section, key, query):
    JobFactory(municipality_codes=[ROVANIEMI], title="Harjoittelija", kind="internship")
    JobFactory(municipality_codes=[KEMI], title="Toiminnanjohtaja", kind="job")
    SpaceFactory(municipality_codes=[KEMI], title="Iso sali", capacity=100)
    SpaceFactory(municipality_codes=[ROVANIEMI], title="Kerhohuone", capacity=10)
    OrganisationFactory(name="Kemin kyläyhdistys", municipality_code=KEMI)
    page = page_titles(client, f"/fi/{section}/?{query}")
    assert api_titles(client, f"{key}/?{query}&language=fi&limit=100") == page
    if key == "events" and not query:
        assert page == ["Kuorokonsertti", "Lentopallo", "Kevätkonsertti"]


def test_a_list_pages_through_its_items(client, events):
    first = api(client, "events/?limit=2").json()
    assert (first["count"], first["pages"], len(first["results"])) == (3, 2, 2)
    second = api(client, "events/?limit=2&page=2").json()
    assert [item["title"] for item in second["results"]] == ["Kevätkonsertti"]
    beyond = api(client, "events/?limit=2&page=3")
    assert beyond.status_code == 404 and "3" in beyond.json()["detail"]


def test_a_filtered_list_counts_and_reads_its_page_in_one_placements_query(client, events):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = api(client, "events/?topic=kulttuuri&limit=1&page=2")
    assert response.status_code == 200
    assert response.json()["count"] == 2
    assert [item["title"] for item in response.json()["results"]] == ["Kevätkonsertti"]
    assert sum("listings_listingplacement" in query["sql"] for query in queries.captured_queries) == 1
    beyond = api(client, "events/?topic=kulttuuri&limit=1&page=9")
    assert beyond.status_code == 404


def _factory(record):
    if not record.is_listing:
        return None
    return getattr(factories, f"{record.model_class().__name__}Factory")


@pytest.mark.parametrize("record", registry.listing_types(), ids=lambda record: record.key)
def test_no_draft_expired_or_out_of_region_item_in_any_response(client, lapland, north_karelia, record):
    factory = _factory(record)
    shown = factory(municipality_codes=[ROVANIEMI], title="Näkyvä", submitter_email="lahettaja@example.org")
    hidden = [
        factory(municipality_codes=[ROVANIEMI], draft=True, title="Luonnos"),
        factory(municipality_codes=[ROVANIEMI], expired=True, title="Vanhentunut"),
        factory(municipality_codes=[JOENSUU], title="Joensuussa"),
    ]
    for language in ("fi", "sv", "en"):
        body = api(client, f"{record.key}/?language={language}&limit=100").content.decode()
        listed = json.loads(body)["results"]
        assert [item["id"] for item in listed] == [shown.pk]
        assert "lahettaja@example.org" not in body and "submitter" not in body
    assert api(client, f"{record.key}/{shown.pk}/").status_code == 200
    for listing in hidden:
        response = api(client, f"{record.key}/{listing.pk}/")
        assert response.status_code == 404
        assert response.json()["detail"]
    # Joensuu's item is on its own region's site.
    assert api(client, f"{record.key}/{hidden[2].pk}/?site=jelli").status_code == 200


def test_organisations_hide_drafts_and_other_regions(client, lapland):
    shown = OrganisationFactory(name="Rovaniemen kyläyhdistys")
    draft = OrganisationFactory(name="Luonnosyhdistys", draft=True)
    elsewhere = OrganisationFactory(name="Joensuun yhdistys", municipality_code=JOENSUU)
    names = [item["name"] for item in api(client, "organisations/?limit=100").json()["results"]]
    assert names == ["Rovaniemen kyläyhdistys"]
    assert api(client, f"organisations/{shown.pk}/").json()["email"] == shown.email
    for organisation in (draft, elsewhere):
        assert api(client, f"organisations/{organisation.pk}/").status_code == 404


def test_a_listing_comes_in_its_translation_or_else_its_original(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Konsertti")
    swedish = translate(event, "sv", title="Konsert")
    assert api(client, "events/?language=sv").json()["results"][0]["title"] == "Konsert"
    english = api(client, "events/?language=en").json()["results"][0]
    assert (english["title"], english["language"]) == ("Konsertti", "fi")
    detail = api(client, f"events/{event.pk}/?language=sv").json()
    assert (detail["id"], detail["title"], detail["original_language"]) == (swedish.pk, "Konsert", "fi")
    assert detail["url"].endswith(f"/sv/evenemang/{swedish.pk}-{swedish.slug}/")
    assert detail["starts_at"] and detail["contact"]["email"] == event.contact_email


def test_bad_parameters_get_400_with_a_message_and_unknown_ids_404(client, lapland):
    cases = {
        "events/?language=de": 400,
        "events/?limit=1000": 400,
        "events/?page=0": 400,
        f"events/?municipality={JOENSUU}": 400,
        "events/?date_from=2026-02-30": 400,
        "events/?date_from=9999-12-31": 400,
        "events/?site=nowhere": 400,
        "events/abc/": 400,
        "events/99999999/": 404,
        "events/99999999999999999999999/": 400,
        "sites/nowhere/": 404,
    }
    for path, status in cases.items():
        response = api(client, path)
        assert response.status_code == status, (path, response.content)
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["detail"], path
    municipality = api(client, f"events/?municipality={JOENSUU}&language=fi").json()
    assert "Kunta" in municipality["errors"][0]


def test_conditional_get_answers_304(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    listed = api(client, "events/")
    assert listed["ETag"]
    assert api(client, "events/", HTTP_IF_NONE_MATCH=listed["ETag"]).status_code == 304
    detail = api(client, f"events/{event.pk}/")
    assert detail["Last-Modified"] and detail["ETag"]
    assert api(client, f"events/{event.pk}/", HTTP_IF_MODIFIED_SINCE=detail["Last-Modified"]).status_code == 304
    event.title = "Uusi nimi"
    event.save()
    assert api(client, "events/", HTTP_IF_NONE_MATCH=listed["ETag"]).status_code == 200


def test_any_origin_may_read_it(client, lapland):
    response = api(client, "topics/", HTTP_ORIGIN="https://kunta.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/api/v1/events/", HTTP_HOST=LAPLAND, HTTP_ORIGIN="https://kunta.example")
    assert preflight.status_code == 204 and preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]


@override_settings(OPENDATA_API_RATE_LIMIT="3/m")
def test_anonymous_clients_are_rate_limited(client, lapland):
    statuses = [api(client, "topics/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = api(client, "topics/?language=fi")
    assert limited.json()["detail"] and limited["Access-Control-Allow-Origin"] == "*"


def test_the_catalogue(client, lapland, national):
    sites = api(client, "sites/").json()
    assert {"toimeksi", "lappilaiset"} <= {site["slug"] for site in sites}
    lapland_site = api(client, "sites/lappilaiset/").json()
    assert ROVANIEMI in lapland_site["municipalities"] and JOENSUU not in lapland_site["municipalities"]
    codes = {item["code"] for item in api(client, "municipalities/?site=lappilaiset").json()}
    assert ROVANIEMI in codes and JOENSUU not in codes
    swedish = {item["slug"]: item["name"] for item in api(client, "topics/?language=sv").json()}
    assert swedish["kulttuuri"] == "Kultur"
    assert api(client, "audiences/").json()


def test_openapi_and_the_docs_page_load_nothing_from_elsewhere(client, lapland):
    description = api(client, "openapi.json").json()
    paths = description["paths"]
    for record in registry.TYPES:
        assert f"/api/v1/{record.key}/" in paths and f"/api/v1/{record.key}/{{id}}/" in paths
    parameters = {parameter["name"] for parameter in paths["/api/v1/events/"]["get"]["parameters"]}
    assert {"municipality", "topic", "audience", "q", "when", "date_from", "free", "online", "site", "language"} <= (
        parameters
    )
    docs = api(client, "docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui-bundle.js" in html and "cdn" not in html.lower() and "https://" not in html
    policy = docs["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
