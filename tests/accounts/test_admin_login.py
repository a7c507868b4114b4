"""One set of sign-in limits: the admin's login shares allauth's failed-login lock, and resets go through allauth."""

import pytest
from django.urls import reverse

from accounts.factories import UserFactory

from .conftest import HOST

pytestmark = pytest.mark.django_db

PASSWORD = "oikea-salasana-123"
ADMIN_LOGIN = "/admin/login/"
PUBLIC_LOGIN = "/fi/tili/kirjaudu/"


@pytest.fixture
def coordinator(lapland):
    return UserFactory(email="koordinaattori@example.org", password=PASSWORD, groups=[lapland.coordinator_group])


def admin_login(client, password):
    return client.post(ADMIN_LOGIN, {"username": "koordinaattori@example.org", "password": password}, HTTP_HOST=HOST)


def public_login(client, password):
    return client.post(PUBLIC_LOGIN, {"login": "koordinaattori@example.org", "password": password}, HTTP_HOST=HOST)


def logged_in(client):
    return "_auth_user_id" in client.session


def test_the_admin_login_still_signs_in_with_the_right_password(client, coordinator):
    response = admin_login(client, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


@pytest.mark.parametrize("wrong_on", [admin_login, public_login], ids=["admin", "public"])
@pytest.mark.parametrize("right_on", [admin_login, public_login], ids=["admin", "public"])
def test_ten_wrong_passwords_lock_the_account_on_every_login_path(client, coordinator, wrong_on, right_on):
    for _attempt in range(10):
        wrong_on(client, "väärä-salasana")
    right_on(client, PASSWORD)
    assert not logged_in(client)


def test_a_locked_admin_login_says_so_in_finnish(client, coordinator):
    for _attempt in range(10):
        response = admin_login(client, "väärä-salasana")
    assert response.status_code == 200
    assert "Liian monta" in response.content.decode()


def test_the_admin_offers_no_password_reset_of_its_own(client, coordinator):
    assert client.get("/admin/password_reset/", HTTP_HOST=HOST, follow=True).status_code == 404
    body = client.get(ADMIN_LOGIN, HTTP_HOST=HOST).content.decode()
    assert reverse("account_reset_password") in body
