"""Reads in the admin: a member and a regional coordinator see only their own rows.

The write side (every URL that names an object refuses others' objects) is
tested in tests/listings/test_admin.py; here are the stock Wagtail views
that list rows: choosers, bulk-action confirmations, reports and the image
chooser.
"""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection

from accounts.factories import UserFactory
from listings import factories, registry
from listings.models import Event
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Membership
from organisations.permissions import ensure_member_group
from regions.models import Municipality
from workflows.factories import SubmissionFactory

pytestmark = pytest.mark.django_db

OWN = "Oman yhdistyksen syysmarkkinat"
THEIRS = "Vieraan yhdistyksen kevätkonsertti"
CITIZENS = "Joensuun kyläjuhla lähetettynä"
OTHER_MEMBER = "vieras.jasen@example.org"
OTHER_COORDINATOR = "Karjalan Koordinaattori"


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#336699").save(buffer, format="PNG")
    return SimpleUploadedFile("kuva.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def world(lapland, north_karelia, national):
    ensure_member_group()
    own = OrganisationFactory(name="Oma Yhdistys ry", municipality_code="698")
    other = OrganisationFactory(name="Toinen Yhdistys ry", municipality_code="167")
    member = UserFactory(email="jasen@example.org")
    MembershipFactory(user=member, organisation=own)
    MembershipFactory(user=UserFactory(email=OTHER_MEMBER), organisation=other)
    factories.EventFactory(organisation=own, title=OWN, with_revision=True)
    theirs = factories.EventFactory(organisation=other, title=THEIRS, with_revision=True)
    karelia_coordinator = UserFactory(
        email="karjala@example.org",
        first_name="Karjalan",
        last_name="Koordinaattori",
        groups=[north_karelia.coordinator_group],
    )
    log(theirs, "wagtail.edit", user=karelia_coordinator)
    submission = SubmissionFactory(
        municipality=Municipality.objects.get(code="167"),
        site_region=north_karelia,
        title=CITIZENS,
        image=png(),
        image_alt="Kyläjuhlan väkeä",
    )
    return {
        "member": member,
        "lapland_coordinator": UserFactory(email="lappi@example.org", groups=[lapland.coordinator_group]),
        "national_coordinator": UserFactory(email="valtakunta@example.org", groups=[national.coordinator_group]),
        "citizen_image": submission.listing.image,
    }


@pytest.fixture(params=["member", "lapland_coordinator"])
def reader(request, client, world):
    client.force_login(world[request.param])
    return client


def body(response):
    assert response.status_code == 200, response.status_code
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    if response["Content-Type"].startswith("application/json"):
        # Choosers answer JSON with the modal's HTML inside (non-ASCII letters escaped).
        return json.loads(response.content)["html"]
    return response.content.decode()


def refused(response):
    return response.status_code in (302, 403, 404)


def chooser(name, model):
    opts = model._meta
    return reverse(f"wagtailsnippetchoosers_{opts.app_label}_{opts.model_name}:{name}")


@pytest.mark.parametrize("listing_type", registry.listing_types(), ids=lambda t: t.key)
def test_every_listing_chooser_lists_and_finds_only_rows_in_scope(reader, world, listing_type):
    model = listing_type.model_class()
    for url in (chooser("choose", model), chooser("choose_results", model) + "?q=konsertti"):
        text = body(reader.get(url))
        assert THEIRS not in text
        assert CITIZENS not in text


def test_the_event_chooser_still_offers_ones_own(client, world):
    client.force_login(world["member"])
    text = body(client.get(chooser("choose", Event)))
    assert OWN in text


def test_the_membership_chooser_and_bulk_delete_name_no_one_outside_the_scope(reader, world):
    assert OTHER_MEMBER not in body(reader.get(chooser("choose", Membership)))
    bulk = reverse("wagtail_bulk_action", args=["organisations", "membership", "delete"]) + "?id=all"
    response = reader.get(bulk)
    assert refused(response) or OTHER_MEMBER not in body(response)


def test_the_bulk_delete_of_listings_lists_no_one_elses_row(reader, world):
    others = Event.objects.exclude(title=OWN).values_list("pk", flat=True)
    query = "&".join(f"id={pk}" for pk in others)
    for url in (
        reverse("wagtail_bulk_action", args=["listings", "event", "delete"]) + "?id=all",
        reverse("wagtail_bulk_action", args=["listings", "event", "delete"]) + "?" + query,
    ):
        response = reader.get(url)
        if not refused(response):
            text = body(response)
            assert THEIRS not in text
            assert CITIZENS not in text


REPORTS = [
    reverse("wagtailadmin_reports:site_history"),
    reverse("wagtailadmin_reports:site_history") + "?export=csv",
    reverse("wagtailadmin_reports:site_history_results"),
    reverse("wagtailadmin_reports:workflow"),
    reverse("wagtailadmin_reports:workflow_tasks"),
    reverse("wagtailadmin_reports:aging_pages"),
    reverse("wagtailadmin_reports:locked_pages"),
    reverse("wagtail_localize:translations_report"),
    reverse("wagtail_localize:translations_report_results"),
]


@pytest.mark.parametrize("url", REPORTS)
def test_the_network_reports_are_refused_to_members_and_regional_coordinators(reader, world, url):
    response = reader.get(url)
    assert response.status_code == 403
    assert OTHER_COORDINATOR not in response.content.decode()


@pytest.mark.parametrize("url", REPORTS)
def test_national_coordinators_read_the_network_reports(client, world, url):
    client.force_login(world["national_coordinator"])
    assert client.get(url).status_code == 200


def test_the_reports_menu_is_hidden_from_those_who_may_not_read_it(client, world):
    client.force_login(world["member"])
    assert reverse("wagtailadmin_reports:site_history") not in body(client.get(reverse("wagtailadmin_home")))
    client.force_login(world["national_coordinator"])
    assert reverse("wagtailadmin_reports:site_history") in body(client.get(reverse("wagtailadmin_home")))


def test_members_cannot_choose_photos_citizens_sent_in(client, world):
    shared = get_image_model().objects.create(
        title="Yhteinen kuva", file=png(), collection=Collection.get_first_root_node()
    )
    client.force_login(world["member"])
    text = body(client.get(reverse("wagtailimages_chooser:choose")))
    assert shared.title in text
    assert world["citizen_image"].title == CITIZENS
    assert CITIZENS not in text
    client.force_login(world["national_coordinator"])
    assert CITIZENS in body(client.get(reverse("wagtailimages_chooser:choose")))


def test_the_member_group_is_not_given_more_than_it_had(world):
    # Reading rows is decided by the scope, not by new model permissions.
    group = Group.objects.get(name="Organisation members")
    assert not group.permissions.filter(codename__startswith="view_").exists()
