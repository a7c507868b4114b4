"""The statistics pages and exports: who reaches which, and the exports read back with the page's figures."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from accounts.factories import UserFactory
from reports.statistics import METRIC_LABELS, Period, organisation_statistics, region_statistics

from .conftest import YEAR

pytestmark = pytest.mark.django_db

SEASON = f"?start={YEAR}-01-01&end={YEAR}-12-31"
ORGANISATION_VIEWS = ["organisation", "season_report", "season_report_csv", "season_report_xlsx"]
REGION_VIEWS = ["region", "region_csv", "region_xlsx"]
NATIONAL_VIEWS = ["national", "national_csv", "national_xlsx"]


def refused(response):
    """The admin's refusal: back to the dashboard (Wagtail's answer to PermissionDenied), or 403."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def label(metric):
    """A figure's name as the admin (in Finnish) writes it."""
    with translation.override("fi"):
        return str(METRIC_LABELS[metric])


def url(name, *args):
    return reverse(f"reports_admin:{name}", args=args) + SEASON


def test_a_member_sees_their_organisations_statistics_only(client, network):
    client.force_login(network["member"])
    for name in ORGANISATION_VIEWS:
        assert client.get(url(name, network["own"].pk)).status_code == 200, name
        assert refused(client.get(url(name, network["neighbour"].pk))), name
        assert refused(client.get(url(name, network["karelian"].pk))), name
    for name in REGION_VIEWS:
        assert refused(client.get(url(name, network["own"].region_id))), name
    for name in NATIONAL_VIEWS:
        assert refused(client.get(url(name))), name


def test_a_coordinator_sees_their_regions_organisations_and_region_only(client, network, lapland, north_karelia):
    client.force_login(network["coordinator"])
    for name in ORGANISATION_VIEWS:
        assert client.get(url(name, network["own"].pk)).status_code == 200, name
        assert client.get(url(name, network["neighbour"].pk)).status_code == 200, name
        assert refused(client.get(url(name, network["karelian"].pk))), name
    for name in REGION_VIEWS:
        assert client.get(url(name, lapland.pk)).status_code == 200, name
        assert refused(client.get(url(name, north_karelia.pk))), name
    for name in NATIONAL_VIEWS:
        assert refused(client.get(url(name))), name


def test_the_national_coordinator_sees_every_view(client, network, lapland, north_karelia):
    client.force_login(network["national_coordinator"])
    for name in ORGANISATION_VIEWS:
        assert client.get(url(name, network["karelian"].pk)).status_code == 200, name
    for name in REGION_VIEWS:
        assert client.get(url(name, north_karelia.pk)).status_code == 200, name
    for name in NATIONAL_VIEWS:
        assert client.get(url(name)).status_code == 200, name


def test_anonymous_visitors_are_sent_to_the_login(client, network):
    for name in ORGANISATION_VIEWS:
        response = client.get(url(name, network["own"].pk))
        assert response.status_code == 302 and "login" in response["Location"]


def test_the_national_view_sums_the_regions(network, national, lapland, north_karelia):
    period = Period.season(YEAR)
    regions = [national, lapland, north_karelia]
    whole = region_statistics([region.pk for region in regions], period)
    for figure in ("organisations", "active_organisations", "published", "submissions", "decided"):
        separately = sum(region_statistics([region.pk], period).total(figure) for region in regions)
        assert whole.total(figure) == separately, figure
    assert region_statistics([lapland.pk], period).total("organisations") == 2
    assert region_statistics([lapland.pk], period).total("active_organisations") == 1


def test_the_xlsx_export_reads_back_with_the_reports_numbers(client, network):
    client.force_login(network["member"])
    response = client.get(url("season_report_xlsx", network["own"].pk))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    stats = organisation_statistics([network["own"].pk], Period.season(YEAR))
    totals = {row[0]: row[1] for row in workbook.worksheets[0].iter_rows(min_row=4, values_only=True)}
    assert totals[label("participants")] == stats.totals["participants"] == 44
    assert totals[label("signups")] == stats.totals["signups"] == 7
    assert totals[label("volunteer_hours")] == float(stats.totals["volunteer_hours"]) == 18.5
    by_listing = {row[0]: row for row in workbook.worksheets[2].iter_rows(min_row=4, values_only=True)}
    assert by_listing["Kuoro"][3] == 37


def test_the_csv_export_holds_the_same_totals(client, network):
    client.force_login(network["member"])
    response = client.get(url("season_report_csv", network["own"].pk))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [label("participants"), "44", "7", "529"] in rows


def test_the_statistics_page_shows_charts_with_text_alternatives_and_the_tables(client, network):
    client.force_login(network["member"])
    response = client.get(url("organisation", network["own"].pk))
    html = response.content.decode()
    assert html.count('role="img"') == 3
    assert '<title id="chart-months-title">' in html and '<desc id="chart-months-desc">' in html
    assert html.count("<caption>") == 3
    assert ">44<" in html


@pytest.mark.parametrize(
    "query",
    ["?start=2025-05-01&end=2025-01-01", "?start=2025-01-01", "?start=1900-01-01&end=1900-02-01", "?start=x&end=y"],
)
def test_a_bad_period_gets_a_clear_message_and_the_current_season(client, network, query):
    client.force_login(network["member"])
    response = client.get(reverse("reports_admin:organisation", args=[network["own"].pk]) + query)
    assert response.status_code == 200
    assert 'class="error-message"' in response.content.decode()


def test_the_statistics_menu_entry_is_for_members_and_coordinators(client, network):
    client.force_login(network["member"])
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("reports_admin:index") in home and "Tilastot" in home
    client.force_login(network["coordinator"])
    assert reverse("reports_admin:index") in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = UserFactory(email="toimittaja@example.org", is_superuser=False)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("reports_admin:index") not in response.content.decode()
    assert client.get(reverse("reports_admin:index")).status_code == 302
