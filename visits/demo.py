"""Demo view counts for the demo's listings and guides, from the parameters in visits/demo/views.yaml.

`load_demo` runs this after every other app's demo (`RUNS_LAST`), since it
counts their content. The types are named in the data file and found
through the app registry: this app sits below listings and guides and does
not import them. Running it again adds only the days that have no count yet.
"""

import datetime
import math
import random
from pathlib import Path

import yaml
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, Site

from .models import DailyView

PARAMETERS = Path(__file__).resolve().parent / "demo" / "views.yaml"

#: Load after the content it counts (network/management/commands/load_demo.py).
RUNS_LAST = True

BATCH = 2000


def _sites_of(model, objects):
    """{object id: site id}: a listing's owning region's site, a page's own site."""
    if issubclass(model, Page):
        # The site whose root (in any language) is the page's nearest ancestor, as Wagtail finds it for URLs.
        roots = sorted(Site.get_site_root_paths(), key=lambda root: len(root.root_path), reverse=True)
        sites = {}
        for page in objects:
            site_id = next((root.site_id for root in roots if page.url_path.startswith(root.root_path)), None)
            if site_id is not None:
                sites[page.pk] = site_id
        return sites
    return {
        pk: site_id
        for pk, site_id in model._default_manager.filter(pk__in=[obj.pk for obj in objects]).values_list(
            "pk", "region__site"
        )
        if site_id is not None
    }


def _objects(model):
    queryset = model._default_manager.filter(live=True).order_by("pk")
    if issubclass(model, Page):
        # A shared national guide's regional copies count for the original (visits/counting.py).
        queryset = queryset.filter(alias_of__isnull=True)
    return list(queryset)


def generate(parameters, today):
    """The demo's (day, content type, object id, site id, count) rows, the same for the same content."""
    days = [today - datetime.timedelta(days=back) for back in range(parameters["days"], 0, -1)]
    weekdays, months = parameters["weekdays"], parameters["months"]
    for label, level in parameters["daily_views"].items():
        model = apps.get_model(label)
        content_type = ContentType.objects.get_for_model(model)
        objects = _objects(model)
        sites = _sites_of(model, objects)
        for obj in objects:
            site_id = sites.get(obj.pk)
            if site_id is None:
                continue
            rng = random.Random(f"{parameters['seed']}:{label}:{obj.pk}")
            popularity = math.exp(rng.gauss(0, parameters["popularity_spread"]))
            for day in days:
                mean = level * popularity * weekdays[day.weekday()] * months[day.month - 1]
                # A rounded normal draw around the day's mean: plain, fast and never negative.
                count = max(0, round(rng.gauss(mean, math.sqrt(mean))))
                if count:
                    yield day, content_type.pk, obj.pk, site_id, count


def load(stdout):
    parameters = yaml.safe_load(PARAMETERS.read_text(encoding="utf-8"))
    rows = [
        DailyView(day=day, content_type_id=content_type_id, object_id=object_id, site_id=site_id, count=count)
        for day, content_type_id, object_id, site_id, count in generate(parameters, timezone.localdate())
    ]
    before = DailyView.objects.count()
    # Days that already have a count keep it: running the demo again adds only what is missing.
    DailyView.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
    added = DailyView.objects.count() - before
    stdout.write(f"  {added} daily view counts over the past {parameters['days']} days")
