"""The finish action: approving a workflow publishes without the approver's model-wide publish right."""

import pytest

from accounts.factories import UserFactory
from listings.factories import EventFactory
from organisations.factories import OrganisationFactory
from workflows.actions import publish_workflow_state_skip_perms

pytestmark = pytest.mark.django_db


def test_the_finish_action_publishes_for_an_approver_without_publish_permission(lapland):
    coordinator = UserFactory(groups=[lapland.coordinator_group])
    unverified = OrganisationFactory(slug="lappi-ryhma", name="Lappi ryhmä", municipality_code="698", unverified=True)
    event = EventFactory(organisation=unverified, draft=True)
    event.save_revision()
    state = event.get_workflow().start(event, None)
    publish_workflow_state_skip_perms(state, user=coordinator)
    event.refresh_from_db()
    assert event.live
