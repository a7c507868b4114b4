"""Wagtail routes every public page; our page types with children read the children's slugs from the site cache."""

import pytest
from wagtail.models import Page, PageViewRestriction

from home.models import StandardPage
from regions import site_data

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"


def home(region, language="fi"):
    return site_data.localized_home(region.site, language).get_page()


def add_page(parent, slug, live=True):
    page = StandardPage(title=slug.capitalize(), slug=slug, live=live)
    parent.add_child(instance=page)
    return page


def test_a_page_found_by_its_path_is_the_page_wagtail_finds(client, lapland):
    response = client.get("/fi/haku/", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response.context["page"].pk == site_data.section_links(lapland.site, "fi")["search"].pk
    assert client.get("/sv/sok/", HTTP_HOST=HOST).context["page"].locale.language_code == "sv"


def test_a_new_child_is_routed_at_once_and_a_removed_one_is_gone(client, lapland):
    assert client.get("/fi/uusi/", HTTP_HOST=HOST).status_code == 404
    page = add_page(home(lapland), "uusi")
    assert client.get("/fi/uusi/", HTTP_HOST=HOST).status_code == 200
    page.slug = "vaihdettu"
    page.save_revision().publish()
    assert client.get("/fi/uusi/", HTTP_HOST=HOST).status_code == 404
    assert client.get("/fi/vaihdettu/", HTTP_HOST=HOST).status_code == 200
    page.unpublish()
    assert client.get("/fi/vaihdettu/", HTTP_HOST=HOST).status_code == 404
    Page.objects.get(pk=page.pk).delete()
    assert client.get("/fi/vaihdettu/", HTTP_HOST=HOST).status_code == 404


def test_a_draft_child_is_not_served(client, lapland):
    add_page(home(lapland), "luonnos", live=False)
    assert client.get("/fi/luonnos/", HTTP_HOST=HOST).status_code == 404


def test_deeper_paths_and_unknown_ones(client, lapland):
    parent = add_page(home(lapland), "ylempi")
    add_page(parent, "alempi")
    assert client.get("/fi/ylempi/alempi/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/fi/ylempi/ei-ole/", HTTP_HOST=HOST).status_code == 404
    assert client.get("/fi/ei-ole/alempi/", HTTP_HOST=HOST).status_code == 404


def test_each_site_routes_its_own_tree(client, lapland, north_karelia):
    add_page(home(lapland), "vain-lapissa")
    assert client.get("/fi/vain-lapissa/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/fi/vain-lapissa/", HTTP_HOST="jelli.localhost").status_code == 404


def test_of_two_children_sharing_a_slug_the_first_answers(client, lapland):
    parent = home(lapland)
    first = add_page(parent, "kaksi")
    # Wagtail refuses a duplicate slug in its forms; data from elsewhere may still have one.
    second = StandardPage(title="Toinen", slug="kaksi-toinen", live=True)
    parent.add_child(instance=second)
    Page.objects.filter(pk=second.pk).update(slug="kaksi")
    response = client.get("/fi/kaksi/", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response.context["page"].pk == first.pk


def test_a_restricted_page_asks_for_a_login(client, lapland):
    page = add_page(home(lapland), "jasenille")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fi/jasenille/", HTTP_HOST=HOST)
    assert response.status_code == 302
    assert "next=/fi/jasenille/" in response["Location"]


def test_a_page_that_cannot_be_pickled_is_read_from_the_database(client, lapland, monkeypatch):
    add_page(home(lapland), "ilman-kopiota")

    dumps = site_data.pickle.dumps

    def refuse_pages(value, *args, **kwargs):
        if isinstance(value, Page):
            raise TypeError("not picklable")
        return dumps(value, *args, **kwargs)

    monkeypatch.setattr(site_data.pickle, "dumps", refuse_pages)
    response = client.get("/fi/ilman-kopiota/", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response.context["page"].slug == "ilman-kopiota"
