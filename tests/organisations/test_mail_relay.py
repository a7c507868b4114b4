"""The self-service cannot be used to relay mail: limits, verified senders and names without web addresses."""

import pytest
from django.core.cache import cache

from accounts.factories import UserFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Invitation, Membership, MembershipRequest, Organisation

from .test_self_service import BASE, organisation_data, post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()
    yield
    cache.clear()


def admin_of(organisation, email="puheenjohtaja@example.org"):
    admin = UserFactory(email=email)
    MembershipFactory(user=admin, organisation=organisation, role=Membership.Role.ADMIN)
    return admin


def test_a_new_unverified_organisation_sends_no_invitations(client, lapland, mailoutbox):
    new = OrganisationFactory(name="Uusi yhdistys", municipality_code="698", is_verified=False)
    client.force_login(admin_of(new))
    response = post(client, f"{BASE}{new.pk}/invite/", {"email": "kuka@example.org", "role": "editor"})
    assert response.status_code == 200
    assert "verified" in response.content.decode()
    assert not Invitation.objects.exists()
    assert mailoutbox == []


def test_a_burst_of_twenty_invitations_is_stopped_after_the_limit(client, lapland, settings):
    settings.ORGANISATIONS_RATE_LIMITS = {"invite": {"user": "20/d", "organisation": "10/h"}}
    club = OrganisationFactory(name="Napapiirin kyläyhdistys", municipality_code="698", is_verified=True)
    client.force_login(admin_of(club))
    statuses = [
        post(client, f"{BASE}{club.pk}/invite/", {"email": f"kutsu{n}@example.org", "role": "editor"}).status_code
        for n in range(20)
    ]
    assert Invitation.objects.count() == 10
    assert statuses[:10] == [302] * 10
    assert set(statuses[10:]) == {429}


def test_a_limited_invitation_keeps_what_was_typed_and_says_why(client, lapland, settings):
    settings.ORGANISATIONS_RATE_LIMITS = {"invite": {"user": "1/d", "organisation": "10/h"}}
    club = OrganisationFactory(name="Napapiirin kyläyhdistys", municipality_code="698", is_verified=True)
    client.force_login(admin_of(club))
    post(client, f"{BASE}{club.pk}/invite/", {"email": "eka@example.org", "role": "editor"})
    response = post(client, f"{BASE}{club.pk}/invite/", {"email": "toka@example.org", "role": "editor"})
    assert response.status_code == 429
    body = response.content.decode()
    assert "toka@example.org" in body
    assert "try again later" in body


def test_the_per_organisation_limit_counts_every_admin(client, lapland, settings):
    settings.ORGANISATIONS_RATE_LIMITS = {"invite": {"user": "20/d", "organisation": "2/h"}}
    club = OrganisationFactory(name="Napapiirin kyläyhdistys", municipality_code="698", is_verified=True)
    for number, email in enumerate(["eka@example.org", "toka@example.org", "kolmas@example.org"]):
        client.force_login(admin_of(club, email=f"admin{number}@example.org"))
        post(client, f"{BASE}{club.pk}/invite/", {"email": email, "role": "editor"})
    assert Invitation.objects.count() == 2


def test_creating_organisations_is_limited_per_user(client, lapland, settings):
    settings.ORGANISATIONS_RATE_LIMITS = {"create": {"user": "2/d"}}
    client.force_login(UserFactory(email="perustaja@example.org"))
    statuses = [
        post(client, f"{BASE}new/", organisation_data(name=f"Lukupiiri numero {n}", email="")).status_code
        for n in range(4)
    ]
    assert Organisation.objects.filter(name__startswith="Lukupiiri numero").count() == 2
    assert statuses[2:] == [429, 429]


def test_join_requests_are_limited_per_user(client, lapland, settings):
    settings.ORGANISATIONS_RATE_LIMITS = {"join": {"user": "2/d"}}
    clubs = [
        OrganisationFactory(name=f"Kerho {n}", municipality_code="698", is_verified=True, live=True) for n in range(3)
    ]
    client.force_login(UserFactory(email="liittyja@example.org"))
    for club in clubs:
        post(client, f"{BASE}join/", {"organisation": club.pk, "message": ""})
    assert MembershipRequest.objects.count() == 2


@pytest.mark.parametrize(
    "name",
    [
        "URGENT: verify your bank account at http://evil.example",
        "Katso www.huijaus.example",
        "Voita palkinto osoitteessa palkinto.com",
        "Kaksi\nriviä",
    ],
)
def test_an_organisation_name_with_a_web_address_or_a_line_break_is_refused(client, lapland, name):
    client.force_login(UserFactory(email="perustaja@example.org"))
    response = post(client, f"{BASE}new/", organisation_data(name=name))
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert not Organisation.objects.filter(name=name).exists()
