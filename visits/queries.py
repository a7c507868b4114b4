"""Reading the view counts: what statistics, reports and exports ask of `DailyView`.

Every function takes an inclusive date range (`start`, `end`: dates), the
sites to count (`site_ids`: an iterable of Site ids; None for every site) and
which objects (`objects`):

- None: every counted object;
- a model class, or an iterable of model classes: every object of those types;
- a dict {model class: ids}: those objects (ids None: every object of that type).

Views are kept against an object's concrete model (a listing type, or
`GuidePage`), so pass concrete classes. A shared national guide's views on
every site are kept against the original guide, not its regional aliases.
Counts appear here after the flush (`manage.py flush_page_views`, a
scheduled job), not at the moment of the view.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth

from .models import DailyView


@dataclass(frozen=True)
class Viewed:
    """One object's views in a period: its content type, id and count (`object` once loaded by `with_objects`)."""

    content_type_id: int
    object_id: int
    views: int
    object: object = None

    @property
    def model(self):
        return ContentType.objects.get_for_id(self.content_type_id).model_class()


def _models_and_ids(objects):
    if objects is None:
        return None
    if isinstance(objects, dict):
        return [(model, None if ids is None else list(ids)) for model, ids in objects.items()]
    if isinstance(objects, type):
        return [(objects, None)]
    return [(model, None) for model in objects]


def _rows(start, end, *, objects=None, site_ids=None):
    rows = DailyView.objects.filter(day__gte=start, day__lte=end)
    if site_ids is not None:
        rows = rows.filter(site_id__in=list(site_ids))
    wanted = _models_and_ids(objects)
    if wanted is not None:
        condition = Q(pk__in=[])
        for model, ids in wanted:
            part = Q(content_type=ContentType.objects.get_for_model(model))
            if ids is not None:
                part &= Q(object_id__in=ids)
            condition |= part
        rows = rows.filter(condition)
    return rows


def total_views(start, end, *, objects=None, site_ids=None):
    """All views of the objects in the period."""
    return _rows(start, end, objects=objects, site_ids=site_ids).aggregate(total=Sum("count"))["total"] or 0


def views_by_object(model, ids, start, end, *, site_ids=None):
    """{id: views} for these objects of one model; an object without views is missing (read it as 0)."""
    rows = _rows(start, end, objects={model: ids}, site_ids=site_ids)
    return dict(rows.order_by().values("object_id").annotate(views=Sum("count")).values_list("object_id", "views"))


def views_by_day(start, end, *, objects=None, site_ids=None):
    """{date: views}, in date order; only days with views appear."""
    rows = _rows(start, end, objects=objects, site_ids=site_ids).order_by("day")
    return dict(rows.values("day").annotate(views=Sum("count")).values_list("day", "views"))


def views_by_month(start, end, *, objects=None, site_ids=None):
    """{first day of the month: views}, in date order; only months with views appear."""
    rows = (
        _rows(start, end, objects=objects, site_ids=site_ids)
        .annotate(month=TruncMonth("day"))
        .order_by("month")
        .values("month")
        .annotate(views=Sum("count"))
    )
    return {_as_date(row["month"]): row["views"] for row in rows}


def views_by_site(start, end, *, objects=None, site_ids=None):
    """{site id: views}."""
    rows = _rows(start, end, objects=objects, site_ids=site_ids).order_by()
    return dict(rows.values("site_id").annotate(views=Sum("count")).values_list("site_id", "views"))


def most_viewed(start, end, *, objects=None, site_ids=None, limit=10):
    """The `limit` most viewed objects of the period, most views first, as `Viewed` rows."""
    rows = (
        _rows(start, end, objects=objects, site_ids=site_ids)
        .values("content_type_id", "object_id")
        .annotate(views=Sum("count"))
        .order_by("-views", "content_type_id", "object_id")[:limit]
    )
    return [Viewed(row["content_type_id"], row["object_id"], row["views"]) for row in rows]


def with_objects(viewed, querysets=None):
    """`viewed` rows with their objects loaded (one query per type); rows whose object is gone are left out.

    `querysets` ({model: queryset}) narrows or prepares what is loaded, e.g.
    `select_related`; a type missing from it is loaded with its default manager.
    """
    querysets = querysets or {}
    by_type = {}
    for row in viewed:
        by_type.setdefault(row.content_type_id, []).append(row.object_id)
    found = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = querysets.get(model, model._default_manager.all())
        found.update({(content_type_id, obj.pk): obj for obj in queryset.filter(pk__in=ids)})
    return [
        Viewed(row.content_type_id, row.object_id, row.views, found[(row.content_type_id, row.object_id)])
        for row in viewed
        if (row.content_type_id, row.object_id) in found
    ]


def _as_date(value):
    # TruncMonth of a DateField gives a date on PostgreSQL and SQLite alike; be safe with a datetime.
    return value.date() if isinstance(value, datetime.datetime) else value
