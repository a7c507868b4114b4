import pytest
from django.contrib.auth import authenticate, get_user_model

from accounts.factories import UserFactory

User = get_user_model()


@pytest.mark.django_db
def test_users_log_in_with_their_email_address_in_any_case():
    UserFactory(email="Maija.Meikalainen@Example.org", password="salasana-123")
    assert User.objects.get().email == "maija.meikalainen@example.org"
    assert authenticate(username="MAIJA.meikalainen@example.org", password="salasana-123") is not None
    assert authenticate(username="maija.meikalainen@example.org", password="wrong") is None


@pytest.mark.django_db
def test_email_is_unique_and_required():
    User.objects.create_user("a@example.org", "x")
    with pytest.raises(ValueError):
        User.objects.create_user("", "x")
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        User.objects.create_user("A@example.org", "x")


@pytest.mark.django_db
def test_superuser_reaches_the_admin(client):
    User.objects.create_superuser("root@example.org", "pw")
    response = client.post("/admin/login/", {"username": "root@example.org", "password": "pw"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
