import re
from urllib.parse import urlparse

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client as client_class
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from accounts.factories import TermsVersionFactory, UserFactory
from accounts.models import TermsAcceptance

from .conftest import HOST, first_link

User = get_user_model()
PASSWORD = "Kesäretki-Pallakselle-2025"


def signup_data(**extra):
    return {"email": "Uusi.Kayttaja@Example.org", "password1": PASSWORD, "password2": PASSWORD, "terms": "on", **extra}


def is_logged_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_account_urls_follow_the_language():
    expected = {
        "fi": ("/fi/tili/", "kirjaudu/", "rekisteroidy/"),
        "sv": ("/sv/konto/", "logga-in/", "registrera/"),
        "en": ("/en/account/", "login/", "signup/"),
    }
    for language, (prefix, login, signup) in expected.items():
        with translation.override(language):
            assert reverse("account_login") == f"{prefix}{login}"
            assert reverse("account_signup") == f"{prefix}{signup}"
            assert reverse("accounts:my_account") == prefix


@pytest.mark.django_db
def test_sign_up_verify_the_address_and_log_in(client, lapland):
    version = TermsVersionFactory()
    response = client.get("/fi/tili/rekisteroidy/", HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    # The terms link points at this site's terms page in the reader's language.
    assert 'href="/fi/kayttoehdot/"' in body

    response = client.post("/fi/tili/rekisteroidy/", signup_data(), HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/vahvista-sahkoposti/"
    assert not is_logged_in(client)
    user = User.objects.get()
    assert user.email == "uusi.kayttaja@example.org"
    assert TermsAcceptance.objects.get(user=user).terms_version == version
    assert not EmailAddress.objects.get(user=user).verified

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["uusi.kayttaja@example.org"]
    assert message.subject.startswith("[Lappilaiset] ")
    assert "Lappilaiset" in message.body
    link = first_link(message.body, r"http://lappilaiset\.localhost/fi/tili/vahvista-sahkoposti/[^/\s]+/")

    path = urlparse(link).path
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "uusi.kayttaja@example.org" in response.content.decode()
    response = client.post(path, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    # Confirmed in the same browser: logged straight in.
    assert is_logged_in(client)

    client.post("/fi/tili/kirjaudu-ulos/", HTTP_HOST=HOST)
    assert not is_logged_in(client)
    response = client.post(
        "/fi/tili/kirjaudu/", {"login": "UUSI.kayttaja@example.org", "password": PASSWORD}, HTTP_HOST=HOST
    )
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/"
    assert is_logged_in(client)
    assert client.get("/fi/tili/", HTTP_HOST=HOST).status_code == 200


@pytest.mark.django_db
def test_an_unverified_user_cannot_log_in(client, lapland):
    email = "vahvistamaton@example.org"
    user = UserFactory(email=email, password=PASSWORD, verified_email=False)
    EmailAddress.objects.create(user=user, email=email, verified=False, primary=True)

    response = client.post("/fi/tili/kirjaudu/", {"login": email, "password": PASSWORD}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/vahvista-sahkoposti/"
    assert not is_logged_in(client)
    # A fresh link is sent, so that the person can still finish.
    assert len(mail.outbox) == 1
    assert client.get("/fi/tili/", HTTP_HOST=HOST).status_code == 302


@pytest.mark.django_db
def test_the_terms_must_be_accepted_and_the_form_comes_back_filled_in(client, lapland):
    response = client.post("/fi/tili/rekisteroidy/", signup_data(terms=""), HTTP_HOST=HOST)
    assert response.status_code == 200
    assert not User.objects.exists()
    body = response.content.decode()
    assert "Käyttäjätilin luominen edellyttää käyttöehtojen hyväksymistä." in body
    # The error is listed at the top and tied to the checkbox.
    assert 'class="error-summary"' in body and 'href="#id_terms"' in body
    checkbox = re.search(r"<input[^>]*id=\"id_terms\"[^>]*>", body).group(0)
    assert 'aria-invalid="true"' in checkbox
    assert "id_terms_error" in checkbox and "terms-help" in checkbox
    assert 'id="id_terms_error"' in body
    # The address is kept; the passwords are not sent back.
    assert 'value="uusi.kayttaja@example.org"' in body or 'value="Uusi.Kayttaja@Example.org"' in body
    assert PASSWORD not in body


@pytest.mark.django_db
def test_form_fields_carry_labels_and_autocomplete(client, lapland):
    body = client.get("/fi/tili/rekisteroidy/", HTTP_HOST=HOST).content.decode()
    assert '<label for="id_email">' in body
    assert 'autocomplete="email"' in body
    assert body.count('autocomplete="new-password"') == 2
    # The password rules are the password field's description.
    field = re.search(r"<input[^>]*id=\"id_password1\"[^>]*>", body).group(0)
    assert 'aria-describedby="id_password1_help"' in field
    body = client.get("/fi/tili/kirjaudu/", HTTP_HOST=HOST).content.decode()
    assert 'autocomplete="current-password"' in body


@pytest.mark.django_db
def test_signing_up_with_a_taken_address_reveals_nothing(client, lapland):
    UserFactory(email="varattu@example.org")
    response = client.post("/fi/tili/rekisteroidy/", signup_data(email="varattu@example.org"), HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/vahvista-sahkoposti/"
    assert User.objects.count() == 1
    # The owner of the address is told instead.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["varattu@example.org"]


@pytest.mark.django_db
def test_password_reset(client, lapland):
    UserFactory(email="unohtaja@example.org", password="old-password-123")
    response = client.post("/fi/tili/salasana/unohtunut/", {"email": "unohtaja@example.org"}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = first_link(mail.outbox[0].body, r"http://lappilaiset\.localhost/fi/tili/salasana/unohtunut/avain/\S+/")
    response = client.get(urlparse(link).path, HTTP_HOST=HOST)
    # allauth moves the key into the session and redirects to a key-less URL.
    assert response.status_code == 302
    form_url = response["Location"]
    response = client.get(form_url, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert 'autocomplete="new-password"' in response.content.decode()
    response = client.post(form_url, {"password1": PASSWORD, "password2": PASSWORD}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert User.objects.get().check_password(PASSWORD)

    # An unknown address gets the same answer, and no account is revealed.
    mail.outbox.clear()
    response = client.post("/fi/tili/salasana/unohtunut/", {"email": "ei-ole@example.org"}, HTTP_HOST=HOST)
    assert response.status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/fi/tili/kirjaudu/", "fi", "Log in"),
        ("/sv/konto/registrera/", "sv", "Create an account"),
        ("/en/account/password/reset/", "en", "Reset your password"),
        ("/fi/tili/vahvista-sahkoposti/", "fi", "Confirm your e-mail address"),
        ("/fi/tili/vahvista-sahkoposti/not-a-key/", "fi", "Confirm your e-mail address"),
    ],
)
def test_account_pages_carry_the_regions_branding(client, lapland, path, language, heading):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    assert '<span class="site-header__name">Lappilaiset</span>' in body
    assert "--accent: #1d4f91" in body
    assert "<h1>" in body
    assert '<meta name="robots" content="noindex">' in body


@pytest.mark.django_db
def test_the_header_links_to_log_in_or_to_my_account(client, lapland):
    body = client.get("/fi/", HTTP_HOST=HOST).content.decode()
    assert 'href="/fi/tili/kirjaudu/?next=/fi/"' in body
    client.force_login(UserFactory())
    body = client.get("/sv/", HTTP_HOST=HOST).content.decode()
    assert 'href="/sv/konto/"' in body


@pytest.mark.django_db
@override_settings(ACCOUNT_RATE_LIMITS={"login": "3/m/ip", "login_failed": False})
def test_too_many_login_attempts_get_a_clear_page(client, lapland):
    for _attempt in range(3):
        response = client.post("/fi/tili/kirjaudu/", {"login": "x@example.org", "password": "wrong"}, HTTP_HOST=HOST)
        assert response.status_code == 200
    response = client.post("/fi/tili/kirjaudu/", {"login": "x@example.org", "password": "wrong"}, HTTP_HOST=HOST)
    assert response.status_code == 429
    body = response.content.decode()
    assert "Liian monta yritystä" in body
    assert '<span class="site-header__name">Lappilaiset</span>' in body


@pytest.mark.django_db
def test_repeated_failed_logins_for_one_address_are_refused(client, lapland):
    UserFactory(email="kohde@example.org", password=PASSWORD)
    for _attempt in range(5):
        client.post("/fi/tili/kirjaudu/", {"login": "kohde@example.org", "password": "wrong"}, HTTP_HOST=HOST)
    response = client.post("/fi/tili/kirjaudu/", {"login": "kohde@example.org", "password": PASSWORD}, HTTP_HOST=HOST)
    assert not is_logged_in(client)
    assert response.status_code in (200, 429)


@pytest.mark.django_db
def test_before_any_version_is_published_the_acceptance_is_still_recorded(client, lapland):
    client.post("/en/account/signup/", signup_data(), HTTP_HOST=HOST)
    acceptance = TermsAcceptance.objects.get()
    assert acceptance.user.email == "uusi.kayttaja@example.org"
    assert acceptance.terms_version is None


@pytest.mark.django_db
def test_confirming_in_another_browser_leads_to_the_login_page(client, lapland):
    client.post("/sv/konto/registrera/", signup_data(), HTTP_HOST=HOST)
    link = first_link(mail.outbox[0].body, r"/sv/konto/bekrafta-e-post/[^/\s]+/")
    other = client_class()
    response = other.post(link, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/sv/konto/logga-in/"
    assert "_auth_user_id" not in other.session
    assert EmailAddress.objects.get().verified


@pytest.mark.django_db
def test_logging_out_leads_to_the_front_page_in_the_same_language(client, lapland):
    client.force_login(UserFactory())
    response = client.post("/sv/konto/logga-ut/", HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/sv/"
    assert not is_logged_in(client)
