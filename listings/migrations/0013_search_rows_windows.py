# The search's own index sums up its rows' windows (listings/search_rows.py): PostgreSQL only.

from django.db import migrations


def reinstall(apps, schema_editor):
    from listings import search_rows

    search_rows.reinstall(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("listings", "0012_search_rows")]

    # Both ways: the table as the code reads it, which a database rolled back to 0012 still has.
    operations = [migrations.RunPython(reinstall, reinstall)]
