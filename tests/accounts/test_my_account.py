import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from accounts import data_export
from accounts.factories import TermsVersionFactory, UserFactory

from .conftest import HOST, first_link

User = get_user_model()
PASSWORD = "oma-salasana-123"


@pytest.fixture
def version(db):
    return TermsVersionFactory(label="2025-1")


@pytest.fixture
def person(version):
    user = UserFactory(email="henkilo@example.org", first_name="Aino", last_name="Esimerkki", password=PASSWORD)
    user.groups.add(Group.objects.create(name="Esimerkkiyhdistyksen jäsenet"))
    return user


@pytest.mark.django_db
def test_my_account_needs_a_login(client, lapland):
    response = client.get("/fi/tili/", HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/kirjaudu/?next=/fi/tili/"
    assert client.get("/fi/tili/tietoni/", HTTP_HOST=HOST)["Location"].startswith("/fi/tili/kirjaudu/")
    assert client.get("/fi/tili/poista/", HTTP_HOST=HOST)["Location"].startswith("/fi/tili/kirjaudu/")


@pytest.mark.django_db
def test_my_account_shows_the_account_and_edits_the_name(client, lapland, person):
    client.force_login(person)
    response = client.get("/fi/tili/", HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "henkilo@example.org" in body
    assert "Aino Esimerkki" in body
    assert "Versio 2025-1, hyväksytty" in body
    assert 'autocomplete="given-name"' in body

    response = client.post("/fi/tili/", {"first_name": "Aino-Maria", "last_name": "Esimerkki"}, HTTP_HOST=HOST)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.first_name == "Aino-Maria"
    body = client.get("/fi/tili/", HTTP_HOST=HOST).content.decode()
    assert "Nimesi on tallennettu." in body

    response = client.post("/fi/tili/", {"first_name": "x" * 151, "last_name": ""}, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


@pytest.mark.django_db
def test_the_data_download_holds_the_users_own_data(client, lapland, person):
    def export_favourites(user):
        return {"count": 2, "owner": user.email}

    data_export.register_exporter("favourites", export_favourites)
    try:
        client.force_login(person)
        response = client.get("/fi/tili/tietoni/", HTTP_HOST=HOST)
    finally:
        data_export.unregister_exporter("favourites")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    data = json.loads(response.content)
    assert data["format"] == "toimeksi-user-data/1"
    assert data["account"]["email"] == "henkilo@example.org"
    assert data["account"]["first_name"] == "Aino"
    assert data["account"]["last_name"] == "Esimerkki"
    assert "password" not in json.dumps(data)
    assert data["email_addresses"] == [{"email": "henkilo@example.org", "verified": True, "primary": True}]
    assert [a["terms_version"] for a in data["terms_acceptances"]] == ["2025-1"]
    assert data["groups"] == ["Esimerkkiyhdistyksen jäsenet"]
    assert data["favourites"] == {"count": 2, "owner": "henkilo@example.org"}


def test_an_exporter_key_is_registered_once():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        data_export.register_exporter("account", lambda user: {})


@pytest.mark.django_db
def test_deleting_the_account_takes_the_right_password(client, lapland, person):
    client.force_login(person)
    assert client.get("/fi/tili/poista/", HTTP_HOST=HOST).status_code == 200

    response = client.post("/fi/tili/poista/", {"password": "väärä"}, HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Salasana on väärä." in body
    assert 'aria-describedby="id_password_error"' in body
    assert User.objects.filter(pk=person.pk).exists()

    response = client.post("/fi/tili/poista/", {"password": ""}, HTTP_HOST=HOST)
    assert "Anna salasanasi, jotta voit poistaa käyttäjätilisi." in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()


@pytest.mark.django_db
def test_deleting_the_account_removes_the_user_and_keeps_the_content(client, lapland, person):
    page = Page.objects.get(pk=lapland.site.root_page_id)
    page.owner = person
    page.save(update_fields=["owner"])
    client.force_login(person)

    response = client.post("/fi/tili/poista/", {"password": PASSWORD}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/poistettu/"
    assert not User.objects.filter(pk=person.pk).exists()
    assert not EmailAddress.objects.filter(email="henkilo@example.org").exists()
    assert "_auth_user_id" not in client.session
    page.refresh_from_db()
    assert page.owner is None

    response = client.get("/fi/tili/poistettu/", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "Käyttäjätilisi on poistettu" in response.content.decode()


@pytest.mark.django_db
def test_an_administrator_cannot_delete_their_own_account_here(client, lapland, version):
    admin = UserFactory(is_superuser=True, is_staff=True, password=PASSWORD)
    client.force_login(admin)
    response = client.post("/fi/tili/poista/", {"password": PASSWORD}, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "sen poistaa toinen ylläpitäjä" in response.content.decode()
    assert User.objects.filter(pk=admin.pk).exists()


@pytest.mark.django_db
def test_the_password_can_be_changed(client, lapland, person):
    client.force_login(person)
    response = client.get("/sv/konto/losenord/byt/", HTTP_HOST=HOST)
    assert response.status_code == 200
    new = "Uusi-salasana-2025"
    response = client.post(
        "/sv/konto/losenord/byt/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password(new)


@pytest.mark.django_db
def test_the_email_address_can_be_changed_after_confirming_the_new_one(client, lapland, person):
    from django.core import mail

    client.force_login(person)
    assert client.get("/fi/tili/sahkoposti/", HTTP_HOST=HOST).status_code == 200
    response = client.post(
        "/fi/tili/sahkoposti/", {"action_add": "", "email": "uusi.osoite@example.org"}, HTTP_HOST=HOST
    )
    assert response.status_code == 302
    body = client.get("/fi/tili/sahkoposti/", HTTP_HOST=HOST).content.decode()
    assert "uusi.osoite@example.org" in body
    assert len(mail.outbox) == 1
    person.refresh_from_db()
    assert person.email == "henkilo@example.org"

    link = first_link(mail.outbox[0].body, r"/fi/tili/vahvista-sahkoposti/[^/\s]+/")
    assert client.post(link, HTTP_HOST=HOST).status_code == 302
    person.refresh_from_db()
    assert person.email == "uusi.osoite@example.org"


@pytest.mark.django_db
def test_password_guesses_on_the_delete_page_are_limited(client, lapland, person):
    client.force_login(person)
    for _attempt in range(10):
        assert client.post("/fi/tili/poista/", {"password": "arvaus"}, HTTP_HOST=HOST).status_code == 200
    response = client.post("/fi/tili/poista/", {"password": PASSWORD}, HTTP_HOST=HOST)
    assert response.status_code == 429
    assert User.objects.filter(pk=person.pk).exists()
