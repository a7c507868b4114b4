"""Request size caps: an oversized body is refused before it is read, a bad length is a 400."""

import pytest

pytestmark = pytest.mark.django_db

LAPLAND = "lappilaiset.localhost"


def test_a_body_over_the_cap_is_refused_with_413(client, settings, lapland):
    settings.REQUEST_BODY_MAX_SIZE = 1000
    response = client.post("/fi/tili/kirjaudu/", {"login": "x" * 2000}, HTTP_HOST=LAPLAND)
    assert response.status_code == 413
    assert "liian suuri" in response.content.decode()


def test_a_body_under_the_cap_goes_through(client, settings, lapland):
    settings.REQUEST_BODY_MAX_SIZE = 100_000
    response = client.post("/fi/tili/kirjaudu/", {"login": "someone@example.org", "password": "x"}, HTTP_HOST=LAPLAND)
    assert response.status_code == 200


def test_a_malformed_content_length_is_a_400_not_a_500(client, lapland):
    response = client.post("/fi/tili/kirjaudu/", {"login": "x"}, HTTP_HOST=LAPLAND, CONTENT_LENGTH="lots")
    assert response.status_code == 400


def test_the_caps_are_configured():
    from django.conf import settings

    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 2_621_440
    assert settings.REQUEST_BODY_MAX_SIZE == 30 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE < settings.REQUEST_BODY_MAX_SIZE
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE < settings.REQUEST_BODY_MAX_SIZE
