"""Give every existing home page the panels it showed before the layout became editable, in the same order.

The keys and order are today's (the events, volunteering and news panels of
listings, guides' latest guides, the social-media posts), written out here
so that this migration means the same whatever apps register later. The
page's live row and its latest revision both get them, so the editor opens
with the layout the site shows.
"""

import json
import uuid

from django.db import migrations

TODAYS_PANELS = ("listings-events", "listings-volunteering", "listings-news", "latest-guides", "social-posts")


def _layout():
    return [{"type": "panel", "value": {"panel": key, "heading": ""}, "id": str(uuid.uuid4())} for key in TODAYS_PANELS]


def add_panels(apps, schema_editor):
    HomePage = apps.get_model("home", "HomePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in HomePage.objects.all():
        if len(page.layout):
            continue
        layout = _layout()
        page.layout = layout
        page.save(update_fields=["layout"])
        if page.latest_revision_id is None:
            continue
        revision = Revision.objects.filter(pk=page.latest_revision_id).first()
        if revision is not None and not revision.content.get("layout"):
            # A revision keeps a StreamField as its JSON text.
            revision.content["layout"] = json.dumps(layout)
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [("home", "0004_home_page_layout")]

    operations = [migrations.RunPython(add_panels, migrations.RunPython.noop)]
