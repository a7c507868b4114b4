"""The producer shapes the front page: panels in the page editor, defaults for new and existing pages."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.factories import UserFactory
from home.blocks import default_panels
from home.models import HomePage
from home.panels import get_home_panels
from regions import cache
from regions.factories import LiftedPostFactory

pytestmark = pytest.mark.django_db

TODAYS_ORDER = ["listings-events", "listings-volunteering", "listings-news", "latest-guides", "social-posts"]


@pytest.fixture
def lapland_coordinator(lapland):
    return UserFactory(email="lapland@example.org", groups=[lapland.coordinator_group])


def layout(page):
    return [(block.block_type, block.value.get("panel")) for block in page.layout]


def front_page(client, host="lappilaiset.localhost", language="fi"):
    return client.get(f"/{language}/", HTTP_HOST=host).content.decode()


def edit(client, page, blocks, action="action-publish"):
    data = nested_form_data(
        {"title": page.title, "slug": page.slug, "introduction": page.introduction, "layout": streamfield(blocks)}
    )
    data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_a_new_region_gets_every_panel_in_order_in_every_language(lapland):
    registered = [panel.key for panel in get_home_panels()]
    assert registered == TODAYS_ORDER
    for home in Page.objects.filter(translation_key=lapland.site.root_page.translation_key).specific():
        assert layout(home) == [("panel", key) for key in registered]
        assert all(block.value["heading"] == "" for block in home.layout)


def test_reordering_renaming_and_hiding_panels_changes_the_published_front_page(client, lapland, lapland_coordinator):
    LiftedPostFactory(region=lapland, text="Nostettu julkaisu")
    home = lapland.site.root_page.specific
    before = front_page(client)
    assert before.index("home-events-heading") < before.index("social-posts-heading")

    client.force_login(lapland_coordinator)
    response = edit(
        client,
        home,
        [
            ("panel", {"panel": "social-posts", "heading": "Somessa nyt"}),
            ("panel", {"panel": "listings-news", "heading": ""}),
            ("panel", {"panel": "listings-events", "heading": "Mitä tapahtuu"}),
        ],
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()

    html = front_page(client)
    assert html.index("social-posts-heading") < html.index("home-news-heading") < html.index("home-events-heading")
    assert ">Somessa nyt</h2>" in html and ">Mitä tapahtuu</h2>" in html and ">Uutiset</h2>" in html
    assert "home-volunteering-heading" not in html and "home-guides-heading" not in html
    # The other language's page keeps its own layout until it is edited.
    assert "home-volunteering-heading" in front_page(client, language="sv")


def test_a_draft_layout_changes_nothing_until_published(client, lapland, lapland_coordinator):
    home = lapland.site.root_page.specific
    client.force_login(lapland_coordinator)
    edit(client, home, [("panel", {"panel": "listings-news", "heading": ""})], action="action-save")
    client.logout()
    assert "home-events-heading" in front_page(client)


def test_a_featured_block_shows_its_image_text_and_call_to_action(client, lapland, lapland_coordinator):
    home = lapland.site.root_page.specific
    about = lapland.section_page("about")
    client.force_login(lapland_coordinator)
    response = edit(
        client,
        home,
        [
            (
                "featured",
                {
                    "heading": "Joulukeräys",
                    "text": "Tule jakamaan kasseja.",
                    "image": "",
                    "link_page": str(about.pk),
                    "link_url": "",
                    "link_label": "Lue lisää",
                },
            ),
            ("panel", {"panel": "listings-events", "heading": ""}),
        ],
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    html = front_page(client)
    assert html.index(">Joulukeräys</h2>") < html.index("home-events-heading")
    assert f'href="{about.relative_url(lapland.site)}"' in html and "Lue lisää" in html


def test_bad_layouts_are_explained_and_kept(client, lapland, lapland_coordinator):
    home = lapland.site.root_page.specific
    client.force_login(lapland_coordinator)
    response = edit(
        client,
        home,
        [
            ("panel", {"panel": "listings-news", "heading": "Ensimmäinen"}),
            ("panel", {"panel": "listings-news", "heading": "Toinen"}),
            (
                "featured",
                {
                    "heading": "Kampanja",
                    "text": "",
                    "image": "",
                    "link_page": "",
                    "link_url": "",
                    "link_label": "Ilmoittaudu",
                },
            ),
        ],
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Toinen" in html and "Kampanja" in html
    home.refresh_from_db()
    assert layout(home) == [("panel", key) for key in TODAYS_ORDER]


def test_publishing_the_home_page_drops_only_its_sites_cached_data(lapland, north_karelia):
    home = lapland.site.root_page.specific
    own, other = cache.version(lapland.site_id), cache.version(north_karelia.site_id)
    home.layout = default_panels()[:2]
    home.save_revision().publish()
    assert cache.version(lapland.site_id) != own
    assert cache.version(north_karelia.site_id) == other


def test_the_migration_gives_existing_home_pages_todays_panels(lapland):
    migration = importlib.import_module("home.migrations.0005_default_home_page_layout")
    home = lapland.site.root_page.specific
    HomePage.objects.filter(pk=home.pk).update(layout=[])
    revision = home.latest_revision
    revision.content.pop("layout", None)
    revision.save(update_fields=["content"])

    migration.add_panels(apps, None)

    home = HomePage.objects.get(pk=home.pk)
    assert layout(home) == [("panel", key) for key in TODAYS_ORDER]
    assert layout(home.latest_revision.as_object()) == [("panel", key) for key in TODAYS_ORDER]
