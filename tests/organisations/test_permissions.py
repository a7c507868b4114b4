"""The organisation-scoped permission policy and the rights of coordinator groups."""

import pytest
from wagtail.permissions import policy_registry

from accounts.factories import UserFactory
from listings import factories
from listings.models import LISTING_MODELS, Event
from network.services import ensure_coordinators
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Membership, Organisation
from organisations.permissions import OrganisationScopedPermissionPolicy, scope_for

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
JOENSUU = "167"


@pytest.fixture
def world(national, lapland, north_karelia):
    lapland_org = OrganisationFactory(slug="lappi-ry", name="Lappi ry", municipality_code=ROVANIEMI)
    unverified = OrganisationFactory(
        slug="lappi-ryhma", name="Lappi ryhmä", municipality_code=ROVANIEMI, unverified=True
    )
    karelian = OrganisationFactory(slug="karjala-ry", name="Karjala ry", municipality_code=JOENSUU)
    events = {
        "lapland": factories.EventFactory(organisation=lapland_org),
        "unverified": factories.EventFactory(organisation=unverified),
        "karelian": factories.EventFactory(organisation=karelian),
    }
    return {
        "lapland_org": lapland_org,
        "unverified": unverified,
        "karelian": karelian,
        "events": events,
        "national": national,
        "lapland": lapland,
        "north_karelia": north_karelia,
    }


def policy(model=Event):
    return policy_registry.get_by_type(model)


def visible(user, model=Event):
    return set(policy(model).instances_user_has_any_permission_for(user, ["change"]))


def test_every_listing_model_organisation_and_membership_has_the_scoped_policy():
    for model in (*LISTING_MODELS, Organisation, Membership):
        assert isinstance(policy_registry.get_by_type(model), OrganisationScopedPermissionPolicy)


def test_superusers_and_national_coordinators_reach_everything(world):
    events = set(world["events"].values())
    assert visible(UserFactory(is_superuser=True)) == events
    national = UserFactory(groups=[world["national"].coordinator_group])
    assert visible(national) == events
    assert all(policy().user_has_permission_for_instance(national, "publish", e) for e in events)


def test_a_regional_coordinator_reaches_their_region(world):
    coordinator = UserFactory(groups=[world["lapland"].coordinator_group])
    events = world["events"]
    assert visible(coordinator) == {events["lapland"], events["unverified"]}
    assert visible(coordinator, Organisation) == {world["lapland_org"], world["unverified"]}
    assert policy().user_has_permission_for_instance(coordinator, "publish", events["unverified"])
    assert not policy().user_has_permission_for_instance(coordinator, "change", events["karelian"])
    assert not policy().user_has_permission_for_instance(coordinator, "publish", events["karelian"])


def test_a_member_reaches_their_organisations_and_publishes_only_when_verified(world):
    member = UserFactory()
    MembershipFactory(user=member, organisation=world["lapland_org"])
    MembershipFactory(user=member, organisation=world["unverified"])
    member = type(member).objects.get(pk=member.pk)
    events = world["events"]
    assert visible(member) == {events["lapland"], events["unverified"]}
    assert policy().user_has_permission_for_instance(member, "publish", events["lapland"])
    assert not policy().user_has_permission_for_instance(member, "publish", events["unverified"])
    assert not policy().user_has_permission_for_instance(member, "change", events["karelian"])
    # A profile goes through moderation even for a verified organisation's members.
    assert policy(Organisation).user_has_permission_for_instance(member, "change", world["lapland_org"])
    assert not policy(Organisation).user_has_permission_for_instance(member, "publish", world["lapland_org"])
    assert not policy(Organisation).user_has_permission_for_instance(member, "delete", world["lapland_org"])


def test_someone_without_a_role_reaches_nothing(world):
    assert visible(UserFactory()) == set()
    assert scope_for(None).is_empty


def test_the_scoped_queryset_can_still_be_searched(world):
    member = UserFactory()
    MembershipFactory(user=member, organisation=world["lapland_org"])
    member = type(member).objects.get(pk=member.pk)
    title = world["events"]["lapland"].title
    results = list(policy().instances_user_has_any_permission_for(member, ["change"]).search(title.split()[0]))
    assert world["events"]["karelian"] not in results


def test_coordinator_groups_get_model_rights_but_not_publish(world):
    group = world["lapland"].coordinator_group
    ensure_coordinators(world["lapland"])
    ensure_coordinators(world["lapland"])
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_event", "change_event", "delete_event", "change_organisation", "add_membership"} <= codenames
    assert "publish_event" not in codenames
    assert "submit_translation" in codenames
