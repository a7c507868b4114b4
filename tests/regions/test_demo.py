import pytest
from django.core.management import call_command
from wagtail.models import Site

from accounts.models import User
from regions.models import Region

HOSTNAMES = [
    "uusimaalaiset",
    "yhdistysinfo",
    "yhdistystori",
    "lappilaiset",
    "jelli",
    "ihimiset",
    "varesverkosto",
    "pohjoissavolaiset",
    "meidanhame",
    "paijathamalaiset",
    "lahella",
    "sinnedit",
    "kaenuulaiset",
]


@pytest.mark.django_db
def test_load_demo_builds_the_network_once(client):
    call_command("load_demo", stdout=None)
    counts = (Site.objects.count(), Region.objects.count(), User.objects.count())
    call_command("load_demo", stdout=None)
    assert (Site.objects.count(), Region.objects.count(), User.objects.count()) == counts
    assert counts[:2] == (14, 14)

    for slug in HOSTNAMES:
        response = client.get("/fi/", HTTP_HOST=f"{slug}.localhost:8000")
        assert response.status_code == 200
        assert response.context["region"].slug == slug
    for hostname in ("localhost:8000", "toimeksi.localhost:8000"):
        assert client.get("/sv/", HTTP_HOST=hostname).context["region"].is_national

    # Two services overlap in North Ostrobothnia; Kaakkois-Suomi spans two regions.
    oulu_services = set(Region.objects.filter(coverage__code="564").values_list("slug", flat=True))
    assert oulu_services == {"ihimiset", "varesverkosto"}
    kaakkois = Region.objects.get(slug="yhdistysinfo")
    assert set(kaakkois.coverage.values_list("administrative_region__code", flat=True)) == {"08", "09"}

    assert User.objects.get(email="admin@example.org").is_superuser
    lapland_coordinator = User.objects.get(email="lapland@example.org")
    assert lapland_coordinator.groups.get() == Region.objects.get(slug="lappilaiset").coordinator_group
    assert client.login(username="national@example.org", password="demo")
