"""At 390 px (a phone) the first listing shows on the first screen, and the folded menu works by keyboard."""

import datetime

import pytest
from django.utils import timezone

from listings.factories import EventFactory

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
HOST = "lappilaiset.localhost"
ALL_IMPACTS = ("minor", "moderate", "serious", "critical")


@pytest.fixture
def events(lapland):
    now = timezone.now()
    for day in range(1, 4):
        EventFactory(municipality_codes=["698"], starts_at=now + datetime.timedelta(days=day))


@pytest.mark.parametrize("language, path", [("fi", "/fi/tapahtumat/"), ("sv", "/sv/evenemang/")])
def test_the_first_listing_shows_on_the_first_screen_of_a_phone(events, page, site_url, language, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url(HOST, path))
    title = page.locator(".listing-card").first.locator("h3, h2").first
    box = title.bounding_box()
    assert box is not None
    assert box["y"] + box["height"] <= PHONE["height"], f"the first card's title ends at {box['y'] + box['height']} px"
    # The folded parts are closed: the menu's links and the filter fields are out of sight until opened.
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".listing-filter").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    violations = axe_violations(page, impacts=ALL_IMPACTS)
    assert not violations, format_violations(violations)


def test_the_menu_opens_and_closes_by_keyboard(events, page, site_url):
    page.set_viewport_size(PHONE)
    page.goto(site_url(HOST, "/fi/tapahtumat/"))
    toggle = page.locator(".site-menu__toggle")
    for _tab in range(6):
        page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the menu toggle was not reached by Tab")
    assert toggle.inner_text().strip() == "Valikko"
    page.keyboard.press("Enter")
    nav_link = page.locator(".site-nav a").first
    assert nav_link.is_visible()
    assert page.locator(".site-menu").get_attribute("open") is not None
    # The next Tab goes into the opened menu (its search field first).
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "site-search-query"
    toggle.focus()
    page.keyboard.press("Enter")
    assert not nav_link.is_visible()
    violations = axe_violations(page, impacts=ALL_IMPACTS)
    assert not violations, format_violations(violations)


def test_a_wide_screen_shows_the_menu_and_the_filters_without_toggles(events, page, site_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url(HOST, "/fi/tapahtumat/"))
    assert page.locator(".site-nav a").first.is_visible()
    assert page.locator(".listing-filter").is_visible()
    assert not page.locator(".site-menu__toggle").is_visible()
    assert not page.locator(".listing-filter-toggle > summary").is_visible()


def test_filters_stay_open_while_they_are_on(events, page, site_url):
    page.set_viewport_size(PHONE)
    page.goto(site_url(HOST, "/fi/tapahtumat/?free=on"))
    assert page.locator(".listing-filter").is_visible()
