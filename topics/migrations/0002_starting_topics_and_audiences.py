from django.db import migrations

from topics.data import AUDIENCES, TOPICS


def load(apps, schema_editor):
    Topic = apps.get_model("topics", "Topic")
    Audience = apps.get_model("topics", "Audience")
    for slug, fi, sv, en in TOPICS:
        Topic.objects.get_or_create(slug=slug, defaults={"name": fi, "name_sv": sv, "name_en": en})
    for order, (slug, fi, sv, en) in enumerate(AUDIENCES):
        Audience.objects.get_or_create(
            slug=slug, defaults={"name": fi, "name_sv": sv, "name_en": en, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("topics", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
