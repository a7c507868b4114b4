"""Rendered cards are reused from the cache, and never outlive what they show."""

import pytest

from listings.factories import EventFactory
from organisations.factories import OrganisationFactory
from organisations.models import Organisation

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
LAPLAND = "lappilaiset.localhost"


def page_html(client, path="/fi/tapahtumat/"):
    return client.get(path, HTTP_HOST=LAPLAND).content.decode()


def test_a_card_is_rendered_once_and_then_reused(client, lapland):
    organisation = OrganisationFactory(name="Napapiirin kuoro ry", municipality_code=ROVANIEMI)
    EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti", organisation=organisation)
    assert "Napapiirin kuoro ry" in page_html(client)

    # A change that skips the signals (and so the cache) shows that the second page reused the card.
    Organisation.objects.filter(pk=organisation.pk).update(name="Uusi nimi ry")
    assert "Napapiirin kuoro ry" in page_html(client)


def test_saving_the_listing_or_its_organisation_renders_the_card_again(client, lapland):
    organisation = OrganisationFactory(name="Napapiirin kuoro ry", municipality_code=ROVANIEMI)
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti", organisation=organisation)
    assert "Kevätkonsertti" in page_html(client)

    event.title = "Syyskonsertti"
    event.save()
    html = page_html(client)
    assert "Syyskonsertti" in html and "Kevätkonsertti" not in html

    organisation.name = "Uusi nimi ry"
    organisation.save()
    html = page_html(client)
    assert "Uusi nimi ry" in html and "Napapiirin kuoro ry" not in html


def test_each_language_has_its_own_card(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti", is_free=True)
    assert "Maksuton" in page_html(client)
    swedish = page_html(client, "/sv/evenemang/")
    assert "Avgiftsfri" in swedish and "Maksuton" not in swedish


def test_renaming_a_municipality_renders_the_cards_again(client, lapland):
    from regions.models import Municipality

    EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti")
    assert "Rovaniemi" in page_html(client)
    rovaniemi = Municipality.objects.get(code=ROVANIEMI)
    rovaniemi.name_fi = "Napakaupunki"
    rovaniemi.save()
    assert "Napakaupunki" in page_html(client)


def test_a_coverage_change_shows_in_the_municipality_filter(client, north_karelia):
    from regions.models import Municipality

    def offered():
        form = client.get("/fi/tapahtumat/", HTTP_HOST="jelli.localhost").context["filter_form"]
        return {code for code, _name in form.fields["municipality"].choices}

    assert ROVANIEMI not in offered()
    north_karelia.coverage.add(Municipality.objects.get(code=ROVANIEMI))
    assert ROVANIEMI in offered()


def test_a_detail_page_reuses_its_facts_until_the_listing_is_saved(client, lapland, django_assert_max_num_queries):
    from topics.models import Topic

    event = EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti", topic_slugs=["kulttuuri"])
    path = f"/fi/tapahtumat/{event.pk}-{event.slug}/"
    culture = Topic.objects.get(slug="kulttuuri").label
    assert culture in page_html(client, path)

    # Skipping the signals shows the cached fragment is reused, and a warm page reads no places or topics.
    Topic.objects.filter(slug="kulttuuri").update(name="Muutettu aihe")
    # Six, and one for the listing's translations (the language switch and hreflang alternates).
    with django_assert_max_num_queries(7) as queries:
        assert culture in page_html(client, path)
    assert not any("topics_topic" in query["sql"] for query in queries.captured_queries)

    event.save()
    assert "Muutettu aihe" in page_html(client, path)
