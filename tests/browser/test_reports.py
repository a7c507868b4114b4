"""Statistics in a real browser: the pages and their charts pass axe-core in Finnish and Swedish, and the
season report prints on A4 pages without running over their edge."""

import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from ..reports.conftest import YEAR, build_network
from .conftest import axe_violations, format_violations
from .test_front_page import WAGTAIL_CHROME

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"
PASSWORD = "Selain-salasana-2025"
SEASON = f"?start={YEAR}-01-01&end={YEAR}-12-31"
#: A4 in PostScript points (1/72 inch): 210 × 297 mm.
A4_POINTS = (595.28, 841.89)


@pytest.fixture
def statistics_network(national, lapland, north_karelia):
    network = build_network(national, lapland, north_karelia)
    for name in ("member", "coordinator"):
        network[name].set_password(PASSWORD)
        network[name].save()
    return network


def _log_in(page, site_url, email):
    page.goto(site_url(HOST, "/admin/login/"))
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def _check(page, site_url, user, paths):
    failures = []
    for language in ("fi", "sv"):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        for path in paths:
            response = page.goto(site_url(HOST, path))
            assert response.status == 200, f"{path} answered {response.status}"
            violations = axe_violations(page, exclude=WAGTAIL_CHROME)
            if violations:
                failures.append(f"{language} {path}:\n{format_violations(violations)}")
    return failures


def test_the_statistics_pages_pass_axe_in_finnish_and_swedish(statistics_network, page, site_url, lapland):
    network = statistics_network
    own = network["own"].pk
    _log_in(page, site_url, network["member"].email)
    failures = _check(
        page,
        site_url,
        network["member"],
        [
            reverse("reports_admin:organisation", args=[own]) + SEASON,
            reverse("reports_admin:season_report", args=[own]) + SEASON,
            reverse("reports_admin:organisation", args=[own]) + "?start=2025-05-01&end=2025-01-01",
            reverse("reports_admin:month_entry") + f"?activity=x&month={YEAR}-09",
            reverse("wagtailsnippets_reports_activityrecord:add"),
        ],
    )
    page.goto(site_url(HOST, reverse("reports_admin:organisation", args=[own]) + SEASON))
    assert page.locator("svg[role=img]").count() == 3
    assert page.locator("svg[role=img] rect[width]:not([width='0.0'])").count() > 3
    page.context.clear_cookies()
    _log_in(page, site_url, network["coordinator"].email)
    failures += _check(
        page, site_url, network["coordinator"], [reverse("reports_admin:region", args=[lapland.pk]) + SEASON]
    )
    assert not failures, "\n\n".join(failures)


def test_the_season_report_prints_on_a4_pages(statistics_network, page, site_url):
    network = statistics_network
    _log_in(page, site_url, network["member"].email)
    page.goto(site_url(HOST, reverse("reports_admin:season_report", args=[network["own"].pk]) + SEASON))
    page.emulate_media(media="print")
    # The printable width of A4 with the report's margins (210 mm − 2 × 14 mm) at 96 px per inch.
    printable = round((210 - 28) / 25.4 * 96)
    page.set_viewport_size({"width": printable, "height": 1000})
    overflow = page.evaluate("() => document.documentElement.scrollWidth")
    assert overflow <= printable, f"the printed report is {overflow}px wide on a {printable}px wide page"
    assert not page.locator(".season-report__tools").is_visible()
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert boxes, "the PDF has no pages"
    for width, height in boxes:
        assert abs(float(width) - A4_POINTS[0]) < 2 and abs(float(height) - A4_POINTS[1]) < 2, (width, height)
