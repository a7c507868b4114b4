"""Each region's coordinators edit their own site's settings, and no other site's."""

import pytest
from django.urls import NoReverseMatch, reverse

from accounts.factories import UserFactory
from network.services import ensure_coordinators
from regions.models import COORDINATOR_SETTINGS, BrandingSettings, FooterSettings, FrontPageSettings
from regions.social_feed_models import SocialFeed, SocialFeedSettings

pytestmark = pytest.mark.django_db

SETTINGS = [(model._meta.app_label, model._meta.model_name) for model in COORDINATOR_SETTINGS]


@pytest.fixture
def lapland_coordinator(lapland):
    return UserFactory(email="lapland@example.org", groups=[lapland.coordinator_group])


@pytest.fixture
def national_coordinator(national):
    return UserFactory(email="national@example.org", groups=[national.coordinator_group])


def edit_url(app_label, model_name, site):
    return reverse("wagtailsettings:edit", args=[app_label, model_name, site.pk])


def refused(response):
    """The admin's refusal: back to the dashboard with a message, or 403."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize("app_label,model_name", SETTINGS)
def test_a_coordinator_opens_their_own_sites_settings(client, lapland, lapland_coordinator, app_label, model_name):
    client.force_login(lapland_coordinator)
    assert client.get(edit_url(app_label, model_name, lapland.site)).status_code == 200
    # The settings menu's link goes to the site the coordinator may edit.
    response = client.get(reverse("wagtailsettings:edit", args=[app_label, model_name]))
    assert response.status_code == 302 and response["Location"] == edit_url(app_label, model_name, lapland.site)


@pytest.mark.parametrize("app_label,model_name", SETTINGS)
def test_a_coordinator_is_refused_another_sites_settings_on_every_url(
    client, lapland_coordinator, north_karelia, app_label, model_name
):
    client.force_login(lapland_coordinator)
    url = edit_url(app_label, model_name, north_karelia.site)
    assert refused(client.get(url))
    assert refused(client.post(url, {"accent_colour": "#000000"}))
    preview = reverse("wagtailsettings:preview_on_edit", args=[app_label, model_name, north_karelia.site.pk])
    assert refused(client.get(preview))
    # Site settings keep no revisions: no such address exists to guard.
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsettings:revisions_index", args=[app_label, model_name, north_karelia.site.pk])


def test_a_refused_post_changes_nothing(client, lapland_coordinator, north_karelia):
    before = BrandingSettings.for_site(north_karelia.site).accent_colour
    client.force_login(lapland_coordinator)
    client.post(edit_url("regions", "brandingsettings", north_karelia.site), {"accent_colour": "#000000"})
    assert BrandingSettings.for_site(north_karelia.site).accent_colour == before


def test_the_site_switcher_offers_only_own_sites(client, lapland, lapland_coordinator, north_karelia):
    client.force_login(lapland_coordinator)
    html = client.get(edit_url("regions", "brandingsettings", lapland.site)).content.decode()
    assert "jelli.localhost" not in html and "Jelli" not in html


def test_national_coordinators_edit_every_sites_settings(client, national_coordinator, lapland, north_karelia):
    client.force_login(national_coordinator)
    for site in (lapland.site, north_karelia.site):
        assert client.get(edit_url("regions", "brandingsettings", site)).status_code == 200


def test_lapland_coordinator_edits_branding_with_the_contrast_check(client, lapland, lapland_coordinator):
    client.force_login(lapland_coordinator)
    url = edit_url("regions", "brandingsettings", lapland.site)
    response = client.post(url, {"accent_colour": "#ffff00"})
    assert response.status_code == 200
    assert "contrast" in response.content.decode()
    # What was typed is kept in the form.
    assert 'value="#ffff00"' in response.content.decode()
    assert BrandingSettings.for_site(lapland.site).accent_colour == "#1d4f91"

    assert client.post(url, {"accent_colour": "#7a1f3d"}).status_code == 302
    assert BrandingSettings.for_site(lapland.site).accent_colour == "#7a1f3d"
    assert "#7a1f3d" in client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()


def test_lapland_coordinator_adds_a_social_channel(client, lapland, lapland_coordinator):
    client.force_login(lapland_coordinator)
    data = {
        "feeds-TOTAL_FORMS": "1",
        "feeds-INITIAL_FORMS": "0",
        "feeds-MIN_NUM_FORMS": "0",
        "feeds-MAX_NUM_FORMS": "1000",
        "feeds-0-name": "Blogi",
        "feeds-0-url": "https://lappilaiset.example.org/blogi/feed.xml",
        "feeds-0-active": "on",
        "feeds-0-ORDER": "1",
    }
    response = client.post(edit_url("regions", "socialfeedsettings", lapland.site), data)
    assert response.status_code == 302
    assert SocialFeed.objects.filter(settings=SocialFeedSettings.for_site(lapland.site), name="Blogi").exists()


def test_footer_contacts_replace_the_producers_on_the_site(client, lapland, lapland_coordinator):
    client.force_login(lapland_coordinator)
    data = {"email": "toimisto@example.org", "phone": "040 123 4567", "address": "Katu 1\n96100 Rovaniemi"}
    response = client.post(edit_url("regions", "footersettings", lapland.site), data)
    assert response.status_code == 302
    html = client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert "mailto:toimisto@example.org" in html and "96100 Rovaniemi" in html
    other = client.get("/fi/", HTTP_HOST="jelli.localhost").content.decode()
    assert "toimisto@example.org" not in other


def test_front_page_settings_refuse_an_age_out_of_range(client, lapland, lapland_coordinator):
    client.force_login(lapland_coordinator)
    url = edit_url("regions", "frontpagesettings", lapland.site)
    response = client.post(url, {"social_post_max_age": "0"})
    assert response.status_code == 200 and 'value="0"' in response.content.decode()
    assert client.post(url, {"social_post_max_age": "30"}).status_code == 302
    assert FrontPageSettings.for_site(lapland.site).social_post_max_age == 30


def test_rerunning_the_region_setup_grants_existing_groups_their_site_only(lapland, north_karelia):
    group = lapland.coordinator_group
    group.site_permissions.all().delete()
    ensure_coordinators(lapland)
    ensure_coordinators(lapland)
    granted = set(group.site_permissions.values_list("site_id", "permission__codename"))
    assert granted == {(lapland.site_id, f"change_{model._meta.model_name}") for model in COORDINATOR_SETTINGS}
    assert not group.permissions.filter(codename__in=[f"change_{m._meta.model_name}" for m in COORDINATOR_SETTINGS])


def test_footer_settings_are_cached_per_site_and_dropped_on_save(client, lapland):
    assert "kahvila@example.org" not in client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    footer = FooterSettings.for_site(lapland.site)
    footer.email = "kahvila@example.org"
    footer.save()
    assert "kahvila@example.org" in client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
