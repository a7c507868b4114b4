"""What the listings app adds to every site: its section pages, home panels and search sources.

Also the one way to build a listing's public address on the current site:
`listing_url(listing, request)` finds the section page of the listing's
type in the current region and language (kept in the process's site
structure, so no query once warm) and appends the detail route.
"""

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.panels import HomePanel, register_home_panel
from home.search import SearchSource, register_search_source
from regions.sections import Section, register_section


@dataclass(frozen=True)
class ListingSection:
    key: str
    page_model: str
    listing_model: str
    titles: dict
    slugs: dict
    introductions: dict
    order: int
    search_label: str = ""


SECTIONS = (
    ListingSection(
        key="events",
        page_model="listings.EventIndexPage",
        listing_model="listings.Event",
        titles={"fi": "Tapahtumat", "sv": "Evenemang", "en": "Events"},
        slugs={"fi": "tapahtumat", "sv": "evenemang", "en": "events"},
        introductions={
            "fi": "Konsertteja, kursseja, talkoita ja tapaamisia alueen yhdistyksiltä ja yhteisöiltä.",
            "sv": "Konserter, kurser, talkon och träffar som föreningar och gemenskaper i området ordnar.",
            "en": "Concerts, courses, work parties and get-togethers from the area's associations and groups.",
        },
        order=10,
        search_label=_("Events"),
    ),
    ListingSection(
        key="activities",
        page_model="listings.ActivityIndexPage",
        listing_model="listings.Activity",
        titles={"fi": "Toiminta", "sv": "Verksamhet", "en": "Activities"},
        slugs={"fi": "toiminta", "sv": "verksamhet", "en": "activities"},
        introductions={
            "fi": "Säännöllisesti kokoontuvia kerhoja, ryhmiä ja harrastuksia, joihin voi tulla mukaan.",
            "sv": "Klubbar, grupper och hobbyer som träffas regelbundet och där nya är välkomna.",
            "en": "Clubs, groups and hobbies that meet regularly and welcome newcomers.",
        },
        order=20,
        search_label=_("Activities"),
    ),
    ListingSection(
        key="volunteering",
        page_model="listings.VolunteerTaskIndexPage",
        listing_model="listings.VolunteerTask",
        titles={"fi": "Vapaaehtoistehtävät", "sv": "Frivilliguppdrag", "en": "Volunteering"},
        slugs={"fi": "vapaaehtoistehtavat", "sv": "frivilliguppdrag", "en": "volunteering"},
        introductions={
            "fi": "Tehtäviä, joissa voit auttaa muita omalla ajallasi ja osaamisellasi.",
            "sv": "Uppdrag där du kan hjälpa andra med din tid och ditt kunnande.",
            "en": "Tasks where you can help others with your time and skills.",
        },
        order=30,
        search_label=_("Volunteer tasks"),
    ),
    ListingSection(
        key="jobs",
        page_model="listings.JobIndexPage",
        listing_model="listings.Job",
        titles={"fi": "Työpaikat", "sv": "Jobb", "en": "Jobs"},
        slugs={"fi": "tyopaikat", "sv": "jobb", "en": "jobs"},
        introductions={
            "fi": "Työpaikkoja, harjoittelupaikkoja ja opinnäytetöitä järjestöissä.",
            "sv": "Jobb, praktikplatser och lärdomsprov i organisationer.",
            "en": "Jobs, internships and thesis positions in civic organisations.",
        },
        order=40,
        search_label=_("Jobs"),
    ),
    ListingSection(
        key="projects",
        page_model="listings.ProjectIndexPage",
        listing_model="listings.Project",
        titles={"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
        slugs={"fi": "hankkeet", "sv": "projekt", "en": "projects"},
        introductions={
            "fi": "Järjestöjen hankkeet, niiden rahoittajat ja kesto.",
            "sv": "Organisationernas projekt, deras finansiärer och längd.",
            "en": "Projects run by organisations, with their funders and periods.",
        },
        order=55,
        search_label=_("Projects"),
    ),
    ListingSection(
        key="news",
        page_model="listings.NewsIndexPage",
        listing_model="listings.NewsItem",
        titles={"fi": "Ajankohtaista", "sv": "Aktuellt", "en": "News"},
        slugs={"fi": "ajankohtaista", "sv": "aktuellt", "en": "news"},
        introductions={
            "fi": "Uutisia alueen yhdistyksiltä ja yhteisöiltä.",
            "sv": "Nyheter från föreningar och gemenskaper i området.",
            "en": "News from the area's associations and groups.",
        },
        order=60,
        search_label=_("News"),
    ),
    ListingSection(
        key="spaces",
        page_model="listings.SpaceIndexPage",
        listing_model="listings.Space",
        titles={"fi": "Tilat", "sv": "Lokaler", "en": "Spaces"},
        slugs={"fi": "tilat", "sv": "lokaler", "en": "spaces"},
        introductions={
            "fi": "Kokous- ja juhlatiloja, joita yhdistykset lainaavat tai vuokraavat.",
            "sv": "Mötes- och festlokaler som föreningar lånar ut eller hyr ut.",
            "en": "Meeting rooms and halls that associations lend or rent out.",
        },
        order=70,
        search_label=_("Spaces"),
    ),
    ListingSection(
        key="stories",
        page_model="listings.StoryIndexPage",
        listing_model="listings.Story",
        titles={"fi": "Tarinat", "sv": "Berättelser", "en": "Stories"},
        slugs={"fi": "tarinat", "sv": "berattelser", "en": "stories"},
        introductions={
            "fi": "Ihmisten omia kertomuksia mukana olemisesta.",
            "sv": "Människors egna berättelser om att vara med.",
            "en": "People's own stories of taking part.",
        },
        order=80,
        search_label=_("Stories"),
    ),
    ListingSection(
        key="organisations",
        page_model="listings.OrganisationIndexPage",
        listing_model="organisations.Organisation",
        titles={"fi": "Toimijat", "sv": "Aktörer", "en": "Organisations"},
        slugs={"fi": "toimijat", "sv": "aktorer", "en": "organisations"},
        introductions={
            "fi": "Alueen yhdistykset, säätiöt, seurakunnat ja muut toimijat.",
            "sv": "Föreningar, stiftelser, församlingar och andra aktörer i området.",
            "en": "The area's associations, foundations, parishes and other organisations.",
        },
        order=90,
    ),
)

SECTION_BY_MODEL = {section.listing_model.split(".")[1].lower(): section for section in SECTIONS}


def section_for_model(model):
    """The section that lists a model's rows (None for staff members, shown on their organisation's page)."""
    return SECTION_BY_MODEL.get(model._meta.model_name)


# -- addresses ------------------------------------------------------------------


@dataclass(frozen=True)
class SectionLink:
    """Where a section page of the current site answers, and which page type serves it."""

    key: str
    url: str
    page_model: str

    def detail_url(self, pk, slug):
        from django.apps import apps

        resolver = apps.get_model(self.page_model).get_resolver()
        return self.url + resolver.reverse("detail", pk=pk, slug=slug or "-").lstrip("/")


def _build_section_links(request, region, language):
    from wagtail.models import Page

    from regions.models import RegionSection

    keys = RegionSection.objects.filter(region=region, page__translation_key=OuterRef("translation_key"))
    rows = (
        Page.objects.live()
        .filter(
            translation_key__in=RegionSection.objects.filter(
                region=region, key__in=[section.key for section in SECTIONS]
            ).values("page__translation_key"),
            locale__language_code=language,
        )
        .annotate(section_key=Subquery(keys.values("key")[:1]))
        .select_related("content_type")
    )
    links = {}
    for page in rows:
        url = page.get_url(request)
        if url:
            model = page.content_type.model_class()
            links[page.section_key] = SectionLink(page.section_key, url, model._meta.label)
    return links


def section_pages(request):
    """{section key: SectionLink} of the request's site in the current language.

    Kept in the process's site structure (`regions.structure`), which is
    dropped whenever a page is saved, published or removed; one query when
    it is cold, none when warm.
    """
    from regions.models import Region
    from regions.structure import for_request

    language = (get_language() or "fi")[:2]
    memo = getattr(request, "_listing_section_links", None)
    if memo is None:
        memo = request._listing_section_links = {}
    if language not in memo:
        region = Region.for_request(request)
        if region is None:
            memo[language] = {}
        else:
            # The addresses depend on the request only through its site: a
            # page of another site gets that site's full address.
            memo[language] = for_request(request).remember(
                ("listings-section-links", region.site_id, language),
                lambda: _build_section_links(request, region, language),
            )
    return memo[language]


def section_page(request, key):
    return section_pages(request).get(key)


def listing_url(listing, request):
    """The address of a listing (or organisation) on the request's site, or "" when the site lacks its section."""
    if listing is None or listing.pk is None or request is None:
        return ""
    section = section_for_model(type(listing))
    link = section_page(request, section.key) if section else None
    if link is None:
        return ""
    return link.detail_url(listing.pk, listing.slug)


# -- home panels ----------------------------------------------------------------

PANEL_SIZE = 4


def _panel(key, model_name, heading, all_label, order_by=None):
    def context(request, region, page):
        from django.apps import apps

        if region is None:
            return None
        model = apps.get_model("listings", model_name)
        index = section_page(request, key)
        if index is None:
            return None
        listings = model.objects.visible_on(region, locale=page.locale_id).select_related("locale")
        if order_by:
            listings = listings.order_by(*order_by)
        items = list(listings[:PANEL_SIZE])
        return {"key": key, "heading": heading, "all_label": all_label, "index": index, "listings": items}

    return context


def register_panels():
    panels = [
        ("events", "Event", _("Upcoming events"), _("All events"), None, 10),
        ("volunteering", "VolunteerTask", _("Volunteer tasks"), _("All volunteer tasks"), None, 20),
        ("news", "NewsItem", _("News"), _("All news"), None, 30),
    ]
    for key, model_name, heading, all_label, order_by, order in panels:
        register_home_panel(
            HomePanel(
                key=f"listings-{key}",
                template="listings/home_panel.html",
                context=_panel(key, model_name, heading, all_label, order_by),
                order=order,
            )
        )


# -- search ---------------------------------------------------------------------


PREVIEW_SIZE = 5


def _visible(model, region, language):
    return model.objects.visible_on(region, locale=language).select_related("locale", "organisation")


def _postgres_config():
    """The text search configuration of the PostgreSQL search backend, or None on other backends."""
    from django.db import connection
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if connection.vendor != "postgresql" or not hasattr(backend, "config"):
        return None
    return backend.config or "simple"


def _matching_ids(model, query, config):
    """The primary keys of a model's rows whose index entry matches (a subquery; GIN-indexed)."""
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.postgres.search import SearchQuery
    from django.db.models import BigIntegerField, Q
    from django.db.models.functions import Cast
    from wagtail.search.models import IndexEntry

    search_query = SearchQuery(query, config=config)
    return (
        IndexEntry.objects.filter(content_type_id=ContentType.objects.get_for_model(model).pk)
        .filter(Q(title=search_query) | Q(body=search_query))
        .annotate(listing_id=Cast("object_id", BigIntegerField()))
        .values("listing_id")
    )


class ListingSearchBatch:
    """Counts and first results of every listing type for one search, fetched together.

    The search page asks each type for its count and first few results; on
    PostgreSQL two queries answer all of them instead of two queries per
    type. The first one reads, for every type at once, the site's placements
    (see models/placements.py) of rows whose GIN-indexed search entry
    matches: their number and the first few in each type's own order (events
    by date, news newest first). The second one reads what a result shows of
    those few rows. Other backends use `.search()` type by type.
    """

    def __init__(self, region, language, query):
        from django.apps import apps
        from wagtail.models import Locale

        self.region, self.language, self.query = region, language, query
        # The locale's primary key rather than its code: with the code as a subquery PostgreSQL
        # cannot estimate how many placements match and plans every type's search badly.
        self.locale_id = Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
        self.models = [apps.get_model(section.listing_model) for section in SECTIONS if section.search_label]
        self.config = _postgres_config()
        self._rows = None

    @property
    def usable(self):
        return self.config is not None

    def queryset(self, model):
        """The type's visible matches as a plain queryset (PostgreSQL only)."""
        return _visible(model, self.region, self.locale_id).filter(id__in=_matching_ids(model, self.query, self.config))

    def results(self, model):
        """The type's matches through the search backend (any database)."""
        return _visible(model, self.region, self.locale_id).search(self.query)

    def _counts(self, now):
        """{type number: (how many match, the first few ids in the type's order)}, for every type at once.

        Raw SQL for the one PostgreSQL-only query where the ORM cannot say
        what matters: the index entries matching the words are found once
        (GIN indexes, a materialised CTE) for all types, and joined to the
        site's placements read from their covering index, then grouped per
        type. A query per type repeated the index search eight times; a
        window count under a LIMIT made the planner walk every row.
        """
        from django.contrib.contenttypes.models import ContentType
        from django.db import connection

        types = {ContentType.objects.get_for_model(model).pk: number for number, model in enumerate(self.models)}
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT content_type_id, object_id::bigint AS listing_id
                FROM wagtailsearch_indexentry
                WHERE content_type_id = ANY(%(types)s)
                  AND (title @@ plainto_tsquery(%(config)s::regconfig, %(query)s)
                       OR body @@ plainto_tsquery(%(config)s::regconfig, %(query)s))
            )
            SELECT placement.content_type_id, COUNT(*),
                   (ARRAY_AGG(placement.object_id ORDER BY placement.sort_key, placement.sort_tie))[1:{PREVIEW_SIZE}]
            FROM listings_listingplacement placement
            JOIN matches ON matches.content_type_id = placement.content_type_id
                        AND matches.listing_id = placement.object_id
            WHERE placement.content_type_id = ANY(%(types)s)
              AND placement.region_id = %(region)s AND placement.locale_id = %(locale)s
              AND placement.shown_from <= %(now)s AND placement.shown_until > %(now)s
            GROUP BY placement.content_type_id
        """
        params = {
            "types": list(types),
            "config": self.config,
            "query": self.query,
            "region": self.region.pk,
            "locale": self.locale_id,
            "now": now,
        }
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {types[content_type_id]: (total, first) for content_type_id, total, first in cursor.fetchall()}

    def _shown_part(self, number, model, ids):
        from django.db.models import DateTimeField, F, Value

        starts_at = F("starts_at") if model._meta.model_name == "event" else Value(None, output_field=DateTimeField())
        return (
            model.objects.filter(id__in=ids)
            .annotate(
                _type=Value(number),
                _language=F("locale__language_code"),
                _organisation=F("organisation__name"),
                _starts_at=starts_at,
            )
            .values_list("_type", "pk", "title", "slug", "summary", "_language", "_organisation", "_starts_at")
            .order_by()
        )

    def _fetch(self):
        if self._rows is None:
            from django.utils import timezone
            from wagtail.models import Locale

            from organisations.models import Organisation

            self._rows = {model: {"total": 0, "items": []} for model in self.models}
            if self.region is None or self.locale_id is None:
                return self._rows
            now = timezone.now()
            found = {}
            for kind, (total, first) in self._counts(now).items():
                self._rows[self.models[kind]]["total"] = total
                found[kind] = first
            if not found:
                return self._rows
            shown = [self._shown_part(kind, self.models[kind], ids) for kind, ids in found.items()]
            items = {}
            query = shown[0].union(*shown[1:], all=True) if len(shown) > 1 else shown[0]
            for kind, pk, title, slug, summary, language, organisation, starts_at in query:
                model = self.models[kind]
                item = model(id=pk, title=title, slug=slug, summary=summary)
                item.locale = Locale(language_code=language)
                item.organisation = Organisation(name=organisation) if organisation else None
                if starts_at is not None:
                    item.starts_at = starts_at
                items[kind, pk] = item
            for kind, ids in found.items():
                self._rows[self.models[kind]]["items"] = [items[kind, pk] for pk in ids if (kind, pk) in items]
        return self._rows

    def count(self, model):
        return self._fetch()[model]["total"]

    def preview(self, model):
        return self._fetch()[model]["items"]


class ListingSearchResults:
    """One type's search results; on PostgreSQL counts and previews come from the shared batch."""

    def __init__(self, batch, model):
        self.batch, self.model = batch, model

    @cached_property
    def results(self):
        if self.batch.usable:
            return self.batch.queryset(self.model)
        return self.batch.results(self.model)

    def count(self):
        return self.batch.count(self.model) if self.batch.usable else self.results.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if (
            self.batch.usable
            and isinstance(key, slice)
            and not key.start
            and key.stop is not None
            and key.stop <= PREVIEW_SIZE
        ):
            return self.batch.preview(self.model)[: key.stop]
        return self.results[key]

    def __iter__(self):
        return iter(self.results)


def listing_search(model, request, region, query):
    """A type's listings visible on the region, in the reader's language, matching the query."""
    language = (get_language() or "fi")[:2]
    batches = getattr(request, "_listing_search_batches", None)
    if batches is None:
        batches = request._listing_search_batches = {}
    key = (region.pk if region else None, language, query)
    if key not in batches:
        batches[key] = ListingSearchBatch(region, language, query)
    return ListingSearchResults(batches[key], model)


def _search(model_label):
    def search(request, region, query):
        from django.apps import apps

        return listing_search(apps.get_model(model_label), request, region, query)

    return search


def register_search_sources():
    for number, section in enumerate(SECTIONS):
        if not section.search_label:
            continue
        register_search_source(
            SearchSource(
                key=section.key,
                label=section.search_label,
                search=_search(section.listing_model),
                result_template="listings/search_result.html",
                order=10 + number,
            )
        )


def _fields(section):
    def fields(region, language):
        return {"introduction": section.introductions[language]}

    return fields


def register():
    for section in SECTIONS:
        register_section(
            Section(
                key=section.key,
                model=section.page_model,
                titles=section.titles,
                slugs=section.slugs,
                order=section.order,
                show_in_menus=True,
                fields=_fields(section),
            )
        )
    register_panels()
    register_search_sources()
