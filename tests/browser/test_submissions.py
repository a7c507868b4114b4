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
    # The preview first, then sending.
    page.wait_for_selector("#preview-note")
    page.click("#form-submit")
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


def test_the_preview_flow_by_keyboard_keeps_everything_and_passes_axe(network, page, site_url, tmp_path):
    """Fill in, preview, go back to edit, preview again and send, all with the keyboard; one submission."""
    import io

    from PIL import Image

    from listings.models import Event
    from topics.models import Topic
    from workflows.models import Submission

    # Browser tests flush the database, and with it the curated topics its migration made.
    Topic.objects.get_or_create(slug="ymparisto", defaults={"name": "Ympäristö ja luonto"})
    image_path = tmp_path / "lyhdyt.png"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "#336699").save(buffer, format="PNG")
    image_path.write_bytes(buffer.getvalue())
    starts = timezone.localtime() + datetime.timedelta(days=6)
    title = "Lyhtykävely joen rannassa"

    page.goto(site_url(HOST, "/fi/ilmoita/tapahtuma/"))
    page.fill("#id_title", title)
    page.fill("#id_description", "Kävellään yhdessä lyhtyjen valossa.")
    page.fill("#id_starts_at", starts.strftime("%Y-%m-%dT18:00"))
    page.fill("#id_place_name", "Joenranta")
    page.select_option("#id_municipality", label="Rovaniemi")
    page.locator("input[name=topics][value=ymparisto]").focus()
    page.keyboard.press("Space")
    page.locator("#id_is_free").focus()
    page.keyboard.press("Space")
    page.set_input_files("#id_image", str(image_path))
    page.fill("#id_image_alt", "Lyhtyjä lumessa")
    page.fill("#id_submitter_name", "Kaisa Kyläläinen")
    page.fill("#id_submitter_email", "kaisa@example.org")
    page.locator("#form-submit").focus()
    page.keyboard.press("Enter")

    page.wait_for_selector("#preview-note")
    content = page.content()
    assert f"<h1>{title}</h1>" in content
    assert "Ympäristö ja luonto" in content and "Maksuton" in content
    assert page.locator("figure.listing__image img[alt='Lyhtyjä lumessa']").count() == 1
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    assert Event.objects.filter(title=title).count() == 0

    page.locator("button[value=edit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#kept-image-note")
    assert page.input_value("#id_title") == title
    assert page.is_checked("input[name=topics][value=ymparisto]")
    assert page.is_checked("#id_is_free")
    assert page.locator(".error-summary").count() == 0
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
    page.fill("#id_place_name", "Joenrannan laavu")
    page.locator("#form-submit").focus()
    page.keyboard.press("Enter")

    page.wait_for_selector("#preview-note")
    assert "Joenrannan laavu" in page.content()
    page.locator("#form-submit").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/fi/ilmoita/tapahtuma/kiitos/")

    event = Event.objects.get(title=title)
    assert Submission.objects.filter(title=title).count() == 1
    assert event.place_name == "Joenrannan laavu" and event.is_free
    assert list(event.topics.values_list("slug", flat=True)) == ["ymparisto"]
    assert event.image is not None and event.image_alt == "Lyhtyjä lumessa"
