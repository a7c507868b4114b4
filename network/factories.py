import factory

from .services import RegionSpec, create_region


class RegionFactory(factory.Factory):
    """A region built the way `create_region` builds it (site, pages, group, workflow).

    Pass `municipality_codes=[...]` or `region_codes=[...]` for its coverage;
    the default covers Lapland.
    """

    class Meta:
        model = RegionSpec

    name = factory.Sequence(lambda n: f"Alue {n}")
    slug = factory.Sequence(lambda n: f"alue-{n}")
    hostname = factory.LazyAttribute(lambda o: f"{o.slug}.localhost")
    producer_name = factory.LazyAttribute(lambda o: f"{o.name} ry")
    producer_email = factory.LazyAttribute(lambda o: f"info@{o.slug}.example.org")
    region_codes = factory.LazyFunction(lambda: ["19"])
    area_names = factory.LazyFunction(lambda: {"fi": "Lappi", "sv": "Lappland", "en": "Lapland"})

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        region, _created = create_region(model_class(*args, **kwargs))
        return region

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        return model_class(*args, **kwargs)


class NationalRegionFactory(RegionFactory):
    name = "Toimeksi"
    slug = "toimeksi"
    hostname = "localhost"
    is_national = True
    is_default_site = True
    producer_name = "Toimeksi-verkosto"
    region_codes = factory.LazyFunction(list)
    area_names = factory.LazyFunction(lambda: {"fi": "Koko Suomi", "sv": "Hela Finland", "en": "All of Finland"})
