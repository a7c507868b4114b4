"""Feedback and development-suggestion pages: form-builder pages that e-mail the region's producer."""

import pytest
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from core.spam import new_token
from workflows.models import FeedbackFormField

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
PATHS = {
    "feedback": {"fi": "/fi/palaute/", "sv": "/sv/respons/", "en": "/en/feedback/"},
    "suggestions": {"fi": "/fi/kehitysehdotukset/", "sv": "/sv/utvecklingsforslag/", "en": "/en/suggestions/"},
}


def data(**overrides):
    return {
        "name": "Kaisa",
        "email": "kaisa@example.org",
        "message": "Hyvä palvelu!",
        "homepage": "",
        "started": new_token(),
        **overrides,
    }


@pytest.mark.parametrize("key", ["feedback", "suggestions"])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_site_has_both_forms_in_every_language(client, lapland, key, language):
    response = client.get(PATHS[key][language], HTTP_HOST=HOST)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="message"' in html and 'name="homepage"' in html


def test_the_pages_mail_the_regions_producer(lapland):
    for key in PATHS:
        pages = lapland.section_page(key).get_translations(inclusive=True)
        assert [page.specific.to_address for page in pages] == [lapland.producer_email] * 3


def test_feedback_is_stored_and_mailed_to_the_producer(client, django_capture_on_commit_callbacks, mailoutbox, lapland):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PATHS["feedback"]["fi"], data(), HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "Kiitos" in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.get_data()["message"] == "Hyvä palvelu!"
    assert "homepage" not in submission.form_data and "started" not in submission.form_data
    (mail,) = mailoutbox
    assert mail.to == [lapland.producer_email]
    assert mail.reply_to == ["kaisa@example.org"]
    assert "Hyvä palvelu!" in mail.body


def test_submissions_are_listed_in_the_admin(client, lapland):
    from accounts.factories import SuperuserFactory

    client.post(PATHS["suggestions"]["en"], data(message="Add a map"), HTTP_HOST=HOST)
    page = lapland.section_page("suggestions").get_translation(Locale.objects.get(language_code="en"))
    client.force_login(SuperuserFactory(email="root@example.org"))
    listing = client.get(f"/admin/forms/submissions/{page.pk}/")
    assert listing.status_code == 200
    assert "Add a map" in listing.content.decode()


def test_feedback_spam_defence(client, lapland):
    assert client.post(PATHS["feedback"]["fi"], data(homepage="x"), HTTP_HOST=HOST).status_code == 200
    assert not FormSubmission.objects.exists()
    statuses = [client.post(PATHS["feedback"]["fi"], data(), HTTP_HOST=HOST).status_code for _number in range(50)]
    assert 500 not in statuses and statuses.count(429) == 46
    assert FormSubmission.objects.count() == 4
    limited = client.post(PATHS["feedback"]["fi"], data(message="Jäikö tämä talteen?"), HTTP_HOST=HOST)
    assert limited.status_code == 429
    assert "Jäikö tämä talteen?" in limited.content.decode()


def test_a_feedback_validation_error_keeps_the_message(client, lapland):
    response = client.post(PATHS["feedback"]["fi"], data(email="ei-osoite", message="Pitkä viesti"), HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "Pitkä viesti" in response.content.decode()
    too_long = client.post(PATHS["feedback"]["fi"], data(message="x" * 5001), HTTP_HOST=HOST, REMOTE_ADDR="10.9.9.9")
    assert too_long.context["form"].errors["message"]
    assert not FormSubmission.objects.exists()


def test_coordinators_own_fields_replace_the_standard_ones(client, lapland):
    page = lapland.section_page("feedback")
    FeedbackFormField.objects.create(page=page, label="Mikä kunta?", field_type="singleline", required=True)
    response = client.get(PATHS["feedback"]["fi"], HTTP_HOST=HOST)
    html = response.content.decode()
    assert "Mikä kunta?" in html and 'name="message"' not in html
