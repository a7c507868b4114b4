"""The own-data download holds this user's organisation records and nobody else's.

Another user's memberships and join requests are created both before and after
this user's, so that no order of rows lets another person's records pass.
"""

import json

import pytest

from accounts.data_export import export_user_data
from accounts.factories import UserFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Invitation, MembershipRequest

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"


def records_of(user, number):
    """A membership, a join request and an invitation sent, each at its own organisation."""
    member_of = OrganisationFactory(name=f"{user.first_name} jäsen {number}")
    asked = OrganisationFactory(name=f"{user.first_name} pyyntö {number}")
    MembershipFactory(user=user, organisation=member_of)
    MembershipRequest.objects.create(user=user, organisation=asked, message=f"{user.first_name} {number}")
    Invitation.objects.create(organisation=member_of, email=f"kutsu{number}@example.org", invited_by=user)


@pytest.fixture
def person(lapland):
    return UserFactory(email="oma@example.org", first_name="Oma")


@pytest.fixture
def records(person):
    other = UserFactory(email="toinen@example.org", first_name="Toinen")
    records_of(other, 1)
    records_of(person, 1)
    records_of(person, 2)
    records_of(other, 2)


EXPECTED = {
    "memberships": {"Oma jäsen 1", "Oma jäsen 2"},
    "membership_requests": {"Oma pyyntö 1", "Oma pyyntö 2"},
    "invitations_sent": {"Oma jäsen 1", "Oma jäsen 2"},
}


def organisations_by_part(part):
    return {key: sorted(row["organisation"] for row in part[key]) for key in EXPECTED}


def test_the_export_holds_exactly_the_users_own_organisation_records(person, records):
    part = export_user_data(person)["organisations"]
    assert organisations_by_part(part) == {key: sorted(names) for key, names in EXPECTED.items()}
    assert sorted(row["message"] for row in part["membership_requests"]) == ["Oma 1", "Oma 2"]


def test_the_download_holds_exactly_the_users_own_organisation_records(client, person, records):
    client.force_login(person)
    response = client.get("/fi/tili/tietoni/", HTTP_HOST=HOST)
    assert response.status_code == 200
    part = json.loads(response.content)["organisations"]
    assert organisations_by_part(part) == {key: sorted(names) for key, names in EXPECTED.items()}
    assert "Toinen" not in json.dumps(part)
