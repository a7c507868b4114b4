"""EXPLAIN ANALYZE of the queries the regional home page's panels, an organisation's page and a search make.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toimeksi_bench .venv/bin/python -m bench.explain

Prints, for each home panel, for the organisation page of the region's
busiest organisation and for the search's counts ("konsertti"), the SQL's execution time as PostgreSQL reports it
(run twice; the second, warm run is shown), and the plan's top lines.
"""

import argparse

from bench.run import setup_django


def explain(sql, params):
    from django.db import connection

    with connection.cursor() as cursor:
        for _ in range(2):
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
            lines = [row[0] for row in cursor.fetchall()]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hostname", default="lappilaiset.localhost")
    parser.add_argument("--words", default="konsertti", help="The search's words.")
    args = parser.parse_args()
    setup_django()
    from django.db.models import Count
    from django.utils import timezone
    from wagtail.models import Locale

    from home.search import PageSearchBatch
    from listings import registry
    from listings.models import Event, ListingPlacement, Space, StaffMember
    from listings.models.pages import organisation_placements
    from listings.sections import ListingSearchBatch
    from organisations.models import Organisation
    from regions.models import Region

    region = Region.objects.select_related("site").get(site__hostname=args.hostname)
    locale = Locale.objects.get(language_code="fi")
    now = timezone.now()
    queries = []
    for record in registry.TYPES:
        if record.home_panel is None:
            continue
        model = record.model_class()
        placements = ListingPlacement.objects.shown(model, region, now, locale=locale.pk).in_list_order()
        ids = placements.values_list("object_id", flat=True)[: record.home_panel.size]
        queries.append((f"home panel: {record.key}, ids", ids.query))
        first = list(ids)
        stamps = model.objects.filter(id__in=first).stamps_only()
        queries.append((f"home panel: {record.key}, stamps", stamps.query))
    organisation = (
        Organisation.objects.filter(live=True, home_municipality__in=region.coverage.all())
        .annotate(events=Count("event"))
        .order_by("-events", "pk")
        .first()
    )
    models = [record.model_class() for record in registry.organisation_page_types()] + [Space, StaffMember]
    print(f"organisation: {organisation} ({Event.objects.filter(organisation=organisation).count()} events)")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        organisation_placements(organisation, region, locale.pk, models, now=now)
    for label, query in queries:
        sql, params = query.sql_with_params()
        lines = explain(sql, params)
        print(f"{label}: {lines[-1].strip()}")
    # Its own rows of every type, then their placements on the site.
    for label, captured_query in zip(("rows", "placements"), captured.captured_queries[-2:], strict=True):
        lines = explain(captured_query["sql"], None)
        print(f"organisation page {label}: {lines[-1].strip()}")
    for label, batch in (
        ("listings", ListingSearchBatch(region, "fi", args.words)),
        ("pages", PageSearchBatch(region, "fi", args.words)),
    ):
        sql, params = batch.counts_sql(now, list(batch.content_types()))
        lines = explain(sql, params)
        print(f"search counts of {label} ({args.words}): {lines[-1].strip()}")


if __name__ == "__main__":
    main()
