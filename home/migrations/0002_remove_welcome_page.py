"""Remove Wagtail's placeholder welcome page and its default site.

Sites are created by `create_region`; leaving the placeholder would make it
the default site and take the `localhost` hostname.
"""

from django.db import migrations


def remove_welcome_page(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    welcome = Page.objects.filter(depth=2, slug="home", content_type=page_type)
    Site.objects.filter(root_page__in=welcome).delete()
    welcome.delete()
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        # Treebeard keeps the child count on the parent.
        root.numchild = Page.objects.filter(depth=2).count()
        root.save(update_fields=["numchild"])
    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(remove_welcome_page, migrations.RunPython.noop)]
