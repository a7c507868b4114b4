import pytest

from regions.factories import NationalRegionFactory, RegionFactory


@pytest.fixture
def national(db):
    return NationalRegionFactory()


@pytest.fixture
def lapland(db):
    return RegionFactory(
        name="Lappilaiset",
        slug="lappilaiset",
        hostname="lappilaiset.localhost",
        producer_name="Lapin sosiaali- ja terveysturvayhdistys ry",
        region_codes=["19"],
        accent_colour="#1d4f91",
    )


@pytest.fixture
def north_karelia(db):
    return RegionFactory(
        name="Jelli",
        slug="jelli",
        hostname="jelli.localhost",
        producer_name="Pohjois-Karjalan Sosiaaliturvayhdistys ry",
        region_codes=["12"],
        area_names={"fi": "Pohjois-Karjala", "sv": "Norra Karelen", "en": "North Karelia"},
    )
