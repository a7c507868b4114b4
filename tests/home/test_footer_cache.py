import pytest
from wagtail.models import Page

from regions.models import RegionSection


@pytest.mark.django_db
def test_the_cached_footer_follows_a_published_title_change(client, lapland):
    """The footer's page list is cached, but a publish must show at once."""
    first = client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    about = RegionSection.objects.get(region=lapland, key="about").page.specific
    assert about.title in first

    about.title = "Palvelusta lyhyesti"
    about.save_revision().publish()

    content = client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert "Palvelusta lyhyesti" in content


@pytest.mark.django_db
def test_the_cached_footer_drops_an_unpublished_translation(client, lapland):
    about = RegionSection.objects.get(region=lapland, key="about").page
    swedish = Page.objects.get(translation_key=about.translation_key, locale__language_code="sv")
    assert 'href="/sv/om-tjansten/"' in client.get("/sv/", HTTP_HOST="lappilaiset.localhost").content.decode()

    swedish.specific.unpublish()

    content = client.get("/sv/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert 'href="/sv/om-tjansten/"' not in content
