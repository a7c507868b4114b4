"""Shared fixtures.

The test network (the national site, Lapland and North Karelia) is built once
per session, right after the test database is created: building a region
makes dozens of pages, and every test would otherwise pay for it. Tests run
in transactions that are rolled back, so they all see the same network.
Browser tests flush the database instead; the fixtures below rebuild what
they need when it is missing.
"""

import pytest

from network.factories import NationalRegionFactory, RegionFactory
from regions.models import Region

NETWORK = {
    "toimeksi": lambda: NationalRegionFactory(),
    "lappilaiset": lambda: RegionFactory(
        name="Lappilaiset",
        slug="lappilaiset",
        hostname="lappilaiset.localhost",
        producer_name="Lapin sosiaali- ja terveysturvayhdistys ry",
        region_codes=["19"],
        accent_colour="#1d4f91",
    ),
    "jelli": lambda: RegionFactory(
        name="Jelli",
        slug="jelli",
        hostname="jelli.localhost",
        producer_name="Pohjois-Karjalan Sosiaaliturvayhdistys ry",
        region_codes=["12"],
        area_names={"fi": "Pohjois-Karjala", "sv": "Norra Karelen", "en": "North Karelia"},
    ),
}


def get_or_build_region(slug):
    return Region.objects.filter(slug=slug).select_related("site").first() or NETWORK[slug]()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        for slug in NETWORK:
            get_or_build_region(slug)


@pytest.fixture
def national(db):
    return get_or_build_region("toimeksi")


@pytest.fixture
def lapland(db):
    return get_or_build_region("lappilaiset")


@pytest.fixture
def north_karelia(db):
    return get_or_build_region("jelli")


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths; a rolled-back test must not leave them behind."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
