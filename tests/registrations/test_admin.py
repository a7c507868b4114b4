"""The organiser's tools: lists per event and date, exports that read back, messages, attendance, manual add,
cancel and promote; and nobody outside the organisation (or its region's coordinators) reaches any of it."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from accounts.factories import UserFactory
from listings.factories import VolunteerTaskFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.permissions import ensure_member_group
from registrations.factories import QUESTIONS, RegistrationFactory, signup_event
from registrations.models import Registration

from ..i18n import fi

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(lapland, north_karelia):
    ensure_member_group()
    own = OrganisationFactory(slug="oma-yhdistys", name="Oma Yhdistys ry", municipality_code="698")
    other = OrganisationFactory(slug="toinen-yhdistys", name="Toinen Yhdistys ry", municipality_code="167")
    member = UserFactory(email="jasen@example.org")
    MembershipFactory(user=member, organisation=own)
    outsider = UserFactory(email="toinen@example.org")
    MembershipFactory(user=outsider, organisation=other)
    event = signup_event(organisation=own, municipality_codes=["698"], capacity=2, signup_questions=QUESTIONS)
    event.refresh_from_db()
    diet, ride = (child.id for child in event.signup_questions)
    RegistrationFactory(
        listing=event,
        name="Aino Aaltonen",
        answers=[{"id": diet, "question": "Ruokavalio", "kind": "short", "answer": "Vegaani"}],
    )
    RegistrationFactory(listing=event, name="Bertta Berg", places=1)
    RegistrationFactory(listing=event, name="Cecilia Coll", status=Registration.Status.WAITING)
    their_event = signup_event(organisation=other, municipality_codes=["167"])
    RegistrationFactory(listing=their_event, name="Vieras Henkilö")
    return {"event": event, "their_event": their_event, "member": member, "outsider": outsider, "ride": ride}


def refused(response):
    """The admin's refusal: back to the dashboard (Wagtail's answer to PermissionDenied), or 403."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def admin_url(name, listing):
    return reverse(f"registrations_admin:{name}", args=[listing._meta.model_name, listing.pk])


def test_the_member_sees_their_events_sign_ups_with_status_and_answers(client, network):
    client.force_login(network["member"])
    index = client.get(reverse("registrations_admin:index")).content.decode()
    assert admin_url("listing", network["event"]) in index
    assert admin_url("listing", network["their_event"]) not in index
    page = client.get(admin_url("listing", network["event"])).content.decode()
    assert "Aino Aaltonen" in page and "Vegaani" in page
    assert fi("On the waiting list") in page
    assert "Vieras Henkilö" not in page


def test_the_exports_read_back_with_only_the_events_own_sign_ups(client, network):
    client.force_login(network["member"])
    response = client.get(admin_url("export_csv", network["event"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [row[3] for row in rows[1:]]
    assert names == ["Aino Aaltonen", "Bertta Berg", "Cecilia Coll"]
    assert "Ruokavalio" in rows[0] and "Vegaani" in rows[1]

    response = client.get(admin_url("export_xlsx", network["event"]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert [row[3] for row in values[1:]] == ["Aino Aaltonen", "Bertta Berg", "Cecilia Coll"]
    assert "Vieras Henkilö" not in str(values)


def test_another_organisations_member_is_refused_every_sign_up_address(client, network):
    client.force_login(network["outsider"])
    event = network["event"]
    registration = Registration.objects.filter(object_id=event.pk).first()
    for name in ("listing", "export_csv", "export_xlsx"):
        assert refused(client.get(admin_url(name, event))), name
    assert refused(client.post(admin_url("listing", event), {"add": "1", "name": "X", "places": "1"}))
    for action in ("cancel", "promote", "attended", "absent"):
        url = reverse("registrations_admin:action", args=[registration.pk, action])
        assert refused(client.post(url)), action
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED and registration.attended is None
    assert admin_url("listing", event) not in client.get(reverse("registrations_admin:index")).content.decode()
    # And anonymous visitors are sent to log in.
    client.logout()
    response = client.get(admin_url("export_csv", event))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_organiser_messages_the_confirmed(client, network):
    client.force_login(network["member"])
    mail.outbox.clear()
    client.post(
        admin_url("listing", network["event"]),
        {"message": "1", "recipients": "confirmed", "subject": "Tervetuloa", "body": "Ovet aukeavat klo 17."},
    )
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        Registration.objects.filter(object_id=network["event"].pk, status="confirmed").values_list("email", flat=True)
    )
    assert all("Ovet aukeavat klo 17." in message.body for message in mail.outbox)


def test_attendance_and_manual_cancel_promote_and_add(client, network):
    client.force_login(network["member"])
    event = network["event"]
    rows = Registration.objects.filter(object_id=event.pk)
    aino = rows.get(name="Aino Aaltonen")
    cecilia = rows.get(name="Cecilia Coll")
    response = client.post(
        reverse("registrations_admin:action", args=[aino.pk, "attended"]), {"next": "https://evil.example/"}
    )
    assert response["Location"] == admin_url("listing", event), "no redirect off the site"
    aino.refresh_from_db()
    assert aino.attended is True

    # Full: promoting out of turn is refused; cancelling frees a place and promotes the first waiting.
    client.post(reverse("registrations_admin:action", args=[cecilia.pk, "promote"]))
    cecilia.refresh_from_db()
    assert cecilia.status == Registration.Status.WAITING
    client.post(reverse("registrations_admin:action", args=[aino.pk, "cancel"]))
    cecilia.refresh_from_db()
    assert cecilia.status == Registration.Status.CONFIRMED

    # Added by hand: the event is full again, so the new person waits.
    client.post(admin_url("listing", event), {"add": "1", "name": "Daniel Dahl", "email": "", "places": "1"})
    assert rows.get(name="Daniel Dahl").status == Registration.Status.WAITING


def test_interest_in_a_volunteer_task_is_listed_for_its_organisation(client, network, lapland):
    task = VolunteerTaskFactory(
        organisation=network["event"].organisation, municipality_codes=["698"], takes_interest=True
    )
    RegistrationFactory(listing=task, name="Vapaa Ehtoinen", message="Voin auttaa lauantaisin.")
    client.force_login(network["member"])
    assert admin_url("listing", task) in client.get(reverse("registrations_admin:index")).content.decode()
    page = client.get(admin_url("listing", task)).content.decode()
    assert "Vapaa Ehtoinen" in page and "Voin auttaa lauantaisin." in page


def test_an_address_too_long_for_a_sign_up_is_refused_with_what_was_typed_kept(client, network):
    """The organiser's form takes a participant's details within Registration's limits (the public form's)."""
    event = network["event"]
    client.force_login(network["member"])
    address = "a" * 250 + "@example.org"
    response = client.post(admin_url("listing", event), {"add": "1", "name": "Eero Esimerkki", "email": address})
    assert response.status_code == 200
    form = response.context["add_form"]
    assert "email" in form.errors and form["name"].value() == "Eero Esimerkki"
    assert not Registration.objects.filter(name="Eero Esimerkki").exists()
