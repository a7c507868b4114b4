"""The public section pages: lists, filters, details, languages and the archive."""

import datetime
import json
import re

import pytest
from django.utils import timezone

from listings.addresses import listing_url
from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectFactory,
    SpaceFactory,
    StaffMemberFactory,
    StoryFactory,
    VolunteerTaskFactory,
    translate,
)
from listings.models import AccessibilityFeature, EventIndexPage, Job
from listings.registry import section_for_model

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
KEMI = "240"
JOENSUU = "167"
LAPLAND = "lappilaiset.localhost"
KARELIA = "jelli.localhost"
NATIONAL = "localhost"

SECTION_PATHS = {
    "fi": [
        "tapahtumat",
        "toiminta",
        "vapaaehtoistehtavat",
        "tyopaikat",
        "hankkeet",
        "ajankohtaista",
        "tilat",
        "tarinat",
        "toimijat",
    ],
    "sv": [
        "evenemang",
        "verksamhet",
        "frivilliguppdrag",
        "jobb",
        "projekt",
        "aktuellt",
        "lokaler",
        "berattelser",
        "aktorer",
    ],
    "en": ["events", "activities", "volunteering", "jobs", "projects", "news", "spaces", "stories", "organisations"],
}


def get(client, path, host=LAPLAND):
    return client.get(path, HTTP_HOST=host)


def titles(response):
    return [listing.title for listing in response.context["listings"]]


def detail_path(response_or_page, listing, language="fi", section="tapahtumat"):
    return f"/{language}/{section}/{listing.pk}-{listing.slug}/"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_section_page_answers_in_every_language(client, lapland, national, language):
    for slug in SECTION_PATHS[language]:
        for host in (LAPLAND, NATIONAL):
            response = get(client, f"/{language}/{slug}/", host)
            assert response.status_code == 200, (host, language, slug)


def test_an_event_in_rovaniemi_is_listed_in_lapland_and_nationally_but_not_in_north_karelia(
    client, lapland, north_karelia, national
):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Revontulikävely Ounasvaaralla")
    assert "Revontulikävely Ounasvaaralla" in titles(get(client, "/fi/tapahtumat/", LAPLAND))
    assert "Revontulikävely Ounasvaaralla" in titles(get(client, "/fi/tapahtumat/", NATIONAL))
    assert "Revontulikävely Ounasvaaralla" not in titles(get(client, "/fi/tapahtumat/", KARELIA))
    assert get(client, detail_path(None, event), LAPLAND).status_code == 200
    assert get(client, detail_path(None, event), NATIONAL).status_code == 200
    assert get(client, detail_path(None, event), KARELIA).status_code == 404


def test_a_nationwide_event_is_listed_everywhere_and_drafts_and_expired_nowhere(
    client, lapland, north_karelia, national
):
    EventFactory(municipality_codes=[], is_nationwide=True, title="Valtakunnallinen verkkoluento")
    draft = EventFactory(municipality_codes=[ROVANIEMI], is_nationwide=True, draft=True, title="Luonnos")
    expired = JobFactory(municipality_codes=[ROVANIEMI], expired=True, deadline=None, title="Vanhentunut")
    for host in (LAPLAND, KARELIA, NATIONAL):
        events = titles(get(client, "/fi/tapahtumat/", host))
        assert "Valtakunnallinen verkkoluento" in events
        assert "Luonnos" not in events
        assert "Vanhentunut" not in titles(get(client, "/fi/tyopaikat/", host))
        assert get(client, detail_path(None, draft), host).status_code == 404
        assert get(client, detail_path(None, expired, section="tyopaikat"), host).status_code == 404


def test_the_municipality_topic_audience_and_text_filters_narrow_the_list(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Rovaniemen kuorokonsertti", topic_slugs=["kulttuuri"])
    EventFactory(
        municipality_codes=[KEMI],
        title="Kemin lentopalloturnaus",
        topic_slugs=["liikunta"],
        audience_slugs=["nuoret"],
    )
    assert titles(get(client, f"/fi/tapahtumat/?municipality={ROVANIEMI}")) == ["Rovaniemen kuorokonsertti"]
    assert titles(get(client, "/fi/tapahtumat/?topic=liikunta")) == ["Kemin lentopalloturnaus"]
    assert titles(get(client, "/fi/tapahtumat/?audience=nuoret")) == ["Kemin lentopalloturnaus"]
    assert titles(get(client, "/fi/tapahtumat/?q=lentopalloturnaus")) == ["Kemin lentopalloturnaus"]
    response = get(client, f"/fi/tapahtumat/?municipality={KEMI}&topic=kulttuuri")
    assert titles(response) == []
    assert "Clear all filters" in response.content.decode() or "Tyhjennä" in response.content.decode()


def test_the_municipality_filter_offers_only_the_regions_municipalities(client, lapland, national):
    lapland_codes = {code for code, _name in get(client, "/fi/tapahtumat/").context["filter_form"].fields[
        "municipality"].choices if code}  # fmt: skip
    assert ROVANIEMI in lapland_codes and JOENSUU not in lapland_codes
    national_form = get(client, "/fi/tapahtumat/", NATIONAL).context["filter_form"]
    assert JOENSUU in {code for code, _name in national_form.fields["municipality"].choices}


def test_event_date_filters(client, lapland):
    now = timezone.localtime()
    today_evening = now.replace(hour=23, minute=0, second=0, microsecond=0)
    EventFactory(municipality_codes=[ROVANIEMI], title="Tänään", starts_at=today_evening, ends_at=None)
    EventFactory(
        municipality_codes=[ROVANIEMI],
        title="Ensi kuussa",
        starts_at=now + datetime.timedelta(days=40),
        ends_at=now + datetime.timedelta(days=40, hours=2),
    )
    EventFactory(
        municipality_codes=[],
        is_online=True,
        is_free=False,
        price="10 €",
        title="Maksullinen verkkotapahtuma",
        starts_at=now + datetime.timedelta(days=41),
        ends_at=now + datetime.timedelta(days=41, hours=1),
    )
    if today_evening > now:
        assert titles(get(client, "/fi/tapahtumat/?when=today")) == ["Tänään"]
        assert "Tänään" in titles(get(client, "/fi/tapahtumat/?when=week"))
        assert "Ensi kuussa" not in titles(get(client, "/fi/tapahtumat/?when=month"))
    day = (now + datetime.timedelta(days=40)).date().isoformat()
    assert titles(get(client, f"/fi/tapahtumat/?date_from={day}&date_to={day}")) == ["Ensi kuussa"]
    assert "Maksullinen verkkotapahtuma" not in titles(get(client, "/fi/tapahtumat/?free=on"))
    assert titles(get(client, "/fi/tapahtumat/?online=on")) == ["Maksullinen verkkotapahtuma"]


def test_the_job_kind_filter(client, lapland):
    JobFactory(municipality_codes=[ROVANIEMI], title="Harjoittelija", kind=Job.Kind.INTERNSHIP)
    JobFactory(municipality_codes=[ROVANIEMI], title="Toiminnanjohtaja", kind=Job.Kind.JOB)
    assert titles(get(client, "/fi/tyopaikat/?kind=internship")) == ["Harjoittelija"]


@pytest.mark.parametrize(
    "query",
    [
        "municipality=999",
        "topic=ei-ole",
        "date_from=huomenna",
        "date_from=2026-02-30",
        "date_to=9999-12-31",
        "date_from=0001-01-01",
        "date_from=2020-01-02&date_to=2020-01-01",
        "when=yesterday",
        "page=abc",
        "page=999999",
        "q=" + "x" * 500,
        "q=%22%28%29%3A%2A",
    ],
)
def test_bad_filter_values_are_ignored_with_a_message_never_an_error(client, lapland, query):
    EventFactory(municipality_codes=[ROVANIEMI], title="Näkyy aina")
    response = get(client, f"/fi/tapahtumat/?{query}")
    assert response.status_code == 200
    if not query.startswith(("page=", "q=")):
        form = response.context["filter_form"]
        assert form.ignored()
        html = response.content.decode()
        assert '<div class="notice">' in html
        # Each ignored field's error is there under the id its aria-describedby names.
        for name in form.errors:
            assert f'<p class="field__error" id="id_{name}_error">' in html
            if name != "when":  # radio buttons in a fieldset: the error is under its legend
                assert f'aria-describedby="id_{name}_error"' in html
        assert "Näkyy aina" in titles(response)


def test_lists_paginate_by_twenty(client, lapland):
    for number in range(21):
        NewsItemFactory(municipality_codes=[ROVANIEMI], title=f"Uutinen {number}")
    first = get(client, "/fi/ajankohtaista/")
    assert len(first.context["listings"]) == 20
    assert 'rel="next"' in first.content.decode()
    second = get(client, "/fi/ajankohtaista/?page=2")
    assert len(second.context["listings"]) == 1


def test_a_swedish_page_shows_the_translation_or_the_marked_original(client, lapland):
    translated = EventFactory(municipality_codes=[ROVANIEMI], title="Joulukonsertti")
    translate(translated, "sv", title="Julkonsert")
    EventFactory(municipality_codes=[ROVANIEMI], title="Kevätkonsertti")
    response = get(client, "/sv/evenemang/")
    assert sorted(titles(response)) == ["Julkonsert", "Kevätkonsertti"]
    html = response.content.decode()
    card = re.search(r'<article class="listing-card[^"]*" lang="fi">.*?</article>', html, re.S).group(0)
    assert "Kevätkonsertti" in card
    assert "language-label" in card
    assert "Julkonsert" not in card


def test_the_detail_page_redirects_to_the_canonical_address_and_the_readers_language(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Joulukonsertti")
    swedish = translate(event, "sv", title="Julkonsert", slug="julkonsert")
    response = get(client, f"/fi/tapahtumat/{event.pk}-vanha-osoite/")
    assert response.status_code == 301
    assert response["Location"].endswith(f"/fi/tapahtumat/{event.pk}-{event.slug}/")
    response = get(client, f"/sv/evenemang/{event.pk}-{event.slug}/")
    assert response["Location"].endswith(f"/sv/evenemang/{swedish.pk}-julkonsert/")
    assert get(client, f"/fi/tapahtumat/{event.pk}/").status_code == 301


def test_the_event_detail_page_has_the_facts_and_structured_data(client, lapland):
    event = EventFactory(
        municipality_codes=[ROVANIEMI],
        title="Konsertti </script><script>alert(1)</script>",
        slug="konsertti",
        place_name="Kirkko",
        is_free=True,
    )
    response = get(client, f"/fi/tapahtumat/{event.pk}-konsertti/")
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["location"]["address"]["addressLocality"] == "Rovaniemi"
    assert f'<time datetime="{timezone.localtime(event.starts_at).isoformat()}' in html
    assert '<link rel="canonical" href="http://lappilaiset.localhost' in html
    assert 'class="breadcrumbs"' in html
    assert "<dl" in html and "Kirkko" in html


@pytest.mark.parametrize(
    ("factory", "section", "schema_type"),
    [
        (JobFactory, "tyopaikat", "JobPosting"),
        (NewsItemFactory, "ajankohtaista", "NewsArticle"),
        (SpaceFactory, "tilat", "Place"),
        (ActivityFactory, "toiminta", "Event"),
        (VolunteerTaskFactory, "vapaaehtoistehtavat", "JobPosting"),
        (ProjectFactory, "hankkeet", "Project"),
        (StoryFactory, "tarinat", "Article"),
    ],
)
def test_every_type_has_a_detail_page(client, lapland, factory, section, schema_type):
    listing = factory(municipality_codes=[ROVANIEMI])
    response = get(client, f"/fi/{section}/{listing.pk}-{listing.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert listing.title in html
    if schema_type:
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        assert data["@type"] == schema_type


def test_past_events_move_to_the_archive(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Mennyt tapahtuma", past=True)
    past = EventFactory(municipality_codes=[ROVANIEMI], title="Toinen mennyt", past=True)
    assert "Mennyt tapahtuma" not in titles(get(client, "/fi/tapahtumat/"))
    archive = get(client, "/fi/tapahtumat/arkisto/")
    assert "Mennyt tapahtuma" in titles(archive)
    assert get(client, f"/fi/tapahtumat/{past.pk}-{past.slug}/").status_code == 200
    assert get(client, "/fi/tyopaikat/arkisto/").status_code == 404


def test_the_organisation_page_lists_its_listings_staff_and_spaces(client, lapland):
    organisation = OrganisationFactory(name="Napapiirin Nuoret ry", municipality_code=ROVANIEMI)
    other = OrganisationFactory(name="Muu yhdistys ry", municipality_code=ROVANIEMI)
    EventFactory(organisation=organisation, title="Nuorten disko")
    VolunteerTaskFactory(organisation=organisation, title="Diskon järjestäjä")
    EventFactory(organisation=other, title="Toisen yhdistyksen tapahtuma")
    StaffMemberFactory(organisation=organisation, title="Testi Henkilö", role="Nuorisotyöntekijä")
    SpaceFactory(organisation=organisation, title="Nuorisotalon sali")
    response = get(client, f"/fi/toimijat/{organisation.pk}-{organisation.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Nuorten disko", "Diskon järjestäjä", "Testi Henkilö", "Nuorisotyöntekijä", "Nuorisotalon sali"):
        assert text in html
    assert "Toisen yhdistyksen tapahtuma" not in html
    assert '"@type": "Organization"' in html
    assert "Napapiirin Nuoret ry" in [o.name for o in get(client, "/fi/toimijat/").context["listings"]]
    assert get(client, f"/fi/toimijat/{organisation.pk}-{organisation.slug}/", KARELIA).status_code == 404


def test_staff_members_have_no_section_of_their_own(client, lapland):
    person = StaffMemberFactory(municipality_codes=[ROVANIEMI])
    assert section_for_model(type(person)) is None
    assert listing_url(person, lapland.site, "fi") == ""


def test_the_home_page_shows_upcoming_events_volunteer_tasks_and_news(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Kotisivun tapahtuma")
    VolunteerTaskFactory(municipality_codes=[ROVANIEMI], title="Kotisivun vapaaehtoistehtävä")
    NewsItemFactory(municipality_codes=[JOENSUU], title="Joensuun uutinen")
    html = get(client, "/fi/").content.decode()
    assert "Kotisivun tapahtuma" in html
    assert "Kotisivun vapaaehtoistehtävä" in html
    assert "Joensuun uutinen" not in html
    assert 'href="/fi/tapahtumat/"' in html


def test_the_site_search_finds_listings_per_type(client, lapland):
    EventFactory(municipality_codes=[ROVANIEMI], title="Revontulikonsertti")
    EventFactory(municipality_codes=[JOENSUU], title="Karjalainen revontulikonsertti")
    response = get(client, "/fi/haku/?q=Revontulikonsertti")
    facets = {facet["source"].key: facet["count"] for facet in response.context["facets"]}
    assert facets["events"] == 1
    assert "organisations" not in facets
    html = response.content.decode()
    assert "Revontulikonsertti" in html and "Karjalainen" not in html
    event_url = re.search(r'href="(/fi/tapahtumat/\d+-[\w-]+/)"', html).group(1)
    assert get(client, event_url).status_code == 200


def test_the_sitemap_lists_listing_pages(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI])
    page = EventIndexPage.objects.get(locale__language_code="fi", url_path__startswith="/lappilaiset")
    urls = [entry["location"] for entry in page.get_sitemap_urls()]
    assert any(url.endswith(f"/fi/tapahtumat/{event.pk}-{event.slug}/") for url in urls)


def test_the_cached_header_follows_page_changes(client, lapland):
    from wagtail.models import Page

    assert "Tapahtumat</a>" in get(client, "/fi/").content.decode()
    events_page = Page.objects.get(url_path__startswith="/lappilaiset/", slug="tapahtumat", locale__language_code="fi")
    events_page.title = "Menot ja tapahtumat"
    events_page.save()
    assert "Menot ja tapahtumat</a>" in get(client, "/fi/").content.decode()
    assert 'href="/fi/tapahtumat/"' in get(client, "/fi/").content.decode()


def test_filter_choices_follow_changes_to_topics(client, lapland):
    from topics.models import Topic

    assert "Kulttuuri" in get(client, "/fi/tapahtumat/").content.decode()
    Topic.objects.filter(slug="kulttuuri").update(name="Kulttuuri ja taide")
    Topic.objects.get(slug="kulttuuri").save()
    assert "Kulttuuri ja taide" in get(client, "/fi/tapahtumat/").content.decode()


@pytest.mark.parametrize(
    "old, new",
    [
        ("/fi/tapahtumat/archive/", "/fi/tapahtumat/arkisto/"),
        ("/fi/tapahtumat/arkiv/?q=kuoro", "/fi/tapahtumat/arkisto/?q=kuoro"),
        ("/sv/evenemang/archive/", "/sv/evenemang/arkiv/"),
        ("/en/events/arkisto/", "/en/events/archive/"),
    ],
)
def test_the_archive_has_an_address_in_each_language_and_the_others_redirect(client, lapland, old, new):
    response = get(client, old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert get(client, new).status_code == 200
    assert get(client, "/fi/tapahtumat/menneet/").status_code == 404


def test_the_list_links_to_the_archive_in_its_own_language(client, lapland):
    assert 'href="/fi/tapahtumat/arkisto/"' in get(client, "/fi/tapahtumat/").content.decode()
    assert 'href="/sv/evenemang/arkiv/"' in get(client, "/sv/evenemang/").content.decode()


def language_link(html, code):
    return re.search(rf'<a href="([^"]+)" lang="{code}" hreflang="{code}"', html).group(1)


def test_the_language_switch_keeps_the_listing_and_its_translations_are_alternates(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Joulukonsertti", slug="joulukonsertti")
    swedish = translate(event, "sv", title="Julkonsert", slug="julkonsert")
    html = get(client, f"/fi/tapahtumat/{event.pk}-joulukonsertti/").content.decode()
    assert language_link(html, "sv") == f"/sv/evenemang/{swedish.pk}-julkonsert/"
    # No English translation: the same event, in its original language, under the English section.
    assert language_link(html, "en") == f"/en/events/{event.pk}-joulukonsertti/"
    assert get(client, language_link(html, "en")).status_code == 200
    assert f'<link rel="alternate" hreflang="sv" href="http://{LAPLAND}/sv/evenemang/{swedish.pk}-julkonsert/">' in html
    assert (
        f'<link rel="alternate" hreflang="fi" href="http://{LAPLAND}/fi/tapahtumat/{event.pk}-joulukonsertti/">' in html
    )
    assert 'hreflang="en" href="http' not in html

    swedish_html = get(client, f"/sv/evenemang/{swedish.pk}-julkonsert/").content.decode()
    assert language_link(swedish_html, "fi") == f"/fi/tapahtumat/{event.pk}-joulukonsertti/"


def test_a_listing_without_translations_has_no_alternates(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], slug="yksin")
    html = get(client, f"/fi/tapahtumat/{event.pk}-yksin/").content.decode()
    assert 'rel="alternate" hreflang' not in html
    assert language_link(html, "sv") == f"/sv/evenemang/{event.pk}-yksin/"


def test_spaces_filter_by_every_chosen_accessibility_feature_and_capacity(client, lapland):
    step_free, loop = AccessibilityFeature.objects.order_by("sort_order")[:2]
    both = SpaceFactory(municipality_codes=[ROVANIEMI], title="Kaikille sopiva sali", capacity=80)
    both.accessibility_features.set([step_free, loop])
    both.save()  # a parental many-to-many is written on save
    one = SpaceFactory(municipality_codes=[ROVANIEMI], title="Esteetön kerhohuone", capacity=12)
    one.accessibility_features.set([step_free])
    one.save()
    SpaceFactory(municipality_codes=[ROVANIEMI], title="Portaiden takana", capacity=200)
    stepless = titles(get(client, f"/fi/tilat/?accessibility={step_free.slug}"))
    assert set(stepless) == {"Esteetön kerhohuone", "Kaikille sopiva sali"}
    response = get(client, f"/fi/tilat/?accessibility={step_free.slug}&accessibility={loop.slug}")
    assert titles(response) == ["Kaikille sopiva sali"]
    # The chosen features stay ticked and are named in the title.
    html = response.content.decode()
    assert f'value="{step_free.slug}" id="id_accessibility_0" checked' in html
    assert step_free.name in html.split("</title>")[0]
    assert set(titles(get(client, "/fi/tilat/?capacity=50"))) == {"Kaikille sopiva sali", "Portaiden takana"}
    ignored = get(client, "/fi/tilat/?capacity=lots&accessibility=ei-ole")
    assert ignored.status_code == 200
    assert len(ignored.context["filter_form"].ignored()) == 2


def test_an_event_links_to_its_space(client, lapland):
    space = SpaceFactory(municipality_codes=[ROVANIEMI], title="Kylätalon sali", slug="kylatalon-sali")
    event = EventFactory(municipality_codes=[ROVANIEMI], space=space, slug="tanssit")
    html = get(client, f"/fi/tapahtumat/{event.pk}-tanssit/").content.decode()
    assert f'<a href="/fi/tilat/{space.pk}-kylatalon-sali/">Kylätalon sali</a>' in html
