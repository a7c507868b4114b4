"""A cached card belongs to one language: the same page's cards differ between Finnish and Swedish.

The same page object, request and template render the cards twice, so the
language is the only part of the cache key that differs between the two.
"""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from listings.factories import EventFactory
from listings.models import EventIndexPage

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
CARDS = Template("{% load listing_tags %}{% listing_cards listings page.card_template %}")


def render(page, request, listings, language):
    with translation.override(language):
        return CARDS.render(Context({"page": page, "request": request, "listings": listings}))


def test_the_same_pages_cards_are_rendered_in_each_language(lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti", is_free=True)
    page = EventIndexPage.objects.descendant_of(lapland.site.root_page).get(locale__language_code="fi")
    request = RequestFactory().get("/fi/tapahtumat/", HTTP_HOST="lappilaiset.localhost")
    listings = list(page.visible(request))

    finnish = render(page, request, listings, "fi")
    swedish = render(page, request, listings, "sv")
    assert "Kevätkonsertti" in finnish and "Kevätkonsertti" in swedish
    assert "Maksuton" in finnish and "Avgiftsfri" not in finnish
    assert "Avgiftsfri" in swedish and "Maksuton" not in swedish
    # The second Finnish render comes from the cache and is still Finnish.
    assert render(page, request, listings, "fi") == finnish
