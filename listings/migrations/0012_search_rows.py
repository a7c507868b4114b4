# The site search's own index of listings (listings/search_rows.py): PostgreSQL only.

from django.db import migrations


def install(apps, schema_editor):
    from listings import search_rows

    search_rows.install(schema_editor)


def uninstall(apps, schema_editor):
    from listings import search_rows

    search_rows.uninstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0011_placements_local_first"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(install, uninstall)]
