import datetime

import pytest
from django.utils import timezone

from accounts.factories import TermsAcceptanceFactory, TermsVersionFactory, UserFactory
from accounts.models import TermsAcceptance, TermsVersion

from .conftest import HOST

ACCEPT_URL = "/fi/tili/kayttoehdot/"


def is_logged_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def old_version(db):
    return TermsVersionFactory(label="2024-1", effective_from=timezone.now() - datetime.timedelta(days=400))


@pytest.fixture
def member(old_version):
    """A user who accepted the terms that were in effect when they signed up."""
    return UserFactory(email="jasen@example.org", password="salasana-123")


@pytest.mark.django_db
def test_without_a_published_version_nobody_is_stopped(client, lapland):
    client.force_login(UserFactory())
    assert client.get("/fi/", HTTP_HOST=HOST).status_code == 200


@pytest.mark.django_db
def test_a_user_up_to_date_uses_the_site(client, lapland, member):
    client.force_login(member)
    assert client.get("/fi/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/fi/tili/", HTTP_HOST=HOST).status_code == 200


@pytest.mark.django_db
def test_a_new_version_must_be_accepted_at_the_next_request_after_login(client, lapland, member):
    new = TermsVersionFactory(
        label="2025-2",
        changes_fi="Lisäsimme kohdan tapahtumailmoittautumisista.",
        changes_sv="Vi lade till ett avsnitt om anmälningar.",
    )
    response = client.post("/fi/tili/kirjaudu/", {"login": member.email, "password": "salasana-123"}, HTTP_HOST=HOST)
    assert response.status_code == 302
    response = client.get(response["Location"], HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == f"{ACCEPT_URL}?next=%2Ffi%2Ftili%2F"

    # Any public page: first the terms.
    response = client.get("/fi/tietoa-palvelusta/?a=1", HTTP_HOST=HOST)
    assert response["Location"] == f"{ACCEPT_URL}?next=%2Ffi%2Ftietoa-palvelusta%2F%3Fa%3D1"
    response = client.post("/fi/tili/", {"first_name": "X"}, HTTP_HOST=HOST)
    assert response.status_code == 302 and response["Location"].startswith(ACCEPT_URL)

    response = client.get(f"{ACCEPT_URL}?next=/fi/tietoa-palvelusta/", HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "2025-2" in body
    assert "Lisäsimme kohdan tapahtumailmoittautumisista." in body
    assert 'href="/fi/kayttoehdot/"' in body
    # ... and in Swedish, the Swedish summary and terms page.
    body = client.get("/sv/konto/anvandarvillkor/", HTTP_HOST=HOST).content.decode()
    assert "Vi lade till ett avsnitt om anmälningar." in body
    assert 'href="/sv/anvandarvillkor/"' in body

    response = client.post(
        ACCEPT_URL,
        {"action": "accept", "version": new.pk, "next": "/fi/tietoa-palvelusta/"},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    assert response["Location"] == "/fi/tietoa-palvelusta/"
    assert TermsAcceptance.objects.filter(user=member, terms_version=new).exists()
    assert client.get("/fi/tietoa-palvelusta/", HTTP_HOST=HOST).status_code == 200
    # Nothing more to accept: the page sends the user on.
    assert client.get(ACCEPT_URL, HTTP_HOST=HOST)["Location"] == "/fi/tili/"


@pytest.mark.django_db
def test_an_existing_session_is_stopped_when_a_version_takes_effect(client, lapland, member):
    client.force_login(member)
    assert client.get("/fi/", HTTP_HOST=HOST).status_code == 200
    TermsVersionFactory(label="2025-2")
    assert client.get("/fi/", HTTP_HOST=HOST)["Location"].startswith(ACCEPT_URL)


@pytest.mark.django_db
def test_declining_logs_out_with_an_explanation(client, lapland, member):
    new = TermsVersionFactory(label="2025-2")
    client.force_login(member)
    response = client.post(ACCEPT_URL, {"action": "decline", "version": new.pk}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/kayttoehdot/hylatty/"
    assert not is_logged_in(client)
    response = client.get(response["Location"], HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "Et hyväksynyt uusia käyttöehtoja" in response.content.decode()
    assert not TermsAcceptance.objects.filter(terms_version=new).exists()
    # Anonymous visitors are never stopped.
    assert client.get("/fi/", HTTP_HOST=HOST).status_code == 200


@pytest.mark.django_db
def test_what_stays_reachable_before_accepting(client, lapland, member):
    TermsVersionFactory(label="2025-2")
    member.is_superuser = member.is_staff = True
    member.save()
    client.force_login(member)
    # The terms themselves, in every language.
    for path in ("/fi/kayttoehdot/", "/sv/anvandarvillkor/", "/en/terms-of-use/"):
        assert client.get(path, HTTP_HOST=HOST).status_code == 200, path
    # The Wagtail admin, the user's own data and logging out.
    assert client.get("/admin/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/fi/tili/tietoni/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/fi/tili/poista/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/fi/tili/kirjaudu-ulos/", HTTP_HOST=HOST).status_code == 200
    # But not the rest of the public site.
    assert client.get("/fi/tietoa-palvelusta/", HTTP_HOST=HOST).status_code == 302
    assert client.get("/fi/tili/salasana/vaihda/", HTTP_HOST=HOST).status_code == 302


@pytest.mark.django_db
def test_only_the_version_on_screen_is_accepted(client, lapland, member):
    first = TermsVersionFactory(label="2025-2", effective_from=timezone.now() - datetime.timedelta(hours=2))
    newer = TermsVersionFactory(label="2025-3", effective_from=timezone.now() - datetime.timedelta(hours=1))
    client.force_login(member)
    response = client.post(ACCEPT_URL, {"action": "accept", "version": first.pk}, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "2025-3" in response.content.decode()
    assert not TermsAcceptance.objects.filter(user=member, terms_version__in=[first, newer]).exists()


@pytest.mark.django_db
def test_a_version_dated_ahead_takes_effect_only_then(client, lapland, member):
    TermsVersionFactory(label="2026-1", effective_from=timezone.now() + datetime.timedelta(days=30))
    client.force_login(member)
    assert client.get("/fi/", HTTP_HOST=HOST).status_code == 200


@pytest.mark.django_db
def test_accepting_never_redirects_off_site(client, lapland, member):
    new = TermsVersionFactory(label="2025-2")
    client.force_login(member)
    response = client.post(
        ACCEPT_URL, {"action": "accept", "version": new.pk, "next": "https://example.com/"}, HTTP_HOST=HOST
    )
    assert response["Location"] == "/fi/tili/"


@pytest.mark.django_db
def test_accepted_versions_cannot_be_deleted(member, old_version):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        old_version.delete()


@pytest.mark.django_db
def test_factories_make_users_who_accepted_the_current_terms(old_version):
    assert TermsAcceptance.objects.filter(user=UserFactory(), terms_version=old_version).exists()
    assert not UserFactory(accept_terms=False).terms_acceptances.exists()
    acceptance = TermsAcceptanceFactory(terms_version=old_version)
    assert acceptance.user.terms_acceptances.count() == 1


@pytest.mark.django_db
def test_coordinators_publish_versions_in_the_admin(client, lapland):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get("/admin/snippets/accounts/termsversion/add/", HTTP_HOST=HOST)
    assert response.status_code == 200
    response = client.post(
        "/admin/snippets/accounts/termsversion/add/",
        {
            "label": "2025-9",
            "effective_from": "2025-03-01 12:00",
            "changes_fi": "Uusi kohta.",
            "changes_sv": "",
            "changes_en": "",
        },
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    version = TermsVersion.objects.get(label="2025-9")
    assert version.changes_fi == "Uusi kohta."
    assert client.get("/admin/snippets/accounts/termsversion/", HTTP_HOST=HOST).status_code == 200


@pytest.mark.django_db
def test_deleting_an_accepted_version_in_the_admin_is_refused_without_an_error(client, lapland, member, old_version):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    url = f"/admin/snippets/accounts/termsversion/delete/{old_version.pk}/"
    edit_url = f"/admin/snippets/accounts/termsversion/edit/{old_version.pk}/"
    assert client.get(url, HTTP_HOST=HOST)["Location"] == edit_url
    response = client.post(url, HTTP_HOST=HOST, follow=True)
    assert response.status_code == 200
    assert "säilytetään todisteena" in response.content.decode()
    assert TermsVersion.objects.filter(pk=old_version.pk).exists()
    # A version nobody has accepted yet can go.
    unused = TermsVersionFactory(label="2030-1")
    client.post(f"/admin/snippets/accounts/termsversion/delete/{unused.pk}/", HTTP_HOST=HOST)
    assert not TermsVersion.objects.filter(pk=unused.pk).exists()
