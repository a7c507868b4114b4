"""The listing sections in a real browser: axe-core on every list and detail page, and the filters by keyboard."""

import pytest

from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectFactory,
    SpaceFactory,
    StaffMemberFactory,
    StoryFactory,
    VolunteerTaskFactory,
    translate,
)

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"
ROVANIEMI = "698"
KEMI = "240"

SECTIONS = [
    ("tapahtumat", EventFactory),
    ("toiminta", ActivityFactory),
    ("vapaaehtoistehtavat", VolunteerTaskFactory),
    ("tyopaikat", JobFactory),
    ("hankkeet", ProjectFactory),
    ("ajankohtaista", NewsItemFactory),
    ("tilat", SpaceFactory),
    ("tarinat", StoryFactory),
]


@pytest.fixture
def listings(national, lapland):
    organisation = OrganisationFactory(name="Napapiirin Testiyhdistys ry", municipality_code=ROVANIEMI)
    details = {}
    for section, factory in SECTIONS:
        listing = factory(organisation=organisation, with_image=True, audience_slugs=["kaikille", "nuoret"])
        factory(organisation=organisation, municipality_codes=[KEMI], title=f"Kemin kohde ({section})")
        details[section] = listing
    swedish = EventFactory(organisation=organisation, title="Talkoot rannalla")
    translate(swedish, "sv", title="Talko på stranden")
    StaffMemberFactory(organisation=organisation, title="Testi Työntekijä")
    return organisation, details


def check(page, url, failures):
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    violations = axe_violations(page)
    if violations:
        failures.append(f"{url}:\n{format_violations(violations)}")


def test_every_section_and_detail_page_passes_axe(listings, page, site_url):
    organisation, details = listings
    failures = []
    for section, _factory in SECTIONS:
        check(page, site_url(HOST, f"/fi/{section}/"), failures)
        listing = details[section]
        check(page, site_url(HOST, f"/fi/{section}/{listing.pk}-{listing.slug}/"), failures)
    check(page, site_url(HOST, "/fi/toimijat/"), failures)
    check(page, site_url(HOST, f"/fi/toimijat/{organisation.pk}-{organisation.slug}/"), failures)
    check(page, site_url(HOST, "/sv/evenemang/"), failures)
    check(page, site_url(HOST, "/fi/tapahtumat/?municipality=999&topic=kulttuuri"), failures)
    check(page, site_url(HOST, "/fi/tapahtumat/arkisto/"), failures)
    check(page, site_url(HOST, "/fi/haku/?q=kohde"), failures)
    assert not failures, "\n\n".join(failures)


def test_the_filter_form_works_with_the_keyboard_only(listings, page, site_url):
    page.goto(site_url(HOST, "/fi/tapahtumat/"))
    municipality = page.locator("#id_municipality")
    # Tab from the top of the page until the municipality field has focus.
    for _step in range(60):
        page.keyboard.press("Tab")
        if municipality.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("The municipality filter cannot be reached with the Tab key.")
    page.keyboard.type("Kemi")  # a closed select picks the first option starting with what is typed
    assert municipality.input_value() == KEMI
    page.keyboard.press("Shift+Tab")  # back to the search words field
    with page.expect_navigation():
        page.keyboard.press("Enter")  # implicit submission, as from any text field
    assert f"municipality={KEMI}" in page.url
    # The title is the link's own text; its date and organiser follow for screen readers only.
    titles = page.locator(".listing-card__title a").evaluate_all("links => links.map(a => a.firstChild.textContent)")
    assert titles == ["Kemin kohde (tapahtumat)"]
    assert page.locator("#id_municipality").input_value() == KEMI
