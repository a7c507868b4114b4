"""The demo network: the national service, the 13 regional ones and their coordinators.

Names, coverage and producers follow the real network; contacts and colours
are invented.
"""

from accounts.factories import SuperuserFactory, UserFactory

from .factories import NationalRegionFactory, RegionFactory
from .models import Region

NATIONAL = {
    "name": "Toimeksi",
    "slug": "toimeksi",
    "hostname": "localhost",
    "producer_name": "Toimeksi-verkosto",
    "producer_email": "info@toimeksi.example.org",
    "producer_phone": "010 555 0100",
    "accent_colour": "#1f5f8b",
}

# (service, area fi / sv / en, producer, coverage, accent colour)
REGIONS = [
    ("Uusimaalaiset", ("Uusimaa", "Nyland", "Uusimaa"), "EJY ry", {"region_codes": ["01"]}, "#005a8c"),
    (
        "Yhdistysinfo",
        ("Kaakkois-Suomi", "Sydöstra Finland", "South-East Finland"),
        "Kymen-Karjalan sosiaali- ja terveysturva ry",
        {"region_codes": ["08", "09"]},
        "#7a3b00",
    ),
    (
        "Yhdistystori",
        ("Keski-Suomi", "Mellersta Finland", "Central Finland"),
        "Keski-Suomen Yhteisöjen Tuki ry",
        {"region_codes": ["13"]},
        "#2e6b30",
    ),
    (
        "Lappilaiset",
        ("Lappi", "Lappland", "Lapland"),
        "Lapin sosiaali- ja terveysturvayhdistys ry",
        {"region_codes": ["19"]},
        "#1d4f91",
    ),
    (
        "Jelli",
        ("Pohjois-Karjala", "Norra Karelen", "North Karelia"),
        "Pohjois-Karjalan Sosiaaliturvayhdistys ry",
        {"region_codes": ["12"]},
        "#8a1c3c",
    ),
    (
        "Ihimiset",
        ("Pohjois-Pohjanmaa", "Norra Österbotten", "North Ostrobothnia"),
        "Pohjois-Pohjanmaan sosiaali- ja terveysturvayhdistys ry",
        {"region_codes": ["17"]},
        "#5a2d82",
    ),
    (
        "Varesverkosto",
        ("Oulun seutu", "Uleåborgsregionen", "Oulu area"),
        "Vuolle Setlementti ry",
        # Oulu and its neighbouring municipalities.
        {"municipality_codes": ["564", "244", "425", "436", "494", "859", "139", "072"]},
        "#333333",
    ),
    (
        "Pohjoissavolaiset",
        ("Pohjois-Savo", "Norra Savolax", "North Savo"),
        "Pohjois-Savon sosiaaliturvayhdistys ry",
        {"region_codes": ["11"]},
        "#0f5e63",
    ),
    (
        "Meidän Häme",
        ("Kanta-Häme", "Egentliga Tavastland", "Tavastia Proper"),
        "Hämeen setlementti ry",
        {"region_codes": ["05"]},
        "#9c2b1f",
    ),
    (
        "Päijäthämäläiset",
        ("Päijät-Häme", "Päijänne-Tavastland", "Päijät-Häme"),
        "Päijät-Hämeen hyvinvointipalveluiden kehitys ry",
        {"region_codes": ["07"]},
        "#3d5a1a",
    ),
    ("Lähellä", ("Pirkanmaa", "Birkaland", "Pirkanmaa"), "Artteli ry", {"region_codes": ["06"]}, "#6b2f6b"),
    (
        "Sinnedit",
        ("Pohjanmaa", "Österbotten", "Ostrobothnia"),
        "Pohjanmaan yhdistykset ry",
        {"region_codes": ["15"]},
        "#00587a",
    ),
    ("Kaenuulaiset", ("Kainuu", "Kajanaland", "Kainuu"), "MLL Kainuun piiri ry", {"region_codes": ["18"]}, "#4b4b8f"),
]

REGION_SLUGS = {
    "Uusimaalaiset": "uusimaalaiset",
    "Yhdistysinfo": "yhdistysinfo",
    "Yhdistystori": "yhdistystori",
    "Lappilaiset": "lappilaiset",
    "Jelli": "jelli",
    "Ihimiset": "ihimiset",
    "Varesverkosto": "varesverkosto",
    "Pohjoissavolaiset": "pohjoissavolaiset",
    "Meidän Häme": "meidanhame",
    "Päijäthämäläiset": "paijathamalaiset",
    "Lähellä": "lahella",
    "Sinnedit": "sinnedit",
    "Kaenuulaiset": "kaenuulaiset",
}


def load(stdout, port=8000):
    NationalRegionFactory(**NATIONAL, port=port)
    stdout.write("  Toimeksi (national) on localhost and any other hostname")
    for number, (name, areas, producer, coverage, colour) in enumerate(REGIONS, start=1):
        slug = REGION_SLUGS[name]
        RegionFactory(
            name=name,
            slug=slug,
            hostname=f"{slug}.localhost",
            port=port,
            area_names=dict(zip(("fi", "sv", "en"), areas, strict=True)),
            producer_name=producer,
            producer_email=f"info@{slug}.example.org",
            producer_phone=f"010 555 {number:04d}",
            accent_colour=colour,
            region_codes=coverage.get("region_codes", []),
            municipality_codes=coverage.get("municipality_codes", []),
        )
        stdout.write(f"  {name} on {slug}.localhost")

    national = Region.objects.get(slug="toimeksi")
    lapland = Region.objects.get(slug="lappilaiset")
    SuperuserFactory(email="admin@example.org", first_name="Aino", last_name="Ylläpitäjä")
    UserFactory(
        email="national@example.org",
        first_name="Veera",
        last_name="Valtakunnallinen",
        groups=[national.coordinator_group],
    )
    UserFactory(
        email="lapland@example.org",
        first_name="Lauri",
        last_name="Lappilainen",
        groups=[lapland.coordinator_group],
    )
    stdout.write("  Demo users: admin@, national@ and lapland@example.org (password: demo)")

    from .social_feeds_demo import load as load_demo_feeds

    load_demo_feeds(stdout)
