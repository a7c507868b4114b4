"""“I'm interested” on volunteer tasks and jobs: the same engine, with a message, an optional limit and no
waiting list, delivered to the organisation's contact."""

import pytest
from django.core import mail

from listings.factories import JobFactory, VolunteerTaskFactory
from registrations.models import Registration

from ..i18n import fi
from .helpers import HOST, event_path, post_signup

pytestmark = pytest.mark.django_db


@pytest.fixture
def task(lapland, organisation):
    return VolunteerTaskFactory(
        organisation=organisation,
        municipality_codes=["698"],
        takes_interest=True,
        capacity=1,
        contact_email="vapaaehtoiset@example.org",
        title="Kahvilavuorolainen",
    )


def test_a_reader_says_they_are_interested_and_the_organisation_is_told(client, task, lapland):
    html = client.get(event_path(task, lapland), HTTP_HOST=HOST).content.decode()
    assert fi("I'm interested") in html and 'name="message"' in html
    response = post_signup(client, task, message="Voin tulla tiistaisin.")
    assert response.status_code == 302
    registration = Registration.objects.get(object_id=task.pk)
    assert registration.kind == Registration.Kind.INTEREST and registration.message == "Voin tulla tiistaisin."
    notice = next(message for message in mail.outbox if message.to == ["vapaaehtoiset@example.org"])
    assert "Voin tulla tiistaisin." in notice.body and notice.reply_to == ["aino@example.org"]
    receipt = next(message for message in mail.outbox if message.to == ["aino@example.org"])
    assert receipt.subject == fi("Thank you for your interest: %(title)s") % {"title": "Kahvilavuorolainen"}
    assert not receipt.attachments
    done = client.get(response["Location"], HTTP_HOST=HOST).content.decode()
    assert fi("Thank you for your interest!") in done


def test_when_enough_are_interested_the_form_closes_without_a_waiting_list(client, task, lapland):
    post_signup(client, task)
    html = client.get(event_path(task, lapland), HTTP_HOST=HOST).content.decode()
    assert fi("All places are taken and there is no waiting list.") in html
    assert post_signup(client, task, email="toinen@example.org").status_code == 409
    assert Registration.objects.filter(object_id=task.pk).count() == 1


def test_a_job_takes_applications_through_the_service_only_when_the_organisation_wants(client, lapland, organisation):
    job = JobFactory(organisation=organisation, municipality_codes=["698"])
    assert 'id="signup"' not in client.get(event_path(job, lapland), HTTP_HOST=HOST).content.decode()
    job.takes_interest = True
    job.save()
    assert 'id="signup"' in client.get(event_path(job, lapland), HTTP_HOST=HOST).content.decode()
    assert post_signup(client, job, message="Hakemus").status_code == 302
