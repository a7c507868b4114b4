"""Organisation self-service under "My account": create, join, invite, and the members' admin dashboard."""

import datetime
import json

import pytest
from allauth.account.models import EmailAddress
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import WorkflowState

from accounts.factories import UserFactory
from listings.factories import EventFactory, NewsItemFactory
from organisations.dashboard import member_overview
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Invitation, Membership, MembershipRequest, Organisation
from regions.models import Municipality

from ..i18n import fi

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
BASE = "/en/account/organisations/"


def get(client, url, **extra):
    return client.get(url, HTTP_HOST=HOST, **extra)


def post(client, url, data):
    return client.post(url, data, HTTP_HOST=HOST)


@pytest.fixture
def person(lapland):
    return UserFactory(email="toimija@example.org")


@pytest.fixture
def club(lapland):
    return OrganisationFactory(name="Napapiirin kyläyhdistys", municipality_code="698")


@pytest.fixture
def club_admin(club):
    admin = UserFactory(email="puheenjohtaja@example.org")
    MembershipFactory(user=admin, organisation=club, role=Membership.Role.ADMIN)
    return admin


def organisation_data(**overrides):
    data = {
        "name": "Tunturin lukupiiri",
        "type": "association",
        "business_id": "",
        "home_municipality": str(Municipality.objects.get(code="698").pk),
        "email": "lukupiiri@example.org",
        "website": "https://lukupiiri.example.org/",
        "description": "We read books together.\n\nEveryone is welcome.",
    }
    data.update(overrides)
    return data


# -- access ---------------------------------------------------------------------


def test_the_pages_need_a_login_and_a_verified_address(client, lapland):
    response = get(client, BASE)
    assert response.status_code == 302
    assert "/login/" in response["Location"]

    unverified = UserFactory(email="vahvistamaton@example.org", verified_email=False)
    client.force_login(unverified)
    for url in (BASE, f"{BASE}new/", f"{BASE}join/"):
        response = get(client, url)
        assert response.status_code == 403
        assert "Verify your e-mail address" in response.content.decode()


def test_my_account_links_to_my_organisations(client, person):
    client.force_login(person)
    body = get(client, "/en/account/").content.decode()
    assert f'href="{BASE}"' in body


def test_my_organisations_lists_memberships_with_status_and_sent_requests(client, person, club, lapland):
    draft = OrganisationFactory(name="Uusi kerho", draft=True)
    MembershipFactory(user=person, organisation=club, role=Membership.Role.ADMIN)
    MembershipFactory(user=person, organisation=draft, role=Membership.Role.EDITOR)
    other = OrganisationFactory(name="Revontulten kuoro")
    MembershipRequest.objects.create(user=person, organisation=other, message="Laulan bassoa.")
    MembershipRequest.objects.create(user=UserFactory(), organisation=club)
    client.force_login(person)

    body = get(client, BASE).content.decode()

    assert "Napapiirin kyläyhdistys" in body
    assert "Verified" in body
    assert "Uusi kerho" in body
    assert "Awaiting verification" in body
    assert "Administrator" in body and "Editor" in body
    assert f"/admin/snippets/organisations/organisation/edit/{club.pk}/" in body
    assert "1 request to join" in body
    assert f"{BASE}{club.pk}/invite/" in body
    # Only admins manage members.
    assert f"{BASE}{draft.pk}/invite/" not in body
    assert "Revontulten kuoro" in body


# -- creating -----------------------------------------------------------------------


def test_creating_an_organisation_makes_a_draft_in_its_regions_workflow(
    client, django_capture_on_commit_callbacks, person, lapland
):
    client.force_login(person)
    assert get(client, f"{BASE}new/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, f"{BASE}new/", organisation_data(business_id="0737546-2"))

    assert response.status_code == 302
    assert response["Location"] == BASE
    organisation = Organisation.objects.get(name="Tunturin lukupiiri")
    assert organisation.live is False
    assert organisation.is_verified is False
    assert organisation.region == lapland
    assert organisation.description == "<p>We read books together.</p><p>Everyone is welcome.</p>"
    assert organisation.latest_revision is not None
    assert organisation.role_of(person) == Membership.Role.ADMIN
    state = WorkflowState.objects.get(object_id=str(organisation.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow == lapland.workflow
    assert state.requested_by == person
    person.refresh_from_db()
    assert person.groups.filter(name="Organisation members").exists()
    body = get(client, BASE).content.decode()
    assert "Tunturin lukupiiri has been created and sent to the coordinators of Lappilaiset" in body


def test_a_duplicate_business_id_is_refused_and_the_form_kept(client, person, club):
    client.force_login(person)
    response = post(client, f"{BASE}new/", organisation_data(business_id=club.business_id))
    assert response.status_code == 200
    body = response.content.decode()
    assert "An organisation with this business ID already exists." in body
    assert 'value="Tunturin lukupiiri"' in body
    assert "We read books together." in body
    assert not Organisation.objects.filter(name="Tunturin lukupiiri").exists()


def test_an_invalid_business_id_is_refused(client, person, lapland):
    client.force_login(person)
    response = post(client, f"{BASE}new/", organisation_data(business_id="1234567-8"))
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Organisation.objects.filter(name="Tunturin lukupiiri").exists()


# -- joining --------------------------------------------------------------------------


def test_the_search_finds_only_live_organisations_twenty_at_a_time(client, person, lapland):
    for number in range(23):
        OrganisationFactory(name=f"Hakukerho {number:02d}", slug=f"hakukerho-{number}")
    OrganisationFactory(name="Hakukerho luonnos", draft=True)
    client.force_login(person)

    body = get(client, f"{BASE}join/?q=hakukerho").content.decode()
    assert "23 organisations found" in body
    assert body.count("Hakukerho ") == 20
    assert "Hakukerho luonnos" not in body
    body = get(client, f"{BASE}join/?q=hakukerho&page=2").content.decode()
    assert body.count("Hakukerho ") == 3
    assert get(client, f"{BASE}join/?q=hakukerho&page=x").status_code == 200


def test_a_join_request_is_approved_by_an_admin(
    client, django_capture_on_commit_callbacks, mailoutbox, person, club, club_admin
):
    client.force_login(person)
    assert (
        "Your request to Napapiirin kyläyhdistys" in get(client, f"{BASE}join/?organisation={club.pk}").content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, f"{BASE}join/", {"organisation": club.pk, "message": "Haluan auttaa talkoissa."})
    assert response.status_code == 302
    request = MembershipRequest.objects.get(user=person, organisation=club)
    assert request.status == MembershipRequest.Status.PENDING
    assert [mail.to for mail in mailoutbox] == [["puheenjohtaja@example.org"]]
    assert "toimija@example.org" in mailoutbox[0].body
    assert "Haluan auttaa talkoissa." in mailoutbox[0].body
    assert f"{BASE}{club.pk}/requests/" in mailoutbox[0].body

    # One pending request per person and organisation.
    response = post(client, f"{BASE}join/", {"organisation": club.pk, "message": ""})
    assert response.status_code == 200
    assert "You have already asked to join this organisation." in response.content.decode()
    assert MembershipRequest.objects.filter(user=person).count() == 1

    client.force_login(club_admin)
    body = get(client, f"{BASE}{club.pk}/requests/").content.decode()
    assert "Haluan auttaa talkoissa." in body
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, f"{BASE}{club.pk}/requests/", {"request": request.pk, "action": "approve"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.APPROVED
    assert request.decided_by == club_admin
    assert request.decided_at is not None
    assert club.role_of(person) == Membership.Role.EDITOR
    assert mailoutbox[-1].to == ["toimija@example.org"]
    assert "approved" in mailoutbox[-1].body

    # A decided request cannot be decided again.
    response = post(client, f"{BASE}{club.pk}/requests/", {"request": request.pk, "action": "decline"})
    assert response.status_code == 404


def test_a_join_request_is_declined(client, django_capture_on_commit_callbacks, mailoutbox, person, club, club_admin):
    request = MembershipRequest.objects.create(user=person, organisation=club, message="")
    client.force_login(club_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, f"{BASE}{club.pk}/requests/", {"request": request.pk, "action": "decline"})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.DECLINED
    assert club.role_of(person) is None
    assert [mail.to for mail in mailoutbox] == [["toimija@example.org"]]
    assert "declined" in mailoutbox[0].body

    # After a decision the person may ask again.
    client.force_login(person)
    response = post(client, f"{BASE}join/", {"organisation": club.pk, "message": "Toinen yritys."})
    assert response.status_code == 302
    assert MembershipRequest.objects.filter(user=person, status="pending").count() == 1


def test_members_cannot_join_again_and_drafts_cannot_be_joined(client, person, club, lapland):
    MembershipFactory(user=person, organisation=club)
    draft = OrganisationFactory(name="Luonnoskerho", draft=True)
    client.force_login(person)
    response = post(client, f"{BASE}join/", {"organisation": club.pk})
    assert "You are already a member of this organisation." in response.content.decode()
    response = post(client, f"{BASE}join/", {"organisation": draft.pk})
    assert response.status_code == 200
    assert not MembershipRequest.objects.exists()


def test_only_the_organisations_admins_see_requests_and_invite(client, person, club, club_admin):
    request = MembershipRequest.objects.create(user=UserFactory(), organisation=club)
    outsider = UserFactory(email="ulkopuolinen@example.org")
    client.force_login(outsider)
    assert get(client, f"{BASE}{club.pk}/requests/").status_code == 404
    assert get(client, f"{BASE}{club.pk}/invite/").status_code == 404
    assert post(client, f"{BASE}{club.pk}/requests/", {"request": request.pk, "action": "approve"}).status_code == 404
    assert post(client, f"{BASE}{club.pk}/invite/", {"email": "x@example.org", "role": "admin"}).status_code == 404

    editor = UserFactory(email="toimittaja@example.org")
    MembershipFactory(user=editor, organisation=club, role=Membership.Role.EDITOR)
    client.force_login(editor)
    assert get(client, f"{BASE}{club.pk}/requests/").status_code == 403
    assert post(client, f"{BASE}{club.pk}/invite/", {"email": "x@example.org", "role": "admin"}).status_code == 403

    # An admin of another organisation is no admin here.
    other = OrganisationFactory(name="Toinen yhdistys")
    MembershipFactory(user=outsider, organisation=other, role=Membership.Role.ADMIN)
    client.force_login(outsider)
    assert get(client, f"{BASE}{club.pk}/requests/").status_code == 404
    request.refresh_from_db()
    assert request.status == MembershipRequest.Status.PENDING
    assert not Invitation.objects.exists()


# -- invitations ------------------------------------------------------------------------


def invite(client, club, email="kutsuttu@example.org", role="editor"):
    return post(client, f"{BASE}{club.pk}/invite/", {"email": email, "role": role})


def test_an_invitation_is_mailed_and_accepted(client, django_capture_on_commit_callbacks, mailoutbox, club, club_admin):
    client.force_login(club_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, club, email="Kutsuttu@Example.org", role="admin")
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "kutsuttu@example.org"
    assert invitation.invited_by == club_admin
    assert timezone.now() + datetime.timedelta(days=13) < invitation.expires_at
    assert [mail.to for mail in mailoutbox] == [["kutsuttu@example.org"]]
    link = f"http://{HOST}/en/account/invitations/{invitation.token}/"
    assert link in mailoutbox[0].body

    client.logout()
    body = get(client, link).content.decode()
    assert "log in or sign up with the address kutsuttu@example.org" in body

    invitee = UserFactory(email="kutsuttu@example.org")
    client.force_login(invitee)
    assert get(client, link).status_code == 200
    response = post(client, link, {})
    assert response.status_code == 302
    assert club.role_of(invitee) == Membership.Role.ADMIN
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None

    # Used once: a second visit explains instead of failing.
    response = get(client, link)
    assert response.status_code == 410
    assert "has already been accepted" in response.content.decode()


def test_an_invitation_to_a_member_is_refused(client, club, club_admin):
    client.force_login(club_admin)
    response = invite(client, club, email="puheenjohtaja@example.org")
    assert response.status_code == 200
    assert "This person is already a member of the organisation." in response.content.decode()
    assert not Invitation.objects.exists()


def test_an_expired_invitation_is_explained(client, club, club_admin):
    invitation = Invitation.objects.create(
        organisation=club,
        email="myohassa@example.org",
        invited_by=club_admin,
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    client.force_login(UserFactory(email="myohassa@example.org"))
    response = post(client, f"/en/account/invitations/{invitation.token}/", {})
    assert response.status_code == 410
    assert "has expired" in response.content.decode()
    assert not Membership.objects.filter(user__email="myohassa@example.org").exists()


def test_an_invitation_for_another_address_is_refused(client, club, club_admin):
    invitation = Invitation.objects.create(organisation=club, email="oikea@example.org", invited_by=club_admin)
    stranger = UserFactory(email="vaara@example.org")
    # An unverified address is not enough to prove who someone is.
    EmailAddress.objects.create(user=stranger, email="oikea@example.org", verified=False, primary=False)
    client.force_login(stranger)
    response = post(client, f"/en/account/invitations/{invitation.token}/", {})
    assert response.status_code == 403
    assert "was sent to oikea@example.org" in response.content.decode()
    assert club.role_of(stranger) is None
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_unknown_invitation_token_is_explained(client, person):
    client.force_login(person)
    response = get(client, "/en/account/invitations/not-a-real-token/")
    assert response.status_code == 404
    assert "This invitation link is not valid." in response.content.decode()


# -- the members' dashboard ---------------------------------------------------------------


def test_the_dashboard_panel_shows_only_my_organisations_listings(client, club, club_admin):
    EventFactory(title="Kyläjuhla", organisation=club)
    EventFactory(title="Talkoiden luonnos", organisation=club, draft=True)
    waiting = NewsItemFactory(title="Odottava uutinen", organisation=club, draft=True, with_revision=True)
    waiting.get_workflow().start(waiting, club_admin)
    other = OrganisationFactory(name="Vieras seura")
    EventFactory(title="Vieraan seuran ilta", organisation=other)

    client.force_login(club_admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Napapiirin kyläyhdistys" in body
    assert "Vieras seura" not in body
    assert "Odottava uutinen" in body
    assert f"/admin/snippets/listings/event/?organisation={club.pk}&amp;status=draft" in body

    overview = member_overview(club_admin)
    assert [organisation.name for organisation in overview] == ["Napapiirin kyläyhdistys"]
    counts = {
        item["model_name"]: (item["live"], item["drafts"], item["awaiting"]) for item in overview[0].listing_types
    }
    assert counts == {"event": (1, 1, 0), "newsitem": (0, 0, 1)}


def test_the_dashboard_panel_takes_a_constant_number_of_queries(club, club_admin):
    EventFactory(organisation=club)
    with CaptureQueriesContext(connection) as one:
        member_overview(club_admin)
    for number in range(3):
        organisation = OrganisationFactory(name=f"Lisäyhdistys {number}")
        MembershipFactory(user=club_admin, organisation=organisation)
        EventFactory(organisation=organisation)
        NewsItemFactory(organisation=organisation, draft=True)
    with CaptureQueriesContext(connection) as four:
        overview = member_overview(club_admin)
    assert len(overview) == 4
    assert len(four) == len(one)


def test_non_members_get_no_panel(lapland):
    assert member_overview(UserFactory(email="eijasen@example.org")) is None


# -- data export ------------------------------------------------------------------------------


def test_the_data_download_holds_memberships_and_requests(client, person, club, club_admin):
    MembershipFactory(user=person, organisation=club)
    MembershipRequest.objects.create(user=person, organisation=OrganisationFactory(name="Kuoro"), message="Hei!")
    client.force_login(person)
    data = json.loads(get(client, "/en/account/data/").content)["organisations"]
    assert data["memberships"][0]["organisation"] == "Napapiirin kyläyhdistys"
    assert data["memberships"][0]["role"] == "editor"
    assert data["membership_requests"][0]["message"] == "Hei!"
    assert data["invitations_sent"] == []


def test_finnish_pages_render(client, person):
    client.force_login(person)
    response = get(client, "/fi/tili/organisaatiot/")
    assert response.status_code == 200
    assert fi("My organisations") in response.content.decode()
