"""The coordinators' admin in Finnish: menu labels that do not collide, clickable flag rows, their own site's count."""

import json
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from accounts.factories import SuperuserFactory
from listings.factories import EventFactory
from workflows.factories import ListingFlagFactory

from ..i18n import fi

pytestmark = pytest.mark.django_db

#: Wagtail's own catalogue's messages; the alias keeps makemessages from copying them into ours,
#: where a translation would override Wagtail's.
wagtails = gettext


def menu_labels(response):
    """{menu item name or url: label} of the admin's sidebar (its props are JSON in the page)."""
    html = response.content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    assert props, "no sidebar props"
    labels = {}

    def walk(node):
        if isinstance(node, dict):
            for key in ("name", "url"):
                if isinstance(node.get(key), str) and "label" in node:
                    labels[node[key]] = node["label"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return labels


def test_the_flag_queue_and_wagtails_reports_have_their_own_labels_in_finnish(client, national):
    client.force_login(SuperuserFactory(email="root@example.org"))
    labels = menu_labels(client.get("/admin/"))
    with translation.override("fi"):
        wagtail_reports = wagtails("Reports")
    assert labels["reports"] == wagtail_reports == "Raportit"
    assert labels["/admin/flags/"] == fi("Content flags") == "Asiattomuusilmoitukset"
    # Nor does it read like our Listings menu ("Ilmoitukset").
    assert labels["/admin/flags/"] not in (labels["reports"], fi("Listings"))


def test_the_flag_queue_has_a_swedish_label_of_its_own(national):
    with translation.override("sv"):
        assert gettext("Content flags") == "Anmälningar om olämpligt innehåll"
        assert gettext("Content flags") != wagtails("Reports")


def test_each_flag_row_links_to_its_review(client, lapland, lapland_coordinator):
    flag = ListingFlagFactory(listing=EventFactory(title="Lapin tapahtuma"))
    client.force_login(lapland_coordinator)
    html = client.get("/admin/flags/").content.decode()
    assert re.search(rf'<a [^>]*href="/admin/flags/edit/{flag.pk}/"[^>]*>\s*Lapin tapahtuma\s*</a>', html)
    review = client.get(f"/admin/flags/edit/{flag.pk}/")
    assert review.status_code == 200
    assert review.context["listing_edit_url"]


def summary_count(response):
    """The page count of the dashboard's site summary, as a number."""
    html = response.content.decode()
    section = re.search(r'<section class="w-summary".*?</section>', html, re.S).group(0)
    link = re.search(r'<a href="/admin/pages/(\d+)/">\s*([\d\s\xa0\u202f]+)', section)
    return int(link.group(1)), int(re.sub(r"\D", "", link.group(2)))


def test_a_regional_coordinators_dashboard_counts_their_own_site(client, lapland, north_karelia, lapland_coordinator):
    client.force_login(lapland_coordinator)
    response = client.get("/admin/")
    root_pk, count = summary_count(response)
    own = sum(
        Page.objects.descendant_of(root, inclusive=True).count()
        for root in lapland.site.root_page.get_translations(inclusive=True)
    )
    assert count == own
    assert count < Page.objects.count() - 1
    assert root_pk == lapland.site.root_page.localized.pk
    heading = re.search(r'<h1 class="w-h1[^"]*">\s*(.*?)\s*</h1>', response.content.decode(), re.S).group(1)
    assert heading == "Lappilaiset"


def test_a_national_coordinators_dashboard_counts_the_whole_network(client, national, national_coordinator):
    client.force_login(national_coordinator)
    _root_pk, count = summary_count(client.get("/admin/"))
    assert count == Page.objects.count() - 1
