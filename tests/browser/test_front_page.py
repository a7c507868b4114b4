"""The producer's front page and the new admin forms in a real browser: axe-core in Finnish and Swedish,
and nothing loaded from outside the site."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"
PASSWORD = "Selain-salasana-2025"


@pytest.fixture
def front_page(national, lapland):
    """Lappilaiset's front page with a lifted post (with an image), an imported post and a featured block."""
    from home.blocks import default_panels
    from regions.factories import LiftedPostFactory, RegionImageFactory
    from regions.social_feed_models import SocialFeed, SocialFeedSettings, SocialPost

    image = RegionImageFactory(region=lapland, description="Talkooväkeä pihalla.")
    LiftedPostFactory(region=lapland, text="Talkoot lauantaina!", image=image, image_alt="Talkooväkeä pihalla.")
    feed = SocialFeed.objects.create(
        settings=SocialFeedSettings.for_site(lapland.site), name="Blogi", url="https://example.org/feed.xml"
    )
    SocialPost.objects.create(
        feed=feed,
        guid="1",
        title="Vuosikokous",
        summary='<p>Kokous pidettiin. <a href="https://example.org/x">Pöytäkirja</a></p>',
        link="https://example.org/posts/1",
        # An image address from the channel is stored but never shown: readers' browsers must not fetch it.
        image_url="https://tracker.example.org/pixel.jpg",
        published_at=timezone.now() - datetime.timedelta(days=2),
    )
    featured = (
        "featured",
        {
            "heading": "Joulukeräys",
            "text": "Tule jakamaan kasseja.",
            "image": image,
            "link_page": None,
            "link_url": "https://example.org/keräys",
            "link_label": "Ilmoittaudu",
        },
    )
    for home in lapland.site.root_page.get_translations(inclusive=True).specific():
        home.layout = [featured, *default_panels()]
        home.save_revision().publish()
    return lapland


def test_the_front_page_passes_axe_and_loads_nothing_from_outside(front_page, page, site_url):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    failures = []
    for language in ("fi", "sv"):
        url = site_url(HOST, f"/{language}/")
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert response.status == 200
        content = page.content()
        assert "Talkoot lauantaina!" in content and "Vuosikokous" in content and "Joulukeräys" in content
        violations = axe_violations(page)
        if violations:
            failures.append(f"{url}:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)

    site = urlsplit(site_url(HOST)).netloc
    outside = [
        url for url in requested if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != site
    ]
    assert requested and not outside, f"requests outside the site: {outside}"


#: Wagtail's own admin chrome, the same on every admin page and not part of the forms built here: the
#: page header's privacy link (its tooltip is its accessible name) and the banner of form errors (its
#: contrast). Each field, label, help text and field error of the new forms is still checked.
WAGTAIL_CHROME = ("[data-w-tooltip-content-value]", ".messages")


def _log_in(page, site_url, email):
    page.goto(site_url(HOST, "/admin/login/"))
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def test_the_new_admin_forms_pass_axe_in_finnish_and_swedish(front_page, page, site_url):
    from django.urls import reverse
    from wagtail.users.models import UserProfile

    from accounts.factories import UserFactory
    from regions.models import COORDINATOR_SETTINGS
    from regions.social_feed_models import LiftedPost, SocialPost

    coordinator = UserFactory(email="lapland@example.org", password=PASSWORD, groups=[front_page.coordinator_group])
    lifted = LiftedPost.objects.get()
    imported = SocialPost.objects.get()
    home = front_page.site.root_page
    paths = [
        *(
            reverse("wagtailsettings:edit", args=[m._meta.app_label, m._meta.model_name, front_page.site_id])
            for m in COORDINATOR_SETTINGS
        ),
        reverse("wagtailsnippets_regions_liftedpost:list"),
        reverse("wagtailsnippets_regions_liftedpost:add"),
        reverse("wagtailsnippets_regions_liftedpost:edit", args=[lifted.pk]),
        reverse("wagtailsnippets_regions_socialpost:list"),
        reverse("wagtailsnippets_regions_socialpost:edit", args=[imported.pk]),
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
    ]
    _log_in(page, site_url, coordinator.email)
    failures = []
    for language in ("fi", "sv"):
        profile = UserProfile.get_for_user(coordinator)
        profile.preferred_language = language
        profile.save()
        for path in paths:
            url = site_url(HOST, path)
            response = page.goto(url)
            assert response.status == 200, f"{url} answered {response.status}"
            assert page.locator("html").get_attribute("lang") == language
            violations = axe_violations(page, exclude=WAGTAIL_CHROME)
            if violations:
                failures.append(f"{language} {path}:\n{format_violations(violations)}")
        # The lifted-post form with errors: the messages must pass too.
        page.goto(site_url(HOST, reverse("wagtailsnippets_regions_liftedpost:add")))
        page.locator("button.action-save").first.click()
        page.wait_for_load_state()
        assert page.locator(".error-message").count(), "the empty form shows its field errors"
        violations = axe_violations(page, exclude=WAGTAIL_CHROME)
        if violations:
            failures.append(f"{language} lifted post with errors:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)
