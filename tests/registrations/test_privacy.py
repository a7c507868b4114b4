"""Participants are forgotten after the retention period (counts stay), and their own-data export lists their
sign-ups."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from accounts.data_export import export_user_data
from accounts.factories import UserFactory
from listings.factories import VolunteerTaskFactory
from registrations import services
from registrations.factories import RegistrationFactory, signup_event
from registrations.models import Registration

pytestmark = pytest.mark.django_db

SECRETS = ["Salainen Sointu", "sointu.salainen@example.org", "045 999 8877", "Pähkinäallergia", "Odotan innolla"]


def tables_containing(text):
    """The tables with `text` anywhere in any row (every column read as text, JSON's escaped form too)."""
    forms = {text, json.dumps(text)[1:-1]}
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names come from the database itself
            if any(form in str(value) for row in cursor.fetchall() for value in row for form in forms):
                found.append(table)
    return found


def test_after_the_retention_no_personal_data_remains_and_the_counts_stay(lapland, organisation):
    long_ago = timezone.now() - datetime.timedelta(days=40)
    event = signup_event(
        organisation=organisation,
        municipality_codes=["698"],
        starts_at=long_ago,
        ends_at=long_ago + datetime.timedelta(hours=2),
        capacity=1,
    )
    recent = signup_event(organisation=organisation, municipality_codes=["698"])
    name, email, phone, answer, message = SECRETS
    RegistrationFactory(
        listing=event,
        name=name,
        email=email,
        phone=phone,
        guardian_name=name,
        answers=[{"id": "x", "question": "Allergiat", "kind": "long", "answer": answer}],
        user=UserFactory(email="tili@example.org"),
    )
    RegistrationFactory(listing=event, status=Registration.Status.WAITING, message=message)
    kept = RegistrationFactory(listing=recent, name="Tuore Osallistuja")
    counts_before = services.counts(event)
    assert all(tables_containing(secret) for secret in SECRETS[:4])

    call_command("purge_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115

    for secret in SECRETS:
        assert tables_containing(secret) == [], secret
    assert services.counts(event) == counts_before
    forgotten = Registration.objects.filter(object_id=event.pk)
    assert [(row.anonymised_at is not None, row.user_id, row.answers) for row in forgotten] == [(True, None, [])] * 2
    kept.refresh_from_db()
    assert kept.name == "Tuore Osallistuja" and kept.anonymised_at is None


def test_interest_is_forgotten_after_the_task_deadline(lapland, organisation):
    task = VolunteerTaskFactory(
        organisation=organisation,
        municipality_codes=["698"],
        takes_interest=True,
        deadline=timezone.localdate() - datetime.timedelta(days=31),
        visible_from=None,
    )
    RegistrationFactory(listing=task, name="Vanha Kiinnostunut", message="Hei!")
    call_command("purge_personal_data", stdout=open("/dev/null", "w"))  # noqa: SIM115
    registration = Registration.objects.get(object_id=task.pk, kind=Registration.Kind.INTEREST)
    assert (registration.name, registration.message, registration.email) == ("", "", "")


def test_the_own_data_export_includes_the_users_sign_ups(lapland, organisation):
    user = UserFactory(email="aino@example.org")
    event = signup_event(organisation=organisation, municipality_codes=["698"], title="Syyskokous")
    RegistrationFactory(listing=event, email="AINO@example.org", name="Aino", places=2)
    RegistrationFactory(listing=event, email="joku@example.org")
    exported = export_user_data(user)["registrations"]
    assert [(row["listing"], row["name"], row["places"]) for row in exported] == [("Syyskokous", "Aino", 2)]
