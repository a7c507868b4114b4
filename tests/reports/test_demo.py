"""The demo's records: `member@example.org` opens a season report of their organisation with non-empty charts,
whose totals are what the demo's records and sign-ups add up to, and whose XLSX export reads back the same."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from accounts.models import User
from organisations.models import Organisation
from reports.demo import load as load_records
from reports.models import ActivityRecord
from reports.statistics import Period, organisation_statistics

from .test_statistics import expected_totals
from .test_views import label

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_network(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module's tests and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def test_the_demo_records_a_season_for_organisations_in_several_regions(demo_network):
    organisations = Organisation.objects.filter(activity_records__isnull=False).distinct()
    assert organisations.count() >= 5
    assert organisations.values("region").distinct().count() >= 4
    last_year = timezone.localdate().year - 1
    assert ActivityRecord.objects.filter(date__year=last_year).count() > 200
    before = ActivityRecord.objects.count()
    load_records(io.StringIO())
    assert ActivityRecord.objects.count() == before


def test_the_member_opens_a_season_report_with_charts_and_true_totals(demo_network, client):
    member = User.objects.get(email="member@example.org")
    organisation = member.memberships.get().organisation
    year = timezone.localdate().year - 1
    season = f"?start={year}-01-01&end={year}-12-31"
    client.force_login(member)
    response = client.get(reverse("reports_admin:season_report", args=[organisation.pk]) + season)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 3
    charts = response.context["figures"]
    for figure in charts:
        assert any(bar.width > 0 for row in figure["chart"]["rows"] for bar in row.bars), figure["table"].key

    expected = expected_totals(organisation, year)
    assert expected["participants"] > 0
    assert organisation_statistics([organisation.pk], Period.season(year)).totals == expected
    workbook = load_workbook(
        io.BytesIO(client.get(reverse("reports_admin:season_report_xlsx", args=[organisation.pk]) + season).content)
    )
    totals = {row[0]: row[1] for row in workbook.worksheets[0].iter_rows(min_row=4, values_only=True)}
    assert totals[label("participants")] == expected["participants"]
    assert totals[label("signups")] == expected["signups"]
    assert totals[label("volunteer_hours")] == float(expected["volunteer_hours"])
    assert totals[label("sessions")] == expected["sessions"]
