"""The demo content: about 600 listings of every type, idempotent, with Swedish originals and translations."""

import io

import pytest
from django.utils import timezone

from listings import demo
from listings.models import LISTING_MODELS, Event
from network.demo import load as load_regions
from organisations.models import Organisation

pytestmark = pytest.mark.django_db


def test_the_demo_loads_every_type_once_and_shows_on_the_regional_sites(client):
    load_regions(io.StringIO())
    demo.load(io.StringIO())
    counts = {model: model.objects.count() for model in LISTING_MODELS}
    assert all(counts.values()), counts
    assert 500 <= sum(counts.values()) <= 900
    assert Organisation.objects.filter(is_verified=True).count() >= 50

    demo.load(io.StringIO())
    assert {model: model.objects.count() for model in LISTING_MODELS} == counts

    assert Event.objects.filter(original_locale__language_code="sv", locale__language_code="sv").exists()
    assert Event.objects.filter(locale__language_code="en").exclude(original_locale__language_code="en").exists()
    assert Event.objects.filter(starts_at__gt=timezone.now(), live=True).count() >= 50
    assert Event.objects.filter(starts_at__lt=timezone.now()).exists()
    html = client.get("/sv/evenemang/", HTTP_HOST="sinnedit.localhost").content.decode()
    assert 'lang="sv"' in html and "listing-card" in html
    assert client.get("/fi/tapahtumat/", HTTP_HOST="lappilaiset.localhost").context["page_obj"].paginator.count >= 5
