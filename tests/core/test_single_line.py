"""One-line fields refuse line breaks and control characters, with a clear message, on every form."""

import pytest
from django.core.exceptions import ValidationError

from accounts.factories import UserFactory
from core.forms import validate_single_line
from listings.factories import EventFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from regions.models import Municipality
from workflows.models import Submission

from ..listings.test_admin import edit_post_data, url
from ..workflows.helpers import FORM_PATHS, form_data

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
FINNISH_MESSAGE = "yhdelle riville"


@pytest.mark.parametrize("value", ["Rivi\nkaksi", "Rivi\r\nkaksi", "Sarkain\tvälissä", "Erotin\u2028tässä", "Null\x00"])
def test_control_characters_are_refused(value):
    with pytest.raises(ValidationError):
        validate_single_line(value)


@pytest.mark.parametrize("value", ["Joulukonsertti – kaikki tervetuloa!", "Åbo & Jyväskylä 2026", ""])
def test_ordinary_text_passes(value):
    validate_single_line(value)


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.WORKFLOWS_MIN_FILL_SECONDS = 0


def test_a_citizens_title_with_a_line_break_is_refused_and_the_form_kept(client, lapland):
    rovaniemi = Municipality.objects.get(code="698")
    data = form_data("event", rovaniemi, title="Kyläjuhla\r\nBcc: kaikki@example.org")
    response = client.post(FORM_PATHS["fi"]["event"], data, HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    assert FINNISH_MESSAGE in body
    assert "Kaisa Kyläläinen" in body
    assert not Submission.objects.exists()


def test_an_admin_title_with_a_line_break_is_refused(client, lapland):
    organisation = OrganisationFactory(municipality_code="698")
    member = UserFactory(email="jasen@example.org")
    MembershipFactory(user=member, organisation=organisation)
    client.force_login(member)
    event = EventFactory(organisation=organisation, with_revision=True, title="Alkuperäinen otsikko")
    response = client.post(url("event", "edit", event.pk), edit_post_data(event, member, title="Kaksi\nriviä"))
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().title == "Alkuperäinen otsikko"
