"""The demo network: `load_demo` builds it once, and its content looks like a real service's.

The demo is loaded once for the module (and rolled back after it), since
loading it takes long (about two minutes); each test then reads what it
needs, the listings' demo included.
"""

import datetime
import io
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Site

from accounts.models import User
from guides.models import GuidePage
from listings import demo as listings_demo
from listings.models import LISTING_MODELS, Event
from organisations.models import Organisation
from regions.models import Municipality, Region
from regions.social_feed_models import LiftedPost
from reports.demo import load as load_records
from reports.models import ActivityRecord
from reports.statistics import Period, organisation_statistics

from ..listings.test_local_first import panel_items
from ..reports.test_statistics import expected_totals
from ..reports.test_views import label

HOSTNAMES = [
    "uusimaalaiset",
    "yhdistysinfo",
    "yhdistystori",
    "lappilaiset",
    "jelli",
    "ihimiset",
    "varesverkosto",
    "pohjoissavolaiset",
    "meidanhame",
    "paijathamalaiset",
    "lahella",
    "sinnedit",
    "kaenuulaiset",
]

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_network(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module's tests and rolled back after them."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def _counts():
    return (
        Site.objects.count(),
        Region.objects.count(),
        User.objects.count(),
        Organisation.objects.count(),
        GuidePage.objects.count(),
        *(model.objects.count() for model in LISTING_MODELS),
    )


def test_load_demo_builds_the_network_once(demo_network, client):
    counts = _counts()
    call_command("load_demo", stdout=io.StringIO())
    assert _counts() == counts
    assert counts[:2] == (14, 14)
    assert all(counts[5:]), "every listing type has demo rows"

    for slug in HOSTNAMES:
        response = client.get("/fi/", HTTP_HOST=f"{slug}.localhost:8000")
        assert response.status_code == 200
        assert response.context["region"].slug == slug
    for hostname in ("localhost:8000", "toimeksi.localhost:8000"):
        assert client.get("/sv/", HTTP_HOST=hostname).context["region"].is_national

    # Two services overlap in North Ostrobothnia; Kaakkois-Suomi spans two regions.
    oulu_services = set(Region.objects.filter(coverage__code="564").values_list("slug", flat=True))
    assert oulu_services == {"ihimiset", "varesverkosto"}
    kaakkois = Region.objects.get(slug="yhdistysinfo")
    assert set(kaakkois.coverage.values_list("administrative_region__code", flat=True)) == {"08", "09"}

    assert User.objects.get(email="admin@example.org").is_superuser
    lapland_coordinator = User.objects.get(email="lapland@example.org")
    assert lapland_coordinator.groups.get() == Region.objects.get(slug="lappilaiset").coordinator_group
    assert client.login(username="national@example.org", password="demo")


class _HomePanelTitles(HTMLParser):
    """The listing titles of a home page: the links in list items of its listing panels (section.home-listings)."""

    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_panel = False
        self._in_item = False
        self._link = None

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self._in_panel = "home-listings" in (dict(attrs).get("class") or "").split()
        elif tag == "li" and self._in_panel:
            self._in_item = True
        elif tag == "a" and self._in_item:
            self._link = []

    def handle_endtag(self, tag):
        if tag == "section":
            self._in_panel = False
        elif tag == "li":
            self._in_item = False
        elif tag == "a" and self._link is not None:
            self.titles.append("".join(self._link).strip())
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link.append(data)


def _home_titles(client, region):
    site = region.site
    response = client.get("/fi/", HTTP_HOST=f"{site.hostname}:{site.port}")
    assert response.status_code == 200
    parser = _HomePanelTitles()
    parser.feed(response.content.decode())
    return parser.titles


def test_no_home_page_repeats_a_title_and_regional_ones_lead_with_local_listings(demo_network, client):
    wide = set()
    for model in LISTING_MODELS:
        wide.update(model.objects.filter(is_nationwide=True).values_list("title", flat=True))
        wide.update(model.objects.filter(is_online=True).values_list("title", flat=True))
    for region in Region.objects.select_related("site"):
        titles = _home_titles(client, region)
        assert len(titles) >= 8, (region.slug, titles)
        assert [title for title, count in Counter(titles).items() if count > 1] == [], region.slug
        if not region.is_national:
            local = [title for title in titles if title not in wide]
            assert len(local) > len(titles) / 2, (region.slug, titles)


def test_no_two_listings_a_site_shows_share_a_title_in_one_language(demo_network):
    for region in Region.objects.all():
        for language in ("fi", "sv", "en"):
            titles = Counter()
            for model in LISTING_MODELS:
                for queryset in (
                    model.objects.visible_on(region, locale=language),
                    model.objects.archived_on(region, locale=language),
                ):
                    titles.update(queryset.values_list("locale__language_code", "title"))
            assert [key for key, count in titles.items() if count > 1] == [], (region.slug, language)


def test_every_listing_type_has_texts_of_its_own(demo_network):
    types_of_paragraph = defaultdict(set)
    for model in LISTING_MODELS:
        for body in model.objects.values_list("body", flat=True):
            for paragraph in re.findall(r"<p>(.*?)</p>", body):
                types_of_paragraph[paragraph].add(model.__name__)
    shared = {paragraph: types for paragraph, types in types_of_paragraph.items() if len(types) > 1}
    assert shared == {}
    # Every type says something of its own: more than a few different paragraphs each.
    for model in LISTING_MODELS:
        own = {paragraph for paragraph, types in types_of_paragraph.items() if types == {model.__name__}}
        assert len(own) >= 10, model.__name__


def test_local_listings_are_placed_in_their_organisations_town(demo_network):
    local = 0
    for model in LISTING_MODELS:
        queryset = model.objects.filter(is_nationwide=False, is_online=False, organisation__isnull=False)
        listings = queryset.select_related("organisation__home_municipality").prefetch_related("municipalities")
        for listing in listings:
            codes = {municipality.code for municipality in listing.municipalities.all()}
            assert codes == {listing.organisation.home_municipality.code}, listing
            local += 1
    assert local >= 400
    assert not Event.objects.filter(is_online=False, place_name="", submitter_email="").exists()


def test_the_listings_demo_has_every_type_once_and_shows_on_the_regional_sites(demo_network, client):
    counts = {model: model.objects.count() for model in LISTING_MODELS}
    assert all(counts.values()), counts
    assert 500 <= sum(counts.values()) <= 900
    assert Organisation.objects.filter(is_verified=True).count() >= 50

    listings_demo.load(io.StringIO())
    assert {model: model.objects.count() for model in LISTING_MODELS} == counts

    assert Event.objects.filter(original_locale__language_code="sv", locale__language_code="sv").exists()
    assert Event.objects.filter(locale__language_code="en").exclude(original_locale__language_code="en").exists()
    assert Event.objects.filter(starts_at__gt=timezone.now(), live=True).count() >= 50
    assert Event.objects.filter(starts_at__lt=timezone.now()).exists()
    html = client.get("/sv/evenemang/", HTTP_HOST="sinnedit.localhost").content.decode()
    assert 'lang="sv"' in html and "listing-card" in html
    assert client.get("/fi/tapahtumat/", HTTP_HOST="lappilaiset.localhost").context["page_obj"].paginator.count >= 5


def test_the_sign_up_demo_takes_a_sign_up_on_lapland_and_offers_none_it_cannot_complete(demo_network, client, settings):
    from listings.addresses import listing_url
    from listings.models import VolunteerTask
    from registrations import services
    from registrations.models import Registration

    settings.WORKFLOWS_MIN_FILL_SECONDS = 0
    lapland = Region.objects.get(slug="lappilaiset")
    host = "lappilaiset.localhost:8000"
    builtin = list(Event.objects.visible_on(lapland, locale="fi").filter(registration="builtin"))
    states = {event.title: services.availability(event).state for event in builtin}
    assert services.State.OPEN in states.values() and services.State.WAITING_LIST in states.values(), states
    assert Registration.objects.filter(status=Registration.Status.WAITING).exists()
    assert Event.objects.filter(registration="builtin", more_dates__gte=9).exists(), "a weekly series"
    assert VolunteerTask.objects.filter(takes_interest=True).count() >= 2
    assert Region.objects.filter(slug__in=["lappilaiset", "lahella", "uusimaalaiset"]).count() == 3

    event = next(event for event in builtin if states[event.title] == services.State.OPEN)
    html = client.get(listing_url(event, lapland.site, "fi"), HTTP_HOST=host).content.decode()
    action = re.search(r'<form method="post" action="([^"]+)"', html).group(1)
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html))
    questions = re.findall(r'name="(q_[0-9a-f-]+)" value="yes"', html)
    data = {**hidden, "name": "Demo Kokeilija", "email": "kokeilija@example.org", "consent": "on", "places": "1"}
    data.update(dict.fromkeys(questions, "yes"))
    response = client.post(action, data, HTTP_HOST=host)
    assert response.status_code == 302, re.findall(r"field__error[^>]*>(.*?)</p>", response.content.decode())
    assert Registration.objects.filter(email="kokeilija@example.org", object_id=event.pk).exists()

    # A form only where the sign-up can be completed.
    for region in Region.objects.all():
        for listing in Event.objects.visible_on(region, locale="fi").filter(registration="builtin"):
            page = client.get(listing_url(listing, region.site, "fi"), HTTP_HOST=f"{region.site.hostname}:8000")
            offers_form = 'name="consent"' in page.content.decode()
            assert offers_form == services.availability(services.original_of(listing)).can_sign_up, listing.title


def test_lappilaiset_shows_its_lifted_demo_posts(demo_network, client):
    lifted = LiftedPost.objects.filter(region__slug="lappilaiset")
    assert lifted.count() == 2 and lifted.filter(image__isnull=False).exists()
    call_command("load_demo", stdout=io.StringIO())
    assert lifted.count() == 2
    html = client.get("/fi/", HTTP_HOST="lappilaiset.localhost:8000").content.decode()
    assert "Revontulikävely Rovaniemellä" in html and "Instagram" in html
    assert 'href="https://www.instagram.com/p/lappilaiset-demo-revontulet/"' in html


def test_the_demo_has_months_of_view_counts_for_its_listings_and_guides(demo_network):
    from visits import queries

    today = timezone.localdate()
    start = today.replace(day=1) - datetime.timedelta(days=150)
    assert queries.total_views(start, today, objects=Event) > 0
    assert queries.total_views(start, today, objects=GuidePage) > 0
    assert len(queries.views_by_month(start, today)) >= 6
    # Views are made on the site of the region that owns each listing (a region that owns none has none).
    owning_sites = {
        site_id
        for model in LISTING_MODELS
        for site_id in model.objects.filter(live=True).values_list("region__site_id", flat=True)
        if site_id is not None
    }
    assert len(owning_sites) >= 12
    assert set(queries.views_by_site(start, today)) >= owning_sites


def test_lapland_home_leads_with_events_in_its_own_municipalities_and_shows_each_items_place(demo_network, client):
    """Issue 13's "local first" on the demo: the first three events are Lapland's own, and every item says where."""
    lapland = Region.objects.select_related("site").get(slug="lappilaiset")
    own = set(lapland.coverage.values_list("pk", flat=True))
    visible = Event.objects.visible_on(lapland, locale="fi")
    events = {event.title: event for event in visible.prefetch_related("municipalities")}
    upcoming_local = visible.filter(municipalities__in=own).distinct().count()
    items = panel_items(client, host=f"{lapland.site.hostname}:{lapland.site.port}")
    assert len(items) >= 3 and upcoming_local >= 3
    for title, _text in items[:3]:
        assert {municipality.pk for municipality in events[title].municipalities.all()} & own, title
    places = set(Municipality.objects.values_list("name_fi", flat=True)) | {"Verkossa", "Valtakunnallinen"}
    for title, text in items:
        assert any(place in text for place in places), (title, text)


# -- the demo's activity records (issue 11): a season for several organisations, a member's season report --


def test_the_demo_records_a_season_for_organisations_in_several_regions(demo_network):
    organisations = Organisation.objects.filter(activity_records__isnull=False).distinct()
    assert organisations.count() >= 5
    assert organisations.values("region").distinct().count() >= 4
    last_year = timezone.localdate().year - 1
    assert ActivityRecord.objects.filter(date__year=last_year).count() > 200
    before = ActivityRecord.objects.count()
    load_records(io.StringIO())
    assert ActivityRecord.objects.count() == before


def test_the_member_opens_a_season_report_with_charts_and_true_totals(demo_network, client):
    member = User.objects.get(email="member@example.org")
    organisation = member.memberships.get().organisation
    year = timezone.localdate().year - 1
    season = f"?start={year}-01-01&end={year}-12-31"
    client.force_login(member)
    response = client.get(reverse("reports_admin:season_report", args=[organisation.pk]) + season)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 3
    charts = response.context["figures"]
    for figure in charts:
        assert any(bar.width > 0 for row in figure["chart"]["rows"] for bar in row.bars), figure["table"].key

    expected = expected_totals(organisation, year)
    assert expected["participants"] > 0
    assert organisation_statistics([organisation.pk], Period.season(year)).totals == expected
    workbook = load_workbook(
        io.BytesIO(client.get(reverse("reports_admin:season_report_xlsx", args=[organisation.pk]) + season).content)
    )
    totals = {row[0]: row[1] for row in workbook.worksheets[0].iter_rows(min_row=4, values_only=True)}
    assert totals[label("participants")] == expected["participants"]
    assert totals[label("signups")] == expected["signups"]
    assert totals[label("volunteer_hours")] == float(expected["volunteer_hours"])
    assert totals[label("sessions")] == expected["sessions"]
