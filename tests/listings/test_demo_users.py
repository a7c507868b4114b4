"""The demo organisation members."""

import io

import pytest
from django.contrib.auth.models import Group

from accounts.models import User
from listings import demo_users
from organisations.models import Membership, Organisation

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
JOENSUU = "167"


def test_the_demo_members_are_added_once(national, lapland, north_karelia):
    out = io.StringIO()
    demo_users.load(out)
    demo_users.load(out)
    maija = User.objects.get(email="member@example.org")
    niko = User.objects.get(email="newmember@example.org")
    assert maija.check_password("demo") and niko.check_password("demo")
    verified = Organisation.objects.get(slug=demo_users.VERIFIED_SLUG)
    unverified = Organisation.objects.get(slug=demo_users.UNVERIFIED_SLUG)
    assert verified.is_verified and verified.home_municipality.code == ROVANIEMI
    assert not unverified.is_verified and unverified.home_municipality.code == JOENSUU
    assert verified.region == lapland and unverified.region == north_karelia
    assert list(Membership.objects.filter(user=maija).values_list("organisation__slug", "role")) == [
        (demo_users.VERIFIED_SLUG, "editor")
    ]
    assert list(Membership.objects.filter(user=niko).values_list("organisation__slug", "role")) == [
        (demo_users.UNVERIFIED_SLUG, "editor")
    ]
    assert Group.objects.get(name="Organisation members") in maija.groups.all()
