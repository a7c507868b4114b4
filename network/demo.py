"""The demo network, read from network/demo/network.yaml: the national service, the 13 regional ones
and their coordinators."""

from pathlib import Path

import yaml

from accounts.factories import SuperuserFactory, UserFactory
from regions.models import Region
from regions.social_feeds_demo import load as load_demo_feeds

from .factories import NationalRegionFactory, RegionFactory

NETWORK = Path(__file__).resolve().parent / "demo" / "network.yaml"


def load(stdout):
    network = yaml.safe_load(NETWORK.read_text(encoding="utf-8"))
    port = network["port"]
    NationalRegionFactory(**network["national"], port=port)
    stdout.write(f"  {network['national']['name']} (national) on localhost and any other hostname")
    for number, spec in enumerate(network["regions"], start=1):
        slug = spec["slug"]
        RegionFactory(
            name=spec["name"],
            slug=slug,
            hostname=f"{slug}.localhost",
            port=port,
            area_names=spec["area"],
            producer_name=spec["producer"],
            producer_email=f"info@{slug}.example.org",
            producer_phone=f"010 555 {number:04d}",
            accent_colour=spec["colour"],
            region_codes=spec.get("region_codes", []),
            municipality_codes=spec.get("municipality_codes", []),
        )
        stdout.write(f"  {spec['name']} on {slug}.localhost")

    SuperuserFactory(**network["superuser"])
    for user in network["coordinators"]:
        region = Region.objects.get(slug=user["coordinates"])
        UserFactory(
            email=user["email"],
            first_name=user["first_name"],
            last_name=user["last_name"],
            groups=[region.coordinator_group],
        )
    emails = ", ".join(user["email"] for user in [network["superuser"], *network["coordinators"]])
    stdout.write(f"  Demo users: {emails} (password: demo)")

    load_demo_feeds(stdout)
