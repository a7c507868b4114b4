"""Activity records in the admin: scoped like the organisations' other objects, and a month's sessions in one form."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from reports.models import ActivityRecord

from .conftest import YEAR

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_reports_activityrecord:add"
EDIT = "wagtailsnippets_reports_activityrecord:edit"
LIST = "wagtailsnippets_reports_activityrecord:list"


def refused(response):
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def choice(listing):
    return f"{ContentType.objects.get_for_model(type(listing)).pk}:{listing.pk}"


def record_data(listing, **overrides):
    data = {
        "activity": choice(listing),
        "date": f"{YEAR}-06-01",
        "participants": "20",
        "age_under_18": "5",
        "age_18_29": "",
        "age_30_64": "",
        "age_65_plus": "10",
        "new_participants": "4",
        "volunteers": "3",
        "volunteer_hours": "7.5",
        "note": "Kesäkonsertti puistossa",
    }
    data.update(overrides)
    return data


def test_a_member_records_for_their_own_listing(client, network):
    client.force_login(network["member"])
    response = client.post(reverse(ADD), record_data(network["choir"]))
    assert response.status_code == 302, response.content.decode()[:3000]
    record = ActivityRecord.objects.get(note="Kesäkonsertti puistossa")
    assert record.organisation == network["own"]
    assert record.listing == network["choir"]
    assert (record.participants, record.age_under_18, record.age_18_29, record.age_65_plus) == (20, 5, None, 10)


def test_a_member_cannot_record_for_another_organisations_listing(client, network):
    client.force_login(network["outsider"])
    response = client.post(reverse(ADD), record_data(network["choir"]))
    assert response.status_code == 200
    assert not ActivityRecord.objects.filter(note="Kesäkonsertti puistossa").exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"age_under_18": "15", "age_65_plus": "10"}, "participants"),
        ({"new_participants": "21"}, "new_participants"),
        ({"volunteers": "0"}, "volunteers"),
        ({"participants": "-1"}, "participants"),
        ({"participants": "100000000"}, "participants"),
    ],
)
def test_impossible_counts_are_refused_with_a_message(client, network, overrides, field):
    client.force_login(network["member"])
    response = client.post(reverse(ADD), record_data(network["choir"], **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not ActivityRecord.objects.filter(note="Kesäkonsertti puistossa").exists()


def test_records_of_other_organisations_are_out_of_reach(client, network):
    theirs = ActivityRecord.objects.filter(organisation=network["karelian"]).first()
    own = ActivityRecord.objects.filter(organisation=network["own"]).first()
    client.force_login(network["member"])
    assert client.get(reverse(EDIT, args=[own.pk])).status_code == 200
    assert refused(client.get(reverse(EDIT, args=[theirs.pk])))
    listing = client.get(reverse(LIST)).content.decode()
    assert "Lukupiiri" not in listing and "Kuoro" in listing


def test_a_coordinator_edits_their_regions_records_only(client, network):
    client.force_login(network["coordinator"])
    own = ActivityRecord.objects.filter(organisation=network["own"]).first()
    theirs = ActivityRecord.objects.filter(organisation=network["karelian"]).first()
    assert client.get(reverse(EDIT, args=[own.pk])).status_code == 200
    assert refused(client.get(reverse(EDIT, args=[theirs.pk])))


def month_url(listing, month, weekday=""):
    return reverse("reports_admin:month_entry") + f"?activity={choice(listing)}&month={month}&weekday={weekday}"


def test_a_months_sessions_are_entered_in_one_form(client, network):
    client.force_login(network["member"])
    choir = network["choir"]
    month = f"{YEAR}-09"
    page = client.get(month_url(choir, month, weekday="1"))
    formset = page.context["formset"]
    tuesdays = [form.initial["date"] for form in formset.forms]
    assert tuesdays and all(day.weekday() == 1 and day.month == 9 for day in tuesdays)
    data = {"form-TOTAL_FORMS": str(len(tuesdays)), "form-INITIAL_FORMS": str(len(tuesdays))}
    for index, day in enumerate(tuesdays):
        data[f"form-{index}-date"] = day.isoformat()
        # The second Tuesday's session did not take place.
        if index != 1:
            data[f"form-{index}-participants"] = "10"
            data[f"form-{index}-volunteers"] = "1"
            data[f"form-{index}-volunteer_hours"] = "2"
    response = client.post(month_url(choir, month, weekday="1"), data)
    assert response.status_code == 302
    saved = ActivityRecord.objects.filter(object_id=choir.pk, date__month=9, date__year=YEAR)
    assert saved.count() == len(tuesdays) - 1
    # Entering the month again updates those dates instead of doubling them.
    data["form-0-participants"] = "12"
    client.post(month_url(choir, month, weekday="1"), data)
    assert saved.count() == len(tuesdays) - 1
    assert saved.get(date=tuesdays[0]).participants == 12


def test_the_month_form_refuses_dates_of_another_month_and_other_organisations(client, network):
    client.force_login(network["member"])
    choir = network["choir"]
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-date": f"{YEAR}-10-01",
        "form-0-participants": "5",
    }
    response = client.post(month_url(choir, f"{YEAR}-09"), data)
    assert response.status_code == 200
    assert "date" in response.context["formset"].forms[0].errors
    client.force_login(network["outsider"])
    page = client.get(month_url(choir, f"{YEAR}-09"))
    assert "activity" in page.context["choice"].errors
    assert page.context["formset"] is None
    assert not ActivityRecord.objects.filter(date=datetime.date(YEAR, 10, 1)).exists()


@pytest.mark.parametrize("month", ["2025-13", "tammikuu", "1800-01"])
def test_a_bad_month_gets_a_message(client, network, month):
    client.force_login(network["member"])
    page = client.get(month_url(network["choir"], month))
    assert page.status_code == 200
    assert "month" in page.context["choice"].errors
