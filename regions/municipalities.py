"""Loading the official list of municipalities and regions from regions/data/."""

import csv
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "municipalities.csv"


def load_municipalities(AdministrativeRegion, Municipality):
    """Create or update every region and municipality in the CSV file.

    Takes the model classes so that the data migration can pass its
    historical models.
    """
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    regions = {}
    for row in rows:
        if row["region_code"] not in regions:
            regions[row["region_code"]], _created = AdministrativeRegion.objects.update_or_create(
                code=row["region_code"], defaults={"name_fi": row["region_fi"], "name_sv": row["region_sv"]}
            )
    for row in rows:
        Municipality.objects.update_or_create(
            code=row["code"],
            defaults={
                "name_fi": row["name_fi"],
                "name_sv": row["name_sv"],
                "administrative_region": regions[row["region_code"]],
            },
        )
    return len(rows)
