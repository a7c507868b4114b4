from regions.models import AdministrativeRegion, Municipality


def test_every_municipality_and_region_is_loaded(db):
    assert Municipality.objects.count() == 308
    assert AdministrativeRegion.objects.count() == 19


def test_municipality_names_and_regions(db):
    helsinki = Municipality.objects.get(code="091")
    assert (helsinki.name_fi, helsinki.name_sv) == ("Helsinki", "Helsingfors")
    assert helsinki.administrative_region.name_fi == "Uusimaa"
    # Vaala moved from Kainuu to North Ostrobothnia in 2016.
    assert Municipality.objects.get(name_fi="Vaala").administrative_region.code == "17"
    assert Municipality.objects.filter(administrative_region__code="21").count() == 16


def test_names_follow_the_active_language(db):
    from django.utils import translation

    vaasa = Municipality.objects.get(name_fi="Vaasa")
    with translation.override("sv"):
        assert vaasa.name == "Vasa"
        assert vaasa.administrative_region.name == "Österbotten"
    with translation.override("fi"):
        assert vaasa.name == "Vaasa"
