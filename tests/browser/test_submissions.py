"""A citizen's event goes from the public form through the coordinator's approval onto the regional site."""

import datetime

import pytest
from django.utils import timezone

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"


@pytest.fixture
def network(settings, national, lapland):
    # The browser fills the form faster than a person; the fill-time check has its own tests.
    settings.WORKFLOWS_MIN_FILL_SECONDS = 0
    return national, lapland


def test_a_citizens_event_is_approved_by_the_coordinator_and_appears_on_the_regional_site(network, page, site_url):
    from accounts.factories import DEMO_PASSWORD, UserFactory
    from listings.models import Event

    _national, lapland = network
    UserFactory(email="coordinator@example.org", groups=[lapland.coordinator_group])
    starts = timezone.localtime() + datetime.timedelta(days=5)
    title = "Lumilyhtyjen ilta kylätalolla"

    page.goto(site_url(HOST, "/fi/"))
    page.click("a.site-header__submit")
    assert page.url.endswith("/fi/ilmoita/tapahtuma/")
    page.fill("#id_title", title)
    page.fill("#id_description", "Tehdään yhdessä lumilyhtyjä.\n\nMukaan mahtuvat kaikki.")
    page.fill("#id_starts_at", starts.strftime("%Y-%m-%dT18:00"))
    page.fill("#id_ends_at", starts.strftime("%Y-%m-%dT20:00"))
    page.fill("#id_place_name", "Kylätalo")
    page.select_option("#id_municipality", label="Rovaniemi")
    page.fill("#id_submitter_name", "Kaisa Kyläläinen")
    page.fill("#id_submitter_email", "kaisa@example.org")
    page.click("form.public-form button[type=submit]")
    page.wait_for_url("**/fi/ilmoita/tapahtuma/kiitos/")
    event = Event.objects.get(title=title)
    assert event.live is False

    # Not on the site before approval.
    page.goto(site_url(HOST, "/fi/tapahtumat/"))
    assert title not in page.content()

    page.goto(site_url(HOST, "/admin/login/"))
    page.fill("#id_username", "coordinator@example.org")
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.click(f"#coordinator-overview-heading ~ table a:has-text('{title}')")
    page.wait_for_load_state()
    approve = page.locator('button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    approve.first.dispatch_event("click")
    page.wait_for_load_state("networkidle")
    event.refresh_from_db()
    assert event.live is True

    page.goto(site_url(HOST, "/fi/tapahtumat/"))
    assert title in page.content()


def test_the_submit_pages_pass_axe(network, page, site_url):
    failures = []
    paths = [
        "/fi/ilmoita/",
        "/fi/ilmoita/tapahtuma/",
        "/fi/ilmoita/uutinen/",
        "/fi/ilmoita/tarina/",
        "/fi/ilmoita/tapahtuma/kiitos/",
        "/sv/anmal/",
        "/sv/anmal/evenemang/",
        "/sv/anmal/nyhet/",
        "/sv/anmal/berattelse/",
        "/sv/anmal/evenemang/tack/",
        "/fi/palaute/",
        "/sv/utvecklingsforslag/",
    ]
    for path in paths:
        response = page.goto(site_url(HOST, path))
        assert response.status == 200, f"{path} answered {response.status}"
        violations = axe_violations(page)
        if violations:
            failures.append(f"{path}:\n{format_violations(violations)}")
    # The form shown again with errors.
    page.goto(site_url(HOST, "/sv/anmal/evenemang/"))
    page.fill("#id_title", "Byafest")
    page.click("form.public-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator(".error-summary").count() == 1
    violations = axe_violations(page)
    if violations:
        failures.append(f"errors on /sv/anmal/evenemang/:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)
