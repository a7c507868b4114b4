import re

import pytest
from django.test import override_settings
from wagtail import hooks

from home import panels
from home.blocks import default_panels


def html_lang(response):
    return re.search(r'<html lang="([a-z]+)"', response.content.decode()).group(1)


@pytest.fixture
def network(national, lapland, north_karelia):
    return national, lapland, north_karelia


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize(
    ("hostname", "name"),
    [
        ("localhost", "Toimeksi"),
        ("toimeksi.localhost", "Toimeksi"),
        ("lappilaiset.localhost", "Lappilaiset"),
        ("jelli.localhost", "Jelli"),
    ],
)
def test_each_hostname_serves_its_own_site_in_each_language(client, network, hostname, name, language):
    response = client.get(f"/{language}/", HTTP_HOST=hostname)
    assert response.status_code == 200
    assert html_lang(response) == language
    assert f"<h1>{name}</h1>" in response.content.decode()


@pytest.mark.django_db
def test_the_root_redirects_to_the_finnish_front_page(client, network):
    response = client.get("/", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.django_db
def test_the_header_shows_the_region_and_the_footer_its_producer(client, lapland):
    response = client.get("/sv/", HTTP_HOST="lappilaiset.localhost")
    content = response.content.decode()
    assert '<span class="site-header__area">Lappland</span>' in content
    assert "Lapin sosiaali- ja terveysturvayhdistys ry" in content
    assert "--accent: #1d4f91" in content
    # The footer links to the Swedish versions of the standard pages.
    assert 'href="/sv/om-tjansten/"' in content
    assert 'href="/sv/dataskydd/"' in content
    assert 'href="/sv/respons/"' in content


@pytest.mark.django_db
def test_language_switcher_links_to_the_same_page_in_each_language(client, lapland):
    response = client.get("/fi/tietosuoja/", HTTP_HOST="lappilaiset.localhost")
    content = response.content.decode()
    assert 'href="/sv/dataskydd/" lang="sv"' in content
    assert 'href="/en/privacy/" lang="en"' in content
    assert 'href="/fi/tietosuoja/" lang="fi" hreflang="fi" aria-current="true"' in content
    # Search engines get the same versions as alternates, with full addresses.
    assert '<link rel="alternate" hreflang="sv" href="http://lappilaiset.localhost/sv/dataskydd/">' in content
    assert '<link rel="alternate" hreflang="en" href="http://lappilaiset.localhost/en/privacy/">' in content


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte")])
def test_not_found_page_speaks_the_language_of_the_url(client, lapland, language, text):
    response = client.get(f"/{language}/ei-ole-olemassa/", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 404
    assert html_lang(response) == language
    assert text in response.content.decode()


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.home.error_urls")
def test_server_error_page_is_translated_and_standalone(client, lapland):
    client.raise_request_exception = False
    response = client.get("/sv/boom/", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 500
    assert '<html lang="sv">' in response.content.decode()
    assert "Något gick fel" in response.content.decode()


@pytest.mark.django_db
def test_robots_txt_points_to_the_sites_own_sitemap(client, lapland):
    response = client.get("/robots.txt", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    assert "Sitemap: http://lappilaiset.localhost/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.django_db
def test_sitemap_lists_the_sites_pages_in_every_language_and_no_other_site(client, network):
    response = client.get("/sitemap.xml", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    content = response.content.decode()
    for url in ("/fi/tietoa-palvelusta/", "/sv/om-tjansten/", "/en/about/", "/en/"):
        assert f"<loc>http://lappilaiset.localhost{url}</loc>" in content
    assert "jelli.localhost" not in content and "<loc>http://localhost" not in content


@pytest.mark.django_db
def test_registered_home_panels_render_in_order_and_can_opt_out(client, lapland, settings, tmp_path):
    (tmp_path / "panel.html").write_text("<section><h2>{{ panel.heading }}</h2></section>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]

    def test_panels():
        return [
            panels.HomePanel("b", "panel.html", lambda r, region, p: {"heading": "Second"}, 2),
            panels.HomePanel("a", "panel.html", lambda r, region, p: {"heading": "First"}, 1),
            panels.HomePanel("c", "panel.html", lambda r, region, p: None, 3),
        ]

    with hooks.register_temporarily("register_home_panel", test_panels):
        # A page shows the panels its layout places; the default layout is every registered one in order.
        home = lapland.site.root_page.specific
        home.layout = default_panels()
        home.save_revision().publish()
        content = client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert content.index("<h2>First</h2>") < content.index("<h2>Second</h2>")
    assert content.count("<section><h2>") == 2
