"""Signing up on an event's page: places left, waiting list, closed sign-up, the receipt mail and cancelling."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import resolve
from django.utils import timezone, translation
from django.utils.translation import ngettext

from registrations.factories import QUESTIONS, RegistrationFactory, signup_event
from registrations.links import registration_for_token
from registrations.models import Registration

from ..i18n import fi
from .helpers import HOST, event_path, post_signup, signup_data, signup_path

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"


@pytest.fixture
def event(lapland, organisation):
    return signup_event(organisation=organisation, municipality_codes=[ROVANIEMI], title="Kevätkonsertti", capacity=3)


def registrations(event):
    return Registration.objects.filter(object_id=event.pk).order_by("created_at", "pk")


def test_the_event_page_shows_the_places_left_and_the_form(client, event, lapland):
    RegistrationFactory(listing=event)
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert 'id="signup"' in html
    with translation.override("fi"):
        assert ngettext("%(counter)s place left.", "%(counter)s places left.", 2) % {"counter": 2} in html
    assert f'action="{signup_path(event)}"' in html
    assert 'name="consent"' in html


def test_signing_up_confirms_and_mails_a_receipt_in_the_readers_language(client, event):
    response = post_signup(client, event)
    registration = registrations(event).get()
    assert registration.status == Registration.Status.CONFIRMED
    assert response.status_code == 302
    assert "/fi/ilmoittautuminen/valmis/" in response["Location"]
    page = client.get(response["Location"], HTTP_HOST=HOST).content.decode()
    assert fi("You are signed up!") in page

    receipt = next(message for message in mail.outbox if message.to == ["aino@example.org"])
    assert receipt.subject == fi("You are signed up: %(title)s") % {"title": "Kevätkonsertti"}
    assert fi("Your place is confirmed. The dates are attached as a calendar file.") in receipt.body
    assert "Your place" not in receipt.body
    assert "http://lappilaiset.localhost/fi/ilmoittautuminen/peru/" in receipt.body
    (filename, content, mimetype) = receipt.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in str(content)
    notice = next(message for message in mail.outbox if message.to == ["tapahtumat@example.org"])
    assert "Aino Osallistuja" in notice.body


def test_a_swedish_reader_gets_a_swedish_mail(client, event):
    post_signup(client, event, language="sv")
    receipt = next(message for message in mail.outbox if message.to == ["aino@example.org"])
    assert receipt.extra_headers["Content-Language"] == "sv"
    assert "/sv/anmalan/avboka/" in receipt.body
    assert "Hello" not in receipt.body and "Your place" not in receipt.body


def test_a_repeated_identical_post_does_not_sign_up_twice(client, event):
    data = signup_data()
    first = client.post(signup_path(event), data, HTTP_HOST=HOST)
    second = client.post(signup_path(event), data, HTTP_HOST=HOST)
    assert registrations(event).count() == 1
    # Both lead to the one sign-up's page. The tokens themselves differ when the posts fall in different
    # seconds: a signed token carries the moment it was made.
    named = [registration_for_token(resolve(response["Location"]).kwargs["token"]) for response in (first, second)]
    assert named == [registrations(event).get()] * 2


def test_a_full_event_offers_the_waiting_list(client, event, lapland):
    RegistrationFactory(listing=event, places=3)
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert fi("Full; you can join the waiting list.") in html
    assert fi("Join the waiting list") in html
    post_signup(client, event)
    assert registrations(event).last().status == Registration.Status.WAITING
    receipt = next(message for message in mail.outbox if message.to == ["aino@example.org"])
    assert receipt.subject == fi("On the waiting list: %(title)s") % {"title": "Kevätkonsertti"}


def test_a_full_event_without_a_waiting_list_says_so_and_refuses(client, event, lapland):
    event.waiting_list = False
    event.save()
    RegistrationFactory(listing=event, places=3)
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert fi("All places are taken and there is no waiting list.") in html
    assert 'name="consent"' not in html
    response = post_signup(client, event)
    assert response.status_code == 409
    assert fi("All places are taken and there is no waiting list.") in response.content.decode()
    assert registrations(event).count() == 1


def test_a_closed_sign_up_says_so(client, event, lapland):
    event.registration_deadline = timezone.now() - datetime.timedelta(hours=1)
    event.save()
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert fi("Sign-up has closed.") in html
    assert 'name="consent"' not in html
    refused = post_signup(client, event)
    assert refused.status_code == 409
    assert 'name="consent"' not in refused.content.decode(), "no form that cannot be sent"
    assert not registrations(event).exists()


def test_sign_up_not_yet_open_says_when_it_opens(client, event, lapland):
    event.signup_opens_at = timezone.now() + datetime.timedelta(days=1)
    event.save()
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    assert fi("Sign-up has not opened yet.") in html
    assert post_signup(client, event).status_code == 409


def test_bad_input_is_explained_and_kept(client, event):
    response = post_signup(client, event, email="ei-osoite", consent="")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Aino Osallistuja"' in html
    assert 'aria-invalid="true"' in html
    assert not registrations(event).exists()


def test_the_organisers_questions_are_asked_and_answered(client, event):
    event.signup_questions = QUESTIONS
    event.save()
    event.refresh_from_db()
    short, yes_no = (f"q_{child.id}" for child in event.signup_questions)
    response = post_signup(client, event, **{short: "Gluteeniton"})
    assert response.status_code == 200, "the required yes/no question was not answered"
    post_signup(client, event, **{short: "Gluteeniton", yes_no: "yes"})
    answers = registrations(event).get().answers
    assert [(answer["question"], answer["answer"]) for answer in answers] == [
        ("Ruokavalio", "Gluteeniton"),
        ("Tarvitsetko kyydin?", "yes"),
    ]


def test_a_guardian_signs_up_a_child_and_a_family_takes_several_places(client, event):
    event.guardian_signs_up = True
    event.places_per_signup = 3
    event.save()
    post_signup(client, event, name="Eetu", guardian_name="Aino Osallistuja", places="2")
    registration = registrations(event).get()
    assert (registration.name, registration.guardian_name, registration.places) == ("Eetu", "Aino Osallistuja", 2)
    # Two places of three are taken; a sign-up for two more goes to the waiting list.
    post_signup(client, event, name="Liisa", guardian_name="Matti", places="2")
    assert registrations(event).last().status == Registration.Status.WAITING


def test_the_cancel_link_confirms_then_cancels_and_promotes_the_first_waiting(client, event):
    post_signup(client, event, places="1", name="Eka", email="eka@example.org")
    RegistrationFactory(listing=event, places=2)
    first_waiting = RegistrationFactory(listing=event, status=Registration.Status.WAITING, email="odottaja@example.org")
    second_waiting = RegistrationFactory(listing=event, status=Registration.Status.WAITING)
    receipt = next(message for message in mail.outbox if message.to == ["eka@example.org"])
    cancel_path = re.search(r"http://lappilaiset\.localhost(/fi/ilmoittautuminen/peru/\S+)", receipt.body).group(1)

    confirm = client.get(cancel_path, HTTP_HOST=HOST)
    assert confirm.status_code == 200
    assert fi("Yes, cancel") in confirm.content.decode()
    assert registrations(event).first().status == Registration.Status.CONFIRMED

    mail.outbox.clear()
    done = client.post(cancel_path, HTTP_HOST=HOST)
    assert done.status_code == 302
    assert registrations(event).first().status == Registration.Status.CANCELLED
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == Registration.Status.CONFIRMED
    assert second_waiting.status == Registration.Status.WAITING
    promoted = next(message for message in mail.outbox if message.to == ["odottaja@example.org"])
    assert promoted.subject == fi("A place came free: %(title)s") % {"title": "Kevätkonsertti"}
    assert promoted.attachments
    assert fi("Your registration was cancelled") in client.get(done["Location"], HTTP_HOST=HOST).content.decode()


def test_a_made_up_token_is_not_found(client, event):
    assert client.get("/fi/ilmoittautuminen/peru/not-a-token/", HTTP_HOST=HOST).status_code == 404
    assert client.post("/fi/ilmoittautuminen/valmis/x:y/", HTTP_HOST=HOST).status_code == 404


def test_sign_ups_are_rate_limited_like_the_other_public_forms(client, event, settings):
    settings.WORKFLOWS_RATE_LIMIT = "2/m"
    for _ in range(2):
        post_signup(client, event)
    response = post_signup(client, event, name="Kolmas")
    assert response.status_code == 429
    assert 'value="Kolmas"' in response.content.decode()
    assert registrations(event).count() == 2


def test_an_event_without_sign_up_has_no_form_and_no_sign_up_address(client, lapland, organisation):
    from listings.factories import EventFactory

    plain = EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI])
    assert 'id="signup"' not in client.get(event_path(plain, lapland), HTTP_HOST=HOST).content.decode()
    assert client.get(signup_path(plain), HTTP_HOST=HOST).status_code == 404
    assert post_signup(client, plain).status_code == 404


def test_an_event_of_another_region_cannot_be_signed_up_for_here(client, north_karelia):
    from organisations.factories import OrganisationFactory

    other = signup_event(organisation=OrganisationFactory(municipality_code="167"), municipality_codes=["167"])
    assert post_signup(client, other).status_code == 404


def test_every_language_shares_one_place_count(client, event):
    from listings.factories import translate

    swedish = translate(event, "sv", title="Vårkonsert")
    RegistrationFactory(listing=event, places=3)
    response = post_signup(client, swedish, language="sv")
    assert response.status_code == 302
    registration = Registration.objects.get(email="aino@example.org")
    assert (registration.object_id, registration.status) == (event.pk, Registration.Status.WAITING)
    receipt = next(message for message in mail.outbox if message.to == ["aino@example.org"])
    assert "Vårkonsert" in receipt.subject


def test_a_sign_up_sent_too_fast_is_explained_at_its_button_and_kept(client, event, settings):
    settings.WORKFLOWS_MIN_FILL_SECONDS = 60
    response = post_signup(client, event, name="Nopea Näppäilijä")
    html = response.content.decode()
    # The summary's link leads to the button, which the message beside it describes.
    assert 'href="#form-submit"' in html
    assert '<button type="submit" id="form-submit" aria-describedby="form-submit_error">' in html
    assert 'id="form-submit_error"' in html
    assert 'value="Nopea Näppäilijä"' in html
    assert 'role="alert"' not in html
    assert registrations(event).count() == 0


def test_the_form_asks_in_the_order_a_reader_fills_it_in(client, event, lapland):
    """The participant's details (registrations.forms.ParticipantForm) come after the date, the guardian's name
    right after the child's, and the consent last."""
    event.guardian_signs_up = True
    event.places_per_signup = 3
    event.save()
    html = client.get(event_path(event, lapland), HTTP_HOST=HOST).content.decode()
    names = ["homepage", "name", "guardian_name", "email", "phone", "places", "consent"]
    positions = [html.index(f'name="{name}"') for name in names]
    assert positions == sorted(positions)
