"""Organisation, Membership, Invitation and MembershipRequest now belong to the organisations app.

State only: the tables keep their names and their rows (organisations 0001
takes them over), and the listings' foreign keys keep pointing at the same
table, now under its new model label.
"""

import django.db.models.deletion
from django.db import migrations, models


def organisation_field():
    return models.ForeignKey(
        blank=True,
        null=True,
        on_delete=django.db.models.deletion.PROTECT,
        to="organisations.organisation",
        verbose_name="organisation",
    )


LISTING_MODELS = ("event", "activity", "volunteertask", "job", "project", "newsitem", "space", "staffmember", "story")

# The moved models' relations, removed from the state before the models themselves.
MOVED_RELATIONS = {
    "invitation": ("invited_by", "organisation"),
    "membership": ("organisation", "user"),
    "membershiprequest": ("decided_by", "organisation", "user"),
    "organisation": ("members", "home_municipality", "latest_revision", "live_revision", "locked_by", "logo", "region"),
}


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0007_listing_placements"),
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                *[
                    migrations.RemoveField(model_name=model_name, name=field_name)
                    for model_name, field_names in MOVED_RELATIONS.items()
                    for field_name in field_names
                ],
                *[
                    migrations.AlterField(model_name=model_name, name="organisation", field=organisation_field())
                    for model_name in LISTING_MODELS
                ],
                migrations.DeleteModel(name="Invitation"),
                migrations.DeleteModel(name="Membership"),
                migrations.DeleteModel(name="MembershipRequest"),
                migrations.DeleteModel(name="Organisation"),
            ],
        ),
    ]
