import pytest

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"
PASSWORD = "Selain-salasana-2025"
PATHS = {
    "fi": {"login": "/fi/tili/kirjaudu/", "signup": "/fi/tili/rekisteroidy/", "account": "/fi/tili/"},
    "sv": {"login": "/sv/konto/logga-in/", "signup": "/sv/konto/registrera/", "account": "/sv/konto/"},
}


@pytest.fixture
def network(national, lapland):
    return national, lapland


def check(page, url, failures, status=200):
    response = page.goto(url)
    assert response.status == status, f"{url} answered {response.status}"
    violations = axe_violations(page)
    if violations:
        failures.append(f"{url}:\n{format_violations(violations)}")


def test_account_pages_pass_axe_in_finnish_and_swedish(network, page, site_url):
    from accounts.factories import TermsVersionFactory, UserFactory

    TermsVersionFactory(label="2025-1")
    UserFactory(email="selain@example.org", password=PASSWORD)
    failures = []
    for language, paths in PATHS.items():
        check(page, site_url(HOST, paths["login"]), failures)
        assert page.locator("html").get_attribute("lang") == language
        check(page, site_url(HOST, paths["signup"]), failures)

        # A sign-up with errors: the summary and the field errors must pass too.
        page.locator("form.account-form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(".error-summary").is_visible()
        violations = axe_violations(page)
        if violations:
            failures.append(f"{paths['signup']} with errors:\n{format_violations(violations)}")

        # Log in through the form, then the account page.
        page.goto(site_url(HOST, paths["login"]))
        page.fill("#id_login", "selain@example.org")
        page.fill("#id_password", PASSWORD)
        page.locator("form.account-form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.url == site_url(HOST, paths["account"]), page.url
        violations = axe_violations(page)
        if violations:
            failures.append(f"{paths['account']}:\n{format_violations(violations)}")
        page.locator("form.account-logout button").click()
        page.wait_for_load_state()
    assert not failures, "\n\n".join(failures)


def test_the_new_terms_page_passes_axe_and_accepting_continues(network, page, site_url):
    import datetime

    from django.utils import timezone

    from accounts.factories import TermsVersionFactory, UserFactory

    TermsVersionFactory(label="2024-1", effective_from=timezone.now() - datetime.timedelta(days=100))
    UserFactory(email="ehdot@example.org", password=PASSWORD)
    TermsVersionFactory(label="2025-2", changes_fi="Uusi kohta ilmoittautumisista.")

    page.goto(site_url(HOST, PATHS["fi"]["login"]))
    page.fill("#id_login", "ehdot@example.org")
    page.fill("#id_password", PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/fi/tili/kayttoehdot/" in page.url
    assert page.get_by_text("Uusi kohta ilmoittautumisista.").is_visible()
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    page.locator("button[value=accept]").click()
    page.wait_for_load_state()
    assert page.url == site_url(HOST, PATHS["fi"]["account"])
