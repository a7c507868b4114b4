import pytest

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTS = ["localhost", "lappilaiset.localhost"]
LANGUAGES = ["fi", "sv", "en"]


@pytest.fixture
def network(national, lapland):
    return national, lapland


def test_home_pages_pass_axe_in_every_language(network, page, site_url):
    failures = []
    for hostname in HOSTS:
        for language in LANGUAGES:
            response = page.goto(site_url(hostname, f"/{language}/"))
            assert response.status == 200, f"{hostname}/{language}/ answered {response.status}"
            assert page.locator("html").get_attribute("lang") == language
            violations = axe_violations(page)
            if violations:
                failures.append(f"{hostname}/{language}/:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)
    # The pages need nothing the Content-Security-Policy forbids (the accent colour's <style> has its nonce).
    assert page.csp_violations == []


def test_standard_pages_and_not_found_pass_axe(network, page, site_url):
    failures = []
    paths = ["/fi/tietoa-palvelusta/", "/sv/anvandarvillkor/", "/en/privacy/", "/fi/saavutettavuus/"]
    for path in paths:
        response = page.goto(site_url("lappilaiset.localhost", path))
        assert response.status == 200, f"{path} answered {response.status}"
        violations = axe_violations(page)
        if violations:
            failures.append(f"{path}:\n{format_violations(violations)}")
    response = page.goto(site_url("lappilaiset.localhost", "/sv/finns-inte/"))
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "sv"
    violations = axe_violations(page)
    assert not violations and not failures, "\n\n".join(failures + [format_violations(violations)])


def test_keyboard_user_can_skip_to_content_and_switch_language(network, page, site_url):
    page.goto(site_url("lappilaiset.localhost", "/fi/tietoa-palvelusta/"))
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.get_by_role("link", name="På svenska").click()
    page.wait_for_load_state()
    assert page.url.endswith("/sv/om-tjansten/")
    assert page.locator("html").get_attribute("lang") == "sv"
