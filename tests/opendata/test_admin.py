"""The admin of open data: calendar imports and the embed builder, each scoped to the user's own organisations."""

import html
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from accounts.factories import UserFactory
from opendata.models import CalendarFeed
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.permissions import ensure_member_group

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
JOENSUU = "167"


@pytest.fixture
def network(lapland, north_karelia):
    ensure_member_group()
    own = OrganisationFactory(slug="oma-yhdistys", name="Oma Yhdistys ry", municipality_code=ROVANIEMI)
    other = OrganisationFactory(slug="toinen-yhdistys", name="Toinen Yhdistys ry", municipality_code=JOENSUU)
    member = UserFactory(email="jasen@example.org")
    MembershipFactory(user=member, organisation=own)
    return {"own": own, "other": other, "member": member, "lapland": lapland}


@pytest.fixture
def member_client(client, network):
    client.force_login(network["member"])
    return client


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def feed_url(name, feed=None):
    viewset = CalendarFeed.snippet_viewset
    return reverse(viewset.get_url_name(name), args=[feed.pk] if feed else [])


def test_a_member_lists_adds_and_edits_only_their_own_calendar_imports(member_client, network):
    own = CalendarFeed.objects.create(organisation=network["own"], url="https://oma.example.org/kalenteri.ics")
    theirs = CalendarFeed.objects.create(organisation=network["other"], url="https://toinen.example.org/cal.ics")

    listing = member_client.get(feed_url("list")).content.decode()
    assert "oma.example.org" in listing and "toinen.example.org" not in listing
    assert member_client.get(feed_url("edit", own)).status_code == 200
    assert refused(member_client.get(feed_url("edit", theirs)))
    assert refused(member_client.post(feed_url("delete", theirs)))
    assert CalendarFeed.objects.filter(pk=theirs.pk).exists()

    data = {"organisation": network["other"].pk, "url": "https://oma.example.org/toinen.ics", "active": "on"}
    response = member_client.post(feed_url("add"), data)
    assert (
        response.status_code == 200
        and "Choose one of your own organisations." in html.unescape(response.content.decode())
        or "Valitse jokin omista organisaatioistasi." in html.unescape(response.content.decode())
    )
    assert not CalendarFeed.objects.filter(url="https://oma.example.org/toinen.ics").exists()

    data["organisation"] = network["own"].pk
    response = member_client.post(feed_url("add"), data)
    assert response.status_code == 302
    assert CalendarFeed.objects.get(url="https://oma.example.org/toinen.ics").organisation == network["own"]


def test_the_embed_builder_makes_code_for_a_members_own_organisation_only(member_client, network):
    own = network["own"]
    url = reverse("opendata_embed_builder")
    page = member_client.get(url).content.decode()
    assert "Oma Yhdistys ry" in page and "Toinen Yhdistys ry" not in page

    response = member_client.get(
        url, {"organisation": own.pk, "listing_type": "events", "language": "fi", "topic": "kulttuuri", "count": 3}
    )
    code = html.unescape(
        re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', response.content.decode(), re.S)[1]
    )
    site = network["lapland"].site.root_url
    assert f'src="{site}/fi/upota/tapahtumat/?topic=kulttuuri&organisation={own.pk}&count=3"' in code
    assert "data-toimeksi-embed" in code and 'title="Oma Yhdistys ry: ' in code
    assert f'<script src="{site}/embed.js" async></script>' in code

    other = member_client.get(url, {"organisation": network["other"].pk, "listing_type": "events", "language": "fi"})
    assert 'id="embed-code"' not in other.content.decode()


def test_people_outside_every_organisation_get_no_embed_builder(client, network):
    # Into the admin (as a user of some other part of it), but acting for no organisation or region.
    user = UserFactory(email="ulkopuolinen@example.org")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert refused(client.get(reverse("opendata_embed_builder")))
