"""JSON-LD on every detail page: it parses, and carries what search engines read (offers, jobs, events)."""

import json
import re

import pytest

from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    NewsItemFactory,
    ProjectFactory,
    SpaceFactory,
    StoryFactory,
    VolunteerTaskFactory,
)
from organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
LAPLAND = "lappilaiset.localhost"


def structured_data(client, path):
    response = client.get(path, HTTP_HOST=LAPLAND)
    assert response.status_code == 200
    (text,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    data = json.loads(text)
    assert data["@context"] == "https://schema.org"
    return data


def detail(listing, section):
    return f"/fi/{section}/{listing.pk}-{listing.slug}/"


def test_an_event_has_its_organiser_place_and_priced_offer(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], place_name="Kulttuuritalo", price="12,50 €", is_free=False)
    data = structured_data(client, detail(event, "tapahtumat"))
    assert data["@type"] == "Event" and data["startDate"]
    assert data["organizer"] == {
        "@type": "Organization",
        "name": event.organisation.name,
        "url": event.organisation.website,
    }
    assert data["location"]["name"] == "Kulttuuritalo"
    assert data["location"]["address"]["addressLocality"] == "Rovaniemi"
    assert (data["offers"]["price"], data["offers"]["priceCurrency"]) == ("12.50", "EUR")


def test_a_free_event_offers_at_price_zero(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], is_free=True, price="")
    offers = structured_data(client, detail(event, "tapahtumat"))["offers"]
    assert (offers["price"], offers["priceCurrency"]) == (0, "EUR")


@pytest.mark.parametrize(
    ("factory", "section", "employment_type"),
    [(JobFactory, "tyopaikat", None), (VolunteerTaskFactory, "vapaaehtoistehtavat", "VOLUNTEER")],
)
def test_jobs_and_volunteer_tasks_are_job_postings(client, lapland, factory, section, employment_type):
    listing = factory(municipality_codes=[ROVANIEMI])
    data = structured_data(client, detail(listing, section))
    assert data["@type"] == "JobPosting" and data["title"] == listing.title and data["datePosted"]
    assert data["hiringOrganization"]["name"] == listing.organisation.name
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressCountry": "FI", "addressLocality": "Rovaniemi"},
    }
    if employment_type:
        assert data["employmentType"] == employment_type


def test_an_activity_is_an_event_with_organiser_and_place(client, lapland):
    activity = ActivityFactory(municipality_codes=[ROVANIEMI])
    data = structured_data(client, detail(activity, "toiminta"))
    assert data["@type"] == "Event"
    assert data["organizer"]["name"] == activity.organisation.name
    assert data["location"]["address"]["addressLocality"] == "Rovaniemi"


@pytest.mark.parametrize(
    ("factory", "section", "schema_type", "name_field"),
    [
        (ProjectFactory, "hankkeet", "Project", "name"),
        (NewsItemFactory, "ajankohtaista", "NewsArticle", "headline"),
        (SpaceFactory, "tilat", "Place", "name"),
        (StoryFactory, "tarinat", "Article", "headline"),
    ],
)
def test_the_other_types_parse_with_their_type_and_name(client, lapland, factory, section, schema_type, name_field):
    listing = factory(municipality_codes=[ROVANIEMI])
    data = structured_data(client, detail(listing, section))
    assert data["@type"] == schema_type and data[name_field] == listing.title


def test_an_organisation_page_describes_the_organisation(client, lapland):
    organisation = OrganisationFactory(name="Napapiirin Nuoret ry")
    data = structured_data(client, f"/fi/toimijat/{organisation.pk}-{organisation.slug}/")
    assert data["@type"] == "Organization" and data["name"] == "Napapiirin Nuoret ry"
    assert data["address"]["addressLocality"] == "Rovaniemi"
