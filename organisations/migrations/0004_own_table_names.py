"""The organisations' tables take the app's name (organisations_*), finishing their move out of listings.

0001 kept the old names so that moving the models touched no data; renaming
a table keeps its rows, and the foreign keys pointing at it follow. The
constraints keep their names. Invitations are listed newest first, the
newest first among those of the same moment too (core.ordering). `created_at` becomes the shared
`core.models.Timestamped` field: a default instead of auto_now_add, so the
column itself does not change.
"""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0003_organisation_name_validators"),
    ]

    operations = [
        migrations.AlterField(
            model_name="organisation",
            name="created_at",
            field=models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name="created at"),
        ),
        migrations.AlterModelOptions(
            name="invitation",
            options={
                "ordering": ["-created_at", "-pk"],
                "verbose_name": "invitation",
                "verbose_name_plural": "invitations",
            },
        ),
        migrations.AlterModelTable(name="organisation", table=None),
        migrations.AlterModelTable(name="membership", table=None),
        migrations.AlterModelTable(name="membershiprequest", table=None),
        migrations.AlterModelTable(name="invitation", table=None),
    ]
