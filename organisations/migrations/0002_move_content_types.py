"""The content types of the moved models follow them from listings to organisations.

A content type row keeps its id, so everything that points at it by id
stays attached: permissions and the groups holding them, revisions, log
entries, workflow states, locks, the reference index and wagtail-localize's
sources. A fresh database has no such rows yet (Django creates them after
migrating), so there is nothing to move.
"""

from django.db import migrations

MODELS = ("organisation", "membership", "invitation", "membershiprequest")


def merge(apps, stray, kept):
    """Point everything that refers to `stray` at `kept`, then delete `stray`.

    A stray row exists when code that knows the new app label looked the
    model up (content types are created on first use) before this migration
    ran; it may have picked up a few references since.
    """
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not field.many_to_one or field.related_model._meta.label_lower != "contenttypes.contenttype":
                continue
            rows = model._base_manager.filter(**{field.name: stray})
            if model._meta.label_lower == "auth.permission":
                # The kept row's permissions are the ones groups hold; drop the stray duplicates.
                rows.filter(codename__in=model._base_manager.filter(content_type=kept).values("codename")).delete()
            rows.update(**{field.name: kept})
    stray.delete()


def relabel(from_label, to_label):
    def run(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for name in MODELS:
            row = ContentType.objects.filter(app_label=from_label, model=name).first()
            if row is None:
                continue
            stray = ContentType.objects.filter(app_label=to_label, model=name).first()
            if stray is not None:
                merge(apps, stray, row)
            row.app_label = to_label
            row.save(update_fields=["app_label"])
        ContentType.objects.clear_cache()

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(relabel("listings", "organisations"), relabel("organisations", "listings")),
    ]
