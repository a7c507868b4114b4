"""Load every Finnish municipality and region (Statistics Finland, 2026 classification, CC BY 4.0)."""

from django.db import migrations

from regions.municipalities import load_municipalities


def load(apps, schema_editor):
    load_municipalities(apps.get_model("regions", "AdministrativeRegion"), apps.get_model("regions", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("regions", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
