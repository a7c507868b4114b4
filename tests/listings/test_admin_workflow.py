"""Publishing rights, moderation and coordinators in the admin (DESIGN.md sections 2 and 5)."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import WorkflowContentType, WorkflowState

from accounts.factories import UserFactory
from listings import factories
from listings.models import LISTING_MODELS, Event
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Organisation

from ..i18n import fi
from .test_admin import JOENSUU, ROVANIEMI, edit_post_data, make, post_data, refused, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs(lapland, north_karelia, national):
    verified = OrganisationFactory(slug="varmennettu", name="Varmennettu ry", municipality_code=ROVANIEMI)
    unverified = OrganisationFactory(slug="uusi-ryhma", name="Uusi Ryhmä", municipality_code=ROVANIEMI, unverified=True)
    karelian = OrganisationFactory(
        slug="karjalainen", name="Karjalainen ry", municipality_code=JOENSUU, unverified=True
    )
    return {"verified": verified, "unverified": unverified, "karelian": karelian}


def member_of(*organisations):
    user = UserFactory()
    for organisation in organisations:
        MembershipFactory(user=user, organisation=organisation)
    return user


def create_data(model_name, user, **fields):
    """POST data for the create view: a built (unsaved) listing's values."""
    model_factory = {"event": factories.EventFactory}[model_name]
    instance = model_factory.build(**fields)
    form_class = instance.snippet_viewset.get_form_class()
    return post_data(form_class(instance=instance, for_user=user))


# -- publishing ----------------------------------------------------------------------


def test_a_member_of_a_verified_organisation_publishes_directly(client, orgs):
    user = member_of(orgs["verified"])
    event = make("event", orgs["verified"], draft=True)
    client.force_login(user)
    page = client.get(url("event", "edit", event.pk)).content.decode()
    assert 'name="action-publish"' in page
    response = client.post(url("event", "edit", event.pk), {**edit_post_data(event, user), "action-publish": "1"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.live


def test_a_member_of_a_verified_organisation_creates_and_publishes(client, orgs):
    user = member_of(orgs["verified"])
    client.force_login(user)
    data = create_data("event", user, organisation=orgs["verified"], title="Uusi julkaistu tapahtuma")
    response = client.post(url("event", "add"), {**data, "action-publish": "1"})
    assert response.status_code == 302, response.context["form"].errors if response.context else None
    event = Event.objects.get(title="Uusi julkaistu tapahtuma")
    assert event.live


def test_a_member_of_an_unverified_organisation_cannot_publish(client, orgs):
    user = member_of(orgs["unverified"])
    event = make("event", orgs["unverified"], draft=True)
    client.force_login(user)
    page = client.get(url("event", "edit", event.pk)).content.decode()
    assert 'name="action-publish"' not in page
    assert 'name="action-submit"' in page
    client.post(url("event", "edit", event.pk), {**edit_post_data(event, user), "action-publish": "1"})
    event.refresh_from_db()
    assert not event.live


def test_creating_with_publish_as_an_unverified_member_leaves_a_draft(client, orgs):
    user = member_of(orgs["unverified"])
    client.force_login(user)
    data = create_data("event", user, organisation=orgs["unverified"], title="Luonnokseksi jäävä")
    client.post(url("event", "add"), {**data, "action-publish": "1"})
    event = Event.objects.get(title="Luonnokseksi jäävä")
    assert not event.live


def test_membership_of_a_verified_organisation_does_not_publish_for_an_unverified_one(client, orgs):
    user = member_of(orgs["verified"], orgs["unverified"])
    event = make("event", orgs["unverified"], draft=True)
    client.force_login(user)
    page = client.get(url("event", "edit", event.pk)).content.decode()
    assert 'name="action-publish"' not in page
    response = client.post(url("event", "edit", event.pk), {**edit_post_data(event, user), "action-publish": "1"})
    assert response.status_code == 200
    assert (
        escape(
            fi(
                "Your organisation is not verified yet, so its listings are published after moderation. "
                "Choose “Submit for moderation” instead."
            )
        )
        in response.content.decode()
    )
    event.refresh_from_db()
    assert not event.live


def test_save_and_submit_on_create_starts_the_listings_region_workflow(client, orgs, north_karelia):
    user = member_of(orgs["karelian"])
    client.force_login(user)
    data = create_data("event", user, organisation=orgs["karelian"], title="Moderoitava tapahtuma")
    response = client.post(url("event", "add"), {**data, "action-submit": "1"})
    assert response.status_code == 302
    event = Event.objects.get(title="Moderoitava tapahtuma")
    state = WorkflowState.objects.get(base_content_type__model="event", object_id=str(event.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == north_karelia.workflow
    assert not event.live


def test_every_moderated_type_has_a_default_workflow(orgs):
    for model in (*LISTING_MODELS, Organisation):
        assert WorkflowContentType.objects.filter(content_type__model=model._meta.model_name).exists(), model


# -- coordinators ---------------------------------------------------------------------------


@pytest.fixture
def lapland_coordinator(lapland):
    return UserFactory(email="koordinaattori@example.org", groups=[lapland.coordinator_group])


def test_a_regional_coordinator_sees_and_edits_their_regions_items_only(client, orgs, lapland_coordinator):
    lapland_event = make("event", orgs["unverified"], title="Lapin tapahtuma")
    karelian_event = make("event", orgs["karelian"], title="Karjalan tapahtuma")
    client.force_login(lapland_coordinator)
    body = client.get(url("event", "list")).content.decode()
    assert "Lapin tapahtuma" in body
    assert "Karjalan tapahtuma" not in body
    assert client.get(url("event", "edit", lapland_event.pk)).status_code == 200
    assert refused(client.get(url("event", "edit", karelian_event.pk)))
    organisations = client.get(url("organisation", "list")).content.decode()
    assert "Uusi Ryhmä" in organisations
    assert "Karjalainen ry" not in organisations
    assert refused(client.get(url("organisation", "edit", orgs["karelian"].pk)))


def test_a_coordinator_without_publish_permission_approves_and_the_item_goes_live(client, orgs, lapland_coordinator):
    assert not lapland_coordinator.has_perm("listings.publish_event")
    submitter = member_of(orgs["unverified"])
    event = make("event", orgs["unverified"], draft=True, title="Hyväksyttävä tapahtuma")
    event.save_revision(user=submitter)
    event.get_workflow().start(event, submitter)
    karelian = make("event", orgs["karelian"], draft=True, title="Karjalan moderoitava")
    karelian.save_revision()
    karelian.get_workflow().start(karelian, None)

    client.force_login(lapland_coordinator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hyväksyttävä tapahtuma" in dashboard
    assert "Karjalan moderoitava" not in dashboard

    task_state = event.current_workflow_task_state
    response = client.post(url("event", "workflow_action", event.pk, "approve", task_state.pk), {"comment": ""})
    assert response.status_code in (200, 302)
    event.refresh_from_db()
    assert event.live
    assert refused(
        client.post(url("event", "workflow_action", karelian.pk, "approve", karelian.current_workflow_task_state.pk))
    )
    karelian.refresh_from_db()
    assert not karelian.live


def test_a_coordinator_unpublishes_in_their_region_only(client, orgs, lapland_coordinator):
    lapland_event = make("event", orgs["verified"])
    karelian_event = make("event", orgs["karelian"])
    client.force_login(lapland_coordinator)
    client.post(url("event", "unpublish", lapland_event.pk))
    lapland_event.refresh_from_db()
    assert not lapland_event.live
    assert refused(client.post(url("event", "unpublish", karelian_event.pk)))
    karelian_event.refresh_from_db()
    assert karelian_event.live


def test_only_coordinators_verify_organisations(client, orgs, lapland_coordinator):
    organisation = orgs["unverified"]
    organisation.save_revision()
    member = member_of(organisation)
    client.force_login(member)
    page = client.get(url("organisation", "edit", organisation.pk)).content.decode()
    assert 'name="is_verified"' not in page
    data = edit_post_data(organisation, member)
    client.post(url("organisation", "edit", organisation.pk), {**data, "is_verified": "on"})
    assert not organisation.get_latest_revision_as_object().is_verified
    assert not Organisation.objects.get(pk=organisation.pk).is_verified

    client.force_login(lapland_coordinator)
    page = client.get(url("organisation", "edit", organisation.pk)).content.decode()
    assert 'name="is_verified"' in page
    data = edit_post_data(organisation, lapland_coordinator)
    response = client.post(
        url("organisation", "edit", organisation.pk), {**data, "is_verified": "on", "action-publish": "1"}
    )
    assert response.status_code == 302
    assert Organisation.objects.get(pk=organisation.pk).is_verified


def test_a_member_cannot_publish_their_organisation_profile(client, orgs):
    organisation = orgs["verified"]
    member = member_of(organisation)
    client.force_login(member)
    page = client.get(url("organisation", "edit", organisation.pk)).content.decode()
    assert 'name="action-publish"' not in page
    data = edit_post_data(organisation, member, name="Uusi nimi ry")
    client.post(url("organisation", "edit", organisation.pk), {**data, "action-publish": "1"})
    assert Organisation.objects.get(pk=organisation.pk).name == "Varmennettu ry"


def test_a_regional_coordinator_manages_memberships_of_their_region_by_email(client, orgs, lapland_coordinator):
    person = UserFactory(email="uusi.jasen@example.org")
    client.force_login(lapland_coordinator)
    response = client.post(
        url("membership", "add"),
        {"user": "Uusi.Jasen@example.org", "organisation": orgs["verified"].pk, "role": "editor"},
    )
    assert response.status_code == 302, response.context["form"].errors
    assert orgs["verified"].memberships.filter(user=person).exists()
    response = client.post(
        url("membership", "add"),
        {"user": "uusi.jasen@example.org", "organisation": orgs["karelian"].pk, "role": "editor"},
    )
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    response = client.post(
        url("membership", "add"),
        {"user": "nobody@example.org", "organisation": orgs["verified"].pk, "role": "editor"},
    )
    assert "user" in response.context["form"].errors
