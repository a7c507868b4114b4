"""Readers' reports become listing flags: the same rows under a name the statistics reports do not share.

RenameModel keeps every row (the table is renamed, and Django's contenttypes
renames the content type, so permissions and generic relations follow).
"""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("regions", "0003_social_feeds"),
        ("workflows", "0001_initial"),
    ]

    operations = [
        migrations.RenameModel(old_name="Report", new_name="ListingFlag"),
        migrations.RenameIndex(
            model_name="listingflag",
            new_name="workflows_flag_region_status",
            old_name="workflows_report_region_status",
        ),
        migrations.AlterModelOptions(
            name="listingflag",
            options={
                "ordering": ["created_at", "pk"],
                "verbose_name": "listing flag",
                "verbose_name_plural": "listing flags",
            },
        ),
        migrations.AlterField(
            model_name="listingflag",
            name="reporter_email",
            field=models.EmailField(blank=True, max_length=254, verbose_name="sender's e-mail address"),
        ),
        migrations.AlterField(
            model_name="listingflag",
            name="region",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="listing_flags",
                to="regions.region",
                verbose_name="owning region",
            ),
        ),
        migrations.AlterField(
            model_name="listingflag",
            name="created_at",
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name="flagged at"),
        ),
        migrations.AlterField(
            model_name="coordinatorpreference",
            name="digest",
            field=models.BooleanField(
                default=False,
                help_text="One e-mail a day listing what awaits review and the open flags, instead of one e-mail per item.",
                verbose_name="daily digest",
            ),
        ),
    ]
