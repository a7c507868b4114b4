"""The statistics pages in the admin, the printable season report and the CSV and XLSX exports.

Every view first asks `reports.access` whether the user may see what the
address names, then asks `reports.statistics` for the figures; the pages
draw them (`charts`) beside their tables and the exports write the same
tables.
"""

import csv
import io

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook

from . import access, charts
from .forms import MonthChoiceForm, PeriodForm, SessionFormSet, save_sessions
from .statistics import (
    METRIC_LABELS,
    METRICS,
    change,
    month_label,
    organisation_statistics,
    organisation_tables,
    region_statistics,
    region_tables,
)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: How many listings the "by activity" chart draws; the table lists them all.
CHART_LISTINGS = 15


def _period(request):
    form = PeriodForm(request.GET or None)
    return form, form.period()


# -- organisations ------------------------------------------------------------------------------------


def organisation_context(organisation, period):
    """What the statistics page and the season report of an organisation show."""
    current = organisation_statistics([organisation.pk], period)
    previous = organisation_statistics([organisation.pk], period.previous())
    tables = {table.key: table for table in organisation_tables(current, previous)}
    months = current.month_rows()
    previous_months = [figures for _month, figures in previous.month_rows()]
    listing_rows = current.listing_rows()[:CHART_LISTINGS]
    figure_charts = {
        "months": charts.bar_chart(
            "chart-months",
            _("Participants by month"),
            [month_label(month) for month, _figures in months],
            [
                (period.label(), [figures["participants"] for _month, figures in months]),
                (
                    period.previous().label(),
                    [
                        previous_months[index]["participants"] if index < len(previous_months) else 0
                        for index in range(len(months))
                    ],
                ),
            ],
        ),
        "listings": charts.bar_chart(
            "chart-listings",
            _("Participants by activity"),
            [title for title, _kind, _figures in listing_rows],
            [(_("Participants"), [figures["participants"] for _t, _k, figures in listing_rows])],
        ),
        "ages": charts.bar_chart(
            "chart-ages",
            _("Participants by age group"),
            [str(label) for label, _value in current.age_rows()],
            [(_("Participants"), [value for _label, value in current.age_rows()])],
        ),
    }
    if current.views:
        top = current.views[:CHART_LISTINGS]
        figure_charts["views"] = charts.bar_chart(
            "chart-views",
            _("Page views by listing"),
            [t for t, _k, _c in top],
            [(_("Views"), [c for _t, _k, c in top])],
        )
    summary = [
        {
            "label": METRIC_LABELS[metric],
            "value": current.totals[metric],
            "previous": previous.totals[metric],
            "change": change(current.totals[metric], previous.totals[metric]),
        }
        for metric in METRICS
    ]
    figures = [
        {"table": tables[key], "chart": figure_charts.get(key)}
        for key in ("months", "listings", "ages", "views")
        if key in tables
    ]
    base = reverse("reports_admin:organisation", args=[organisation.pk])
    query = period.query()
    return {
        "organisation": organisation,
        "period": period,
        "previous_period": period.previous(),
        "summary": summary,
        "figures": figures,
        "links": {
            "statistics": f"{base}?{query}",
            "report": f"{reverse('reports_admin:season_report', args=[organisation.pk])}?{query}",
            "csv": f"{reverse('reports_admin:season_report_csv', args=[organisation.pk])}?{query}",
            "xlsx": f"{reverse('reports_admin:season_report_xlsx', args=[organisation.pk])}?{query}",
        },
    }


def index(request):
    if not access.can_see_statistics(request.user):
        return redirect("wagtailadmin_home")
    organisations = list(access.visible_organisations(request.user)[:500])
    regions = list(access.visible_regions(request.user))
    if len(organisations) == 1 and not regions:
        return redirect("reports_admin:organisation", organisations[0].pk)
    return TemplateResponse(
        request,
        "reports/admin/index.html",
        {
            "organisations": organisations,
            "regions": regions,
            "national": access.scope_for(request.user).everything,
        },
    )


def _organisation_page(request, pk, template):
    organisation = access.organisation_or_refuse(request.user, pk)
    form, period = _period(request)
    context = organisation_context(organisation, period)
    context["form"] = form
    return TemplateResponse(request, template, context)


def organisation(request, pk):
    return _organisation_page(request, pk, "reports/admin/organisation.html")


def season_report(request, pk):
    # The same figures as the organisation's statistics page, laid out for printing.
    return _organisation_page(request, pk, "reports/season_report.html")


def _filename(name, period, extension):
    return f"{slugify(name) or 'statistics'}-{period.start.isoformat()}-{period.end.isoformat()}.{extension}"


def _organisation_tables(request, pk):
    organisation = access.organisation_or_refuse(request.user, pk)
    _form, period = _period(request)
    current = organisation_statistics([organisation.pk], period)
    previous = organisation_statistics([organisation.pk], period.previous())
    heading = [organisation.name, _("Season report"), period.label()]
    return heading, organisation_tables(current, previous), _filename(organisation.name, period, "")[:-1]


def _safe(value):
    """Text never starts a formula in a spreadsheet (listing titles are typed by members)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value


def csv_response(heading, tables, filename):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_safe(value) for value in heading])
    for table in tables:
        writer.writerow([])
        writer.writerow([_safe(table.title)])
        writer.writerow([_safe(value) for value in table.header])
        writer.writerows([_safe(value) for value in row] for row in table.all_rows())
    # The byte order mark lets spreadsheet programs read the file as UTF-8 (ä, ö, å).
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(heading, tables, filename):
    workbook = Workbook()
    workbook.remove(workbook.active)
    used = set()
    for table in tables:
        # Sheet names: at most 31 characters, unique, none of []:*?/\
        name = "".join(char for char in table.title if char not in "[]:*?/\\")[:31] or table.key
        while name in used:
            name = f"{name[:28]}-{len(used)}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        sheet.append([_safe(value) for value in heading])
        sheet.append([])
        sheet.append([_safe(value) for value in table.header])
        for row in table.all_rows():
            sheet.append([_safe(value) for value in row])
        sheet.column_dimensions["A"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response


def season_report_csv(request, pk):
    return csv_response(*_organisation_tables(request, pk))


def season_report_xlsx(request, pk):
    return xlsx_response(*_organisation_tables(request, pk))


# -- regions -------------------------------------------------------------------------------------------


def region_context(title, region_ids, period, links):
    stats = region_statistics(region_ids, period)
    tables = {table.key: table for table in region_tables(stats)}
    by_month = stats.published_by_month()
    figure_charts = {
        "published": charts.bar_chart(
            "chart-published",
            _("Listings published by month"),
            [month_label(month) for month, _count in by_month],
            [(_("Listings published"), [count for _month, count in by_month])],
        ),
        "regions": charts.bar_chart(
            "chart-regions",
            _("Listings published by region"),
            [region.name for region in stats.regions],
            [(_("Listings published"), [stats.per_region[region.pk]["published"] for region in stats.regions])],
        )
        if len(stats.regions) > 1
        else None,
    }
    return {
        "title": title,
        "period": period,
        "stats": stats,
        "summary": [
            {"label": _("Active organisations"), "value": stats.total("active_organisations")},
            {"label": _("Listings published"), "value": stats.total("published")},
            {"label": _("Citizen submissions"), "value": stats.total("submissions")},
            {
                "label": _("Median time to a moderation decision (hours)"),
                "value": "–" if stats.median_decision_hours is None else stats.median_decision_hours,
            },
        ],
        "figures": [
            {"table": tables[key], "chart": figure_charts.get(key)}
            for key in ("regions", "published", "submissions", "most_viewed", "quiet", "expiring")
            if key in tables
        ],
        "tables": list(tables.values()),
        "links": {name: f"{url}?{period.query()}" for name, url in links.items()},
    }


def _region_links(name, *args):
    return {
        "csv": reverse(f"reports_admin:{name}_csv", args=args),
        "xlsx": reverse(f"reports_admin:{name}_xlsx", args=args),
    }


def region(request, pk):
    region = access.region_or_refuse(request.user, pk)
    form, period = _period(request)
    context = region_context(region.name, [region.pk], period, _region_links("region", region.pk))
    context["form"] = form
    return TemplateResponse(request, "reports/admin/region.html", context)


def national(request):
    access.require_national(request.user)
    form, period = _period(request)
    region_ids = list(access.visible_regions(request.user).values_list("pk", flat=True))
    context = region_context(_("The whole network"), region_ids, period, _region_links("national"))
    context["form"] = form
    return TemplateResponse(request, "reports/admin/region.html", context)


def _region_export(request, title, region_ids):
    _form, period = _period(request)
    context = region_context(title, region_ids, period, {})
    return [title, _("Statistics"), period.label()], context["tables"], _filename(title, period, "")[:-1]


def region_csv(request, pk):
    region = access.region_or_refuse(request.user, pk)
    return csv_response(*_region_export(request, region.name, [region.pk]))


def region_xlsx(request, pk):
    region = access.region_or_refuse(request.user, pk)
    return xlsx_response(*_region_export(request, region.name, [region.pk]))


def _national_regions(request):
    access.require_national(request.user)
    return list(access.visible_regions(request.user).values_list("pk", flat=True))


def national_csv(request):
    return csv_response(*_region_export(request, _("The whole network"), _national_regions(request)))


def national_xlsx(request):
    return xlsx_response(*_region_export(request, _("The whole network"), _national_regions(request)))


# -- quick entry -----------------------------------------------------------------------------------------


def month_entry(request):
    """A recurring activity's sessions of one month in one form: choose the activity and month, then fill the rows."""
    if not access.can_see_statistics(request.user):
        return redirect("wagtailadmin_home")
    choice = MonthChoiceForm(request.GET or None, user=request.user)
    formset = None
    if choice.is_bound and choice.is_valid():
        listing = choice.cleaned_data["activity"]
        month = choice.cleaned_data["month"]
        if request.method == "POST":
            formset = SessionFormSet(request.POST, form_kwargs={"month": month})
            if formset.is_valid():
                with transaction.atomic():
                    saved = save_sessions(listing, formset.forms)
                messages.success(
                    request,
                    _("%(count)s sessions of %(listing)s were recorded.") % {"count": saved, "listing": listing.title},
                )
                return redirect(reverse("reports_admin:organisation", args=[listing.organisation_id]))
        else:
            formset = SessionFormSet(
                initial=[{"date": date} for date in choice.session_dates()], form_kwargs={"month": month}
            )
    return TemplateResponse(request, "reports/admin/month_entry.html", {"choice": choice, "formset": formset})
