"""The statistics module: an organisation's season adds up to its records and sign-ups, periods are what they say."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import Sum

from registrations.models import Registration
from reports.models import ActivityRecord
from reports.statistics import Period, organisation_statistics, organisation_tables, region_statistics
from visits import counting

from .conftest import YEAR

pytestmark = pytest.mark.django_db


def expected_totals(organisation, year):
    """The season's figures summed straight from the rows, without the statistics module."""
    records = ActivityRecord.objects.filter(organisation=organisation, date__year=year)
    sums = records.aggregate(
        participants=Sum("participants"),
        new=Sum("new_participants"),
        volunteers=Sum("volunteers"),
        hours=Sum("volunteer_hours"),
    )
    signups = [
        registration
        for registration in Registration.objects.filter(organisation=organisation)
        if registration.created_at.astimezone().year == year and registration.status == "confirmed"
    ]
    return {
        "signups": sum(r.places for r in signups),
        "participants": sums["participants"] + sum(r.places for r in signups if r.attended),
        "new_participants": sums["new"],
        "volunteers": sums["volunteers"],
        "volunteer_hours": sums["hours"],
        "sessions": records.count(),
    }


def test_the_season_totals_are_what_the_records_and_sign_ups_add_up_to(network):
    stats = organisation_statistics([network["own"].pk], Period.season(YEAR))
    expected = expected_totals(network["own"], YEAR)
    assert stats.totals == expected
    # Hand-checked against the fixture: 41 recorded + 2 + 1 attended; 2 + 1 + 3 + 1 confirmed places.
    assert (stats.totals["participants"], stats.totals["signups"], stats.totals["sessions"]) == (44, 7, 4)


def test_months_listings_and_age_groups_each_add_up_to_the_totals(network):
    stats = organisation_statistics([network["own"].pk], Period.season(YEAR))
    for metric in ("participants", "signups", "volunteers", "volunteer_hours"):
        assert sum(figures[metric] for _month, figures in stats.month_rows()) == stats.totals[metric]
        assert sum(figures[metric] for _t, _k, figures in stats.listing_rows()) == stats.totals[metric]
    assert sum(value for _label, value in stats.age_rows()) == stats.totals["participants"]
    january = dict(stats.month_rows())[datetime.date(YEAR, 1, 1)]
    assert january["participants"] == 22
    titles = [title for title, _kind, _figures in stats.listing_rows()]
    assert titles == ["Kuoro", "Ulkoiluapu", "Konsertti"]
    assert [value for _label, value in stats.age_rows()] == [2, 3, 4, 1, 34]


def test_the_previous_season_is_the_year_before_or_a_span_of_the_same_length():
    assert Period.season(2025).previous() == Period.season(2024)
    span = Period(datetime.date(2025, 3, 1), datetime.date(2025, 3, 31))
    assert span.previous() == Period(datetime.date(2025, 1, 29), datetime.date(2025, 2, 28))
    assert len(Period.season(2025).months()) == 12


def test_the_tables_put_the_previous_season_beside_the_current(network):
    current = organisation_statistics([network["own"].pk], Period.season(YEAR))
    previous = organisation_statistics([network["own"].pk], Period.season(YEAR - 1))
    totals = organisation_tables(current, previous)[0]
    participants = totals.rows[1]
    assert participants[1:] == [44, 7, round((44 - 7) * 100 / 7)]


def test_other_organisations_are_not_counted(network):
    stats = organisation_statistics([network["karelian"].pk], Period.season(YEAR))
    assert stats.totals["participants"] == 30
    assert stats.totals["signups"] == 4


def count_views(listing, site, day, times):
    """Readers open a page `times` times: counted through the visits app, then flushed as its job does."""
    content_type = ContentType.objects.get_for_model(type(listing))
    for _ in range(times):
        assert counting.record(content_type.pk, listing.pk, site.pk, day)
    counting.flush()


def test_views_per_listing_come_from_the_visits_app(network, lapland, national):
    day = datetime.date(YEAR, 4, 2)
    count_views(network["choir"], lapland.site, day, 5)
    count_views(network["choir"], national.site, day, 2)
    count_views(network["concert"], lapland.site, day, 3)
    # The next season's views are not this season's.
    count_views(network["concert"], lapland.site, datetime.date(YEAR + 1, 1, 2), 9)
    stats = organisation_statistics([network["own"].pk], Period.season(YEAR))
    assert [(str(title), views) for title, _kind, views in stats.views] == [("Kuoro", 7), ("Konsertti", 3)]
    regional = region_statistics([lapland.pk], Period.season(YEAR))
    assert [(title, views) for title, _kind, views in regional.most_viewed] == [("Kuoro", 5), ("Konsertti", 3)]
    whole = region_statistics([lapland.pk, national.pk], Period.season(YEAR))
    assert [(title, views) for title, _kind, views in whole.most_viewed] == [("Kuoro", 7), ("Konsertti", 3)]
