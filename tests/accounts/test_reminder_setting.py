"""The freshness reminder setting on the account page, which every reminder mail links to."""

import pytest

from accounts.factories import UserFactory

from .conftest import HOST

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(lapland):
    return UserFactory(email="jasen@example.org")


def test_the_account_page_has_the_setting_at_the_anchor_the_mails_link_to(client, person):
    client.force_login(person)
    html = client.get("/sv/konto/", HTTP_HOST=HOST).content.decode()
    assert '<section id="reminders"' in html
    assert 'name="freshness_reminders"' in html and "checked" in html
    assert "Skicka mig påminnelser om mina organisationers annonser" in html


def test_unticking_turns_the_reminders_off_and_ticking_on(client, person):
    client.force_login(person)
    response = client.post("/fi/tili/muistutukset/", {}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/tili/#reminders"
    person.refresh_from_db()
    assert person.freshness_reminders is False
    page = client.get("/fi/tili/", HTTP_HOST=HOST).content.decode()
    assert "Et saa enää muistutuksia organisaatioidesi ilmoituksista." in page
    client.post("/fi/tili/muistutukset/", {"freshness_reminders": "on"}, HTTP_HOST=HOST)
    person.refresh_from_db()
    assert person.freshness_reminders is True


def test_the_setting_needs_a_login_and_a_post(client, person):
    assert client.post("/fi/tili/muistutukset/", {}, HTTP_HOST=HOST)["Location"].startswith("/fi/tili/kirjaudu/")
    client.force_login(person)
    assert client.get("/fi/tili/muistutukset/", HTTP_HOST=HOST).status_code == 405
