"""Every number the statistics pages, the season report and the exports show, computed here and only here.

`organisation_statistics` answers for one or more organisations and a
period: sign-ups (from the registrations app), participants, new
participants, volunteers and hours (from activity records, plus sign-ups
marked as attended), by month, by listing and by age group.
`region_statistics` answers for coordinators: per region, then summed, so
that the network's figures are by construction the sum of its regions'.

Each result lists its figures as `tables()`, which the pages render beside
their charts and the CSV and XLSX exports write out, so that what a page
shows and what a file holds cannot differ.
"""

import datetime
import statistics as pystats
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, DateTimeField, F, Max, Q, Sum, When
from django.db.models.functions import TruncMonth
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from guides.models import GuidePage
from listings import visibility
from listings.registry import listing_models, listing_types
from organisations.models import Organisation
from regions.models import Region
from registrations.models import Registration
from visits import queries as visits
from workflows.records import Submission

from .models import AGE_GROUPS, ActivityRecord

#: "Nothing published for this long" makes an organisation one to contact.
QUIET_AFTER = datetime.timedelta(days=183)
#: Listings whose visibility ends within this time are "expiring soon".
EXPIRING_WITHIN = datetime.timedelta(days=14)
#: How many pages the "most viewed" table lists.
MOST_VIEWED = 20
#: How many quiet organisations and expiring listings a page lists (the counts cover all).
LIST_LIMIT = 100

METRICS = ("signups", "participants", "new_participants", "volunteers", "volunteer_hours", "sessions")
METRIC_LABELS = {
    "signups": _("Sign-ups"),
    "participants": _("Participants"),
    "new_participants": _("New participants"),
    "volunteers": _("Volunteers"),
    "volunteer_hours": _("Volunteer hours"),
    "sessions": _("Recorded sessions"),
}


# -- periods ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A span of whole days, both ends included; a season is a calendar year unless chosen otherwise."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def season(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31))

    @classmethod
    def current(cls, today=None):
        return cls.season((today or timezone.localdate()).year)

    @property
    def is_calendar_year(self):
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) and (
            self.start.year == self.end.year
        )

    def previous(self):
        """The season before: the previous calendar year, or a span of the same length just before."""
        if self.is_calendar_year:
            return Period.season(self.start.year - 1)
        length = self.end - self.start
        end = self.start - datetime.timedelta(days=1)
        return Period(end - length, end)

    def months(self):
        """The first day of every month the period touches, in order."""
        months = []
        month = self.start.replace(day=1)
        while month <= self.end:
            months.append(month)
            month = (month + datetime.timedelta(days=32)).replace(day=1)
        return months

    def bounds(self):
        """The period as aware datetimes [start, end) in the current time zone, for timestamp columns."""
        start = timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))
        end = timezone.make_aware(datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min))
        return start, end

    def label(self):
        if self.is_calendar_year:
            return str(self.start.year)
        short = "SHORT_DATE_FORMAT"
        return f"{formats.date_format(self.start, short)}–{formats.date_format(self.end, short)}"

    def query(self):
        return f"start={self.start.isoformat()}&end={self.end.isoformat()}"


def month_label(month):
    return formats.date_format(month, "M Y")


def _month_key(value):
    """The first day of the month of a date or a datetime (TruncMonth gives either, by column type)."""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return value.replace(day=1)


# -- tables ------------------------------------------------------------------------------------------


@dataclass
class Table:
    """A titled table of figures: what a page shows beside a chart and what an export writes."""

    key: str
    title: str
    header: list
    rows: list
    #: A last row summing the others, or None.
    total: list | None = None

    def all_rows(self):
        return [*self.rows, self.total] if self.total is not None else list(self.rows)


def _number(value):
    """Hours keep one decimal; whole numbers stay integers in pages and spreadsheets."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _views_table(key, title, first_column, views, with_total=False):
    """A table of pages and their views from (title, type, views) rows, the most viewed first as given."""
    rows = [[str(page_title), str(kind), count] for page_title, kind, count in views]
    return Table(
        key=key,
        title=str(title),
        header=[str(first_column), str(_("Type")), str(_("Views"))],
        rows=rows,
        total=[str(_("Total")), "", sum(row[-1] for row in rows)] if with_total else None,
    )


# -- organisations -------------------------------------------------------------------------------------


def _empty():
    return dict.fromkeys(METRICS, 0)


@dataclass
class OrganisationStatistics:
    """One period's figures for a set of organisations (usually one)."""

    period: Period
    totals: dict
    by_month: dict
    by_listing: dict
    listing_titles: dict
    age_groups: dict
    age_not_given: int
    views: list = field(default_factory=list)

    def month_rows(self):
        return [(month, self.by_month.get(month, _empty())) for month in self.period.months()]

    def listing_rows(self):
        """[(title, type, figures)] by participants, most first."""
        rows = [(*self.listing_titles.get(key, ("–", "")), figures) for key, figures in self.by_listing.items()]
        return sorted(rows, key=lambda row: (-row[2]["participants"], -row[2]["signups"], str(row[0])))

    def age_rows(self):
        rows = [(label, self.age_groups[name]) for name, label in AGE_GROUPS]
        rows.append((_("Age not given"), self.age_not_given))
        return rows


def organisation_statistics(organisation_ids, period):
    """The figures of the organisations `organisation_ids` for `period`, in a fixed number of queries."""
    organisation_ids = list(organisation_ids)
    totals = _empty()
    by_month = defaultdict(_empty)
    by_listing = defaultdict(_empty)
    age_groups = dict.fromkeys((name for name, _label in AGE_GROUPS), 0)

    records = (
        ActivityRecord.objects.filter(organisation_id__in=organisation_ids)
        .between(period.start, period.end)
        .annotate(month=TruncMonth("date"))
        .values("content_type_id", "object_id", "month")
        .annotate(
            sessions=Count("pk"),
            participants=Sum("participants"),
            new_participants=Sum("new_participants"),
            volunteers=Sum("volunteers"),
            volunteer_hours=Sum("volunteer_hours"),
            **{name: Sum(name) for name in age_groups},
        )
        .order_by()
    )
    for row in records:
        month = _month_key(row["month"])
        key = (row["content_type_id"], row["object_id"])
        for metric in ("sessions", "participants", "new_participants", "volunteers", "volunteer_hours"):
            value = row[metric] or 0
            totals[metric] += value
            by_month[month][metric] += value
            by_listing[key][metric] += value
        for name in age_groups:
            age_groups[name] += row[name] or 0

    start, end = period.bounds()
    signups = (
        Registration.objects.filter(
            organisation_id__in=organisation_ids,
            status=Registration.Status.CONFIRMED,
            created_at__gte=start,
            created_at__lt=end,
        )
        .annotate(month=TruncMonth("created_at"))
        .values("content_type_id", "object_id", "month")
        .annotate(confirmed_places=Sum("places"), attended_places=Sum("places", filter=Q(attended=True)))
        .order_by()
    )
    for row in signups:
        month = _month_key(row["month"])
        key = (row["content_type_id"], row["object_id"])
        places, attended = row["confirmed_places"] or 0, row["attended_places"] or 0
        for target in (totals, by_month[month], by_listing[key]):
            target["signups"] += places
            # Sign-ups marked as attended are participants without a record of their own.
            target["participants"] += attended

    return OrganisationStatistics(
        views=listing_views(organisation_ids, period),
        period=period,
        totals=totals,
        by_month=dict(by_month),
        by_listing=dict(by_listing),
        listing_titles=_listing_titles(by_listing),
        age_groups=age_groups,
        age_not_given=max(totals["participants"] - sum(age_groups.values()), 0),
    )


def listing_views(organisation_ids, period):
    """[(title, type name, views)] of the organisations' listings in the period on every site, most viewed first.

    A listing's translations are counted with it: readers of each language opened the same listing.
    """
    rows = []
    for model in listing_models():
        listings = list(
            model._default_manager.filter(organisation_id__in=organisation_ids).values_list(
                "pk", "translation_key", "is_translation_row", "title"
            )
        )
        if not listings:
            continue
        counts = visits.views_by_object(model, [row[0] for row in listings], period.start, period.end)
        titles = {key: title for _pk, key, is_translation, title in listings if not is_translation}
        by_listing = defaultdict(int)
        for pk, key, _is_translation, _title in listings:
            by_listing[key] += counts.get(pk, 0)
        rows.extend(
            (titles.get(key, "–"), model._meta.verbose_name, views) for key, views in by_listing.items() if views
        )
    return sorted(rows, key=lambda row: (-row[2], str(row[0])))


def _listing_titles(keys):
    """{(content type id, object id): (title, type name)}, one query per listing type."""
    by_type = defaultdict(list)
    for content_type_id, object_id in keys:
        by_type[content_type_id].append(object_id)
    titles = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        for pk, title in model._default_manager.filter(pk__in=ids).values_list("pk", "title"):
            titles[(content_type_id, pk)] = (title, model._meta.verbose_name)
    return titles


def change(current, previous):
    """The change from the previous season in per cent, or None when there is nothing to compare with."""
    if not previous:
        return None
    return round((current - previous) * 100 / previous)


def organisation_tables(current, previous):
    """The season report's tables: totals beside the previous season, then by month, listing and age group."""
    totals = Table(
        key="totals",
        title=str(_("Totals")),
        header=[str(_("Figure")), current.period.label(), previous.period.label(), str(_("Change %"))],
        rows=[
            [
                str(METRIC_LABELS[metric]),
                _number(current.totals[metric]),
                _number(previous.totals[metric]),
                change(current.totals[metric], previous.totals[metric]),
            ]
            for metric in METRICS
        ],
    )
    month_metrics = ("signups", "participants", "volunteers", "volunteer_hours")
    previous_months = [figures for _month, figures in previous.month_rows()]
    month_rows = []
    for index, (month, figures) in enumerate(current.month_rows()):
        before = previous_months[index]["participants"] if index < len(previous_months) else 0
        month_rows.append([month_label(month), *(_number(figures[m]) for m in month_metrics), before])
    months = Table(
        key="months",
        title=str(_("By month")),
        header=[
            str(_("Month")),
            *(str(METRIC_LABELS[m]) for m in month_metrics),
            str(_("Participants, previous season")),
        ],
        rows=month_rows,
        total=[
            str(_("Total")),
            *(_number(current.totals[m]) for m in month_metrics),
            sum(row[-1] for row in month_rows),
        ],
    )
    listing_metrics = ("signups", "participants", "new_participants", "volunteers", "volunteer_hours", "sessions")
    listings = Table(
        key="listings",
        title=str(_("By activity")),
        header=[str(_("Listing")), str(_("Type")), *(str(METRIC_LABELS[m]) for m in listing_metrics)],
        rows=[
            [str(title), str(kind), *(_number(figures[m]) for m in listing_metrics)]
            for title, kind, figures in current.listing_rows()
        ],
        total=[str(_("Total")), "", *(_number(current.totals[m]) for m in listing_metrics)],
    )
    ages = Table(
        key="ages",
        title=str(_("By age group")),
        header=[str(_("Age group")), str(_("Participants"))],
        rows=[[str(label), value] for label, value in current.age_rows()],
        total=[str(_("Total")), current.totals["participants"]],
    )
    tables = [totals, months, listings, ages]
    if current.views:
        tables.append(_views_table("views", _("Page views by listing"), _("Listing"), current.views, with_total=True))
    return tables


# -- regions ---------------------------------------------------------------------------------------------


@dataclass
class RegionStatistics:
    """A period's figures for a set of regions, region by region and summed."""

    period: Period
    regions: list
    #: {region id: {figure: value}}
    per_region: dict
    #: {type label: {month: count}}
    published: dict
    submissions_by_status: dict
    median_decision_hours: float | None
    quiet_organisations: list
    quiet_count: int
    expiring: list
    expiring_count: int
    most_viewed: list = field(default_factory=list)

    def total(self, figure):
        return sum(values[figure] for values in self.per_region.values())

    def published_rows(self):
        months = self.period.months()
        return [
            (label, [counts.get(month, 0) for month in months], sum(counts.values()))
            for label, counts in self.published.items()
        ]

    def published_by_month(self):
        months = self.period.months()
        return [(month, sum(counts.get(month, 0) for counts in self.published.values())) for month in months]


#: When a listing was first published. Rows made live without the publish action (imports, older data) have no
#: publishing dates; for those that are live, their creation is the best answer there is.
PUBLISHED_AT = Case(
    When(first_published_at__isnull=False, then=F("first_published_at")),
    When(live=True, then=F("created_at")),
    default=None,
    output_field=DateTimeField(),
)
LAST_PUBLISHED = Case(
    When(last_published_at__isnull=False, then=F("last_published_at")),
    When(live=True, then=F("created_at")),
    default=None,
    output_field=DateTimeField(),
)

REGION_FIGURES = ("organisations", "active_organisations", "published", "submissions", "decided")
REGION_FIGURE_LABELS = {
    "organisations": _("Organisations"),
    "active_organisations": _("Active organisations"),
    "published": _("Listings published"),
    "submissions": _("Citizen submissions"),
    "decided": _("Moderation decisions"),
}


def region_statistics(region_ids, period, now=None):
    """The figures of the regions `region_ids` for `period`; every count is grouped by region first."""
    now = now or timezone.now()
    region_ids = list(region_ids)
    regions = list(Region.objects.filter(pk__in=region_ids).order_by("-is_national", "name"))
    per_region = {region.pk: dict.fromkeys(REGION_FIGURES, 0) for region in regions}
    start, end = period.bounds()

    organisations = Organisation.objects.filter(region_id__in=region_ids, live=True)
    organisation_region = dict(organisations.values_list("pk", "region_id"))
    for region_id in organisation_region.values():
        per_region[region_id]["organisations"] += 1

    active = set()
    published = {}
    last_published = {}
    for record in listing_types():
        model = record.model_class()
        originals = model._default_manager.filter(is_translation_row=False).annotate(
            published_at=PUBLISHED_AT, last_published=LAST_PUBLISHED
        )
        rows = (
            originals.filter(region_id__in=region_ids, published_at__gte=start, published_at__lt=end)
            .annotate(month=TruncMonth("published_at"))
            .values("region_id", "month")
            .annotate(count=Count("pk"))
            .order_by()
        )
        counts = defaultdict(int)
        for row in rows:
            counts[_month_key(row["month"])] += row["count"]
            per_region[row["region_id"]]["published"] += row["count"]
        published[str(model._meta.verbose_name_plural).capitalize()] = dict(counts)
        owners = (
            originals.filter(organisation_id__in=organisations.values("pk"))
            .values("organisation_id")
            .annotate(
                last=Max("last_published"),
                in_period=Count("pk", filter=Q(published_at__gte=start, published_at__lt=end)),
            )
            .order_by()
        )
        for row in owners:
            if row["in_period"]:
                active.add(row["organisation_id"])
            if row["last"] is not None:
                previous = last_published.get(row["organisation_id"])
                last_published[row["organisation_id"]] = max(row["last"], previous) if previous else row["last"]
    # Recording activity or taking sign-ups in the period also makes an organisation active.
    active.update(
        ActivityRecord.objects.filter(organisation_id__in=organisations.values("pk"))
        .between(period.start, period.end)
        .values_list("organisation_id", flat=True)
        .distinct()
    )
    active.update(
        Registration.objects.filter(
            organisation_id__in=organisations.values("pk"), created_at__gte=start, created_at__lt=end
        )
        .values_list("organisation_id", flat=True)
        .distinct()
    )
    for organisation_id in active:
        if organisation_id in organisation_region:
            per_region[organisation_region[organisation_id]]["active_organisations"] += 1

    submissions = Submission.objects.filter(region_id__in=region_ids, created_at__gte=start, created_at__lt=end)
    by_status = defaultdict(int)
    durations = []
    for region_id, status, created_at, decided_at in submissions.values_list(
        "region_id", "status", "created_at", "decided_at"
    ):
        per_region[region_id]["submissions"] += 1
        by_status[status] += 1
        if decided_at is not None:
            per_region[region_id]["decided"] += 1
            durations.append((decided_at - created_at).total_seconds() / 3600)
    median = round(pystats.median(durations), 1) if durations else None

    quiet_since = now - QUIET_AFTER
    quiet = sorted(
        (
            organisation
            for organisation in organisations.select_related("region").order_by("name")
            if last_published.get(organisation.pk) is None or last_published[organisation.pk] < quiet_since
        ),
        key=lambda organisation: (
            last_published.get(organisation.pk) or datetime.datetime.min.replace(tzinfo=datetime.UTC),
            organisation.name,
        ),
    )
    for organisation in quiet:
        organisation.last_published = last_published.get(organisation.pk)

    expiring = []
    for record in listing_types():
        model = record.model_class()
        expiring.extend(
            model._default_manager.filter(
                is_translation_row=False,
                live=True,
                region_id__in=region_ids,
            )
            .filter(visibility.ends_within_q(now, now + EXPIRING_WITHIN))
            .select_related("organisation")
            .order_by("visible_until", "expire_at")[:LIST_LIMIT]
        )
    for listing in expiring:
        listing.visibility_ends = visibility.visibility_ends(listing, now)
    expiring.sort(key=lambda listing: listing.visibility_ends)

    site_ids = [region.site_id for region in regions]
    viewed = visits.with_objects(
        visits.most_viewed(
            period.start, period.end, objects=[*listing_models(), GuidePage], site_ids=site_ids, limit=MOST_VIEWED
        )
    )

    return RegionStatistics(
        most_viewed=[(row.object.title, row.object._meta.verbose_name, row.views) for row in viewed],
        period=period,
        regions=regions,
        per_region=per_region,
        published=published,
        submissions_by_status=dict(by_status),
        median_decision_hours=median,
        quiet_organisations=quiet[:LIST_LIMIT],
        quiet_count=len(quiet),
        expiring=expiring[:LIST_LIMIT],
        expiring_count=len(expiring),
    )


def region_tables(stats):
    """A region view's tables, in the order its page shows them."""
    months = stats.period.months()
    tables = [
        Table(
            key="regions",
            title=str(_("By region")),
            header=[str(_("Region")), *(str(REGION_FIGURE_LABELS[f]) for f in REGION_FIGURES)],
            rows=[[region.name, *(stats.per_region[region.pk][f] for f in REGION_FIGURES)] for region in stats.regions],
            total=[str(_("Total")), *(stats.total(f) for f in REGION_FIGURES)],
        ),
        Table(
            key="published",
            title=str(_("Listings published by type and month")),
            header=[str(_("Type")), *(month_label(month) for month in months), str(_("Total"))],
            rows=[[label, *counts, total] for label, counts, total in stats.published_rows()],
            total=[
                str(_("Total")),
                *(count for _month, count in stats.published_by_month()),
                stats.total("published"),
            ],
        ),
        Table(
            key="submissions",
            title=str(_("Citizen submissions")),
            header=[str(_("Status")), str(_("Submissions"))],
            rows=[
                [str(label), stats.submissions_by_status.get(value, 0)] for value, label in Submission.Status.choices
            ],
            total=[str(_("Total")), stats.total("submissions")],
        ),
        Table(
            key="quiet",
            title=str(_("Organisations with nothing published for six months")),
            header=[str(_("Organisation")), str(_("Region")), str(_("Last published"))],
            rows=[
                [
                    organisation.name,
                    organisation.region.name if organisation.region else "",
                    timezone.localtime(organisation.last_published).date().isoformat()
                    if organisation.last_published
                    else "",
                ]
                for organisation in stats.quiet_organisations
            ],
        ),
        Table(
            key="expiring",
            title=str(_("Listings that expire soon")),
            header=[str(_("Listing")), str(_("Type")), str(_("Organisation")), str(_("Visible until"))],
            rows=[
                [
                    listing.title,
                    str(listing._meta.verbose_name),
                    listing.organisation.name if listing.organisation else "",
                    timezone.localtime(listing.visibility_ends).date().isoformat(),
                ]
                for listing in stats.expiring
            ],
        ),
    ]
    if stats.most_viewed:
        tables.append(_views_table("most_viewed", _("Most viewed listings and guides"), _("Page"), stats.most_viewed))
    return tables
