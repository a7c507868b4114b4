"""The API's operations: places, topics and organisations, and a list and a detail for every listing type.

Every listing type's pair is generated from its record in listings.registry;
what a list holds, its filters and its order come from the one filter
function (listings/query.py) that the section pages use, so an API list and
the section page with the same query string show the same items in the same
order. Only what the public pages show is answered: never a draft, never a
listing the site does not show, never the submitter.
"""

import datetime
from typing import Annotated, Literal

from django import forms
from django.http import HttpResponse
from django.utils import translation
from django.utils.http import http_date
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Path, Query, Router
from ninja.errors import HttpError, ValidationError
from pydantic import create_model
from wagtail.rich_text import expand_db_html

from listings import registry
from listings.addresses import listing_url
from listings.query import filter_listings, find_listing
from regions.models import Municipality, Region
from topics.models import Audience, Topic

from . import schemas
from .docs import LocalSwagger
from .http import DEFAULT_LANGUAGE, LANGUAGES, error

Language = Literal[LANGUAGES]  # type: ignore[valid-type]
#: A region's slug; the pattern keeps text a database refuses (NUL characters) from reaching a query.
SLUG_PATTERN = r"^[-a-zA-Z0-9_]{1,100}$"
Site = Annotated[str | None, Query(None, pattern=SLUG_PATTERN, description="The site: a region's slug (see /sites/)")]
MAX_LIMIT = 100
MAX_PAGE = 10_000
#: Ids beyond the database's integers are refused as bad parameters, not looked up.
MAX_ID = 2**62
ERRORS = {400: schemas.Error, 404: schemas.Error, 429: schemas.Error}

api = NinjaAPI(
    title="Toimeksi open data",
    version="1",
    description=(
        "What the network's sites publish: events, activities, volunteer tasks, jobs, projects, news, spaces, "
        "stories, staff and organisations, with the places, topics and audiences they are filtered by. "
        "`site` chooses the site (a region's slug, see /sites/; default: the site of the address asked), "
        "`language` the language (each item in its translation, else its original, as the pages show it). "
        "Lists take the section pages' filters and answer in their order."
    ),
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs=LocalSwagger(),
    docs_url="/docs/",
)


class ApiError(Exception):
    def __init__(self, status, detail, errors=()):
        super().__init__(detail)
        self.status, self.detail, self.errors = status, detail, list(errors)


@api.exception_handler(ApiError)
def _api_error(request, exc):
    return error(exc.status, exc.detail, exc.errors)


@api.exception_handler(ValidationError)
def _validation_error(request, exc):
    messages = []
    for item in exc.errors:
        where = ".".join(str(part) for part in item.get("loc", ())[1:]) or "?"
        messages.append(_("“%(parameter)s”: %(message)s") % {"parameter": where, "message": item.get("msg", "")})
    return error(400, _("Some parameters are not valid."), messages)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return error(exc.status_code, str(exc))


# -- shared parameters ------------------------------------------------------------


def _region(request, site):
    """The site asked for by its region's slug, else the site of the address asked."""
    if site:
        region = Region.objects.select_related("site").filter(slug=site).first()
        if region is None:
            raise ApiError(400, _("There is no site “%(site)s”. The sites are listed at /sites/.") % {"site": site})
        return region
    region = Region.for_request(request)
    if region is None:
        raise ApiError(400, _("Choose a site with the “site” parameter."))
    return region


def _page(filtered, page, limit):
    paginator = filtered.paginator(limit, page)
    if page > paginator.num_pages:
        raise ApiError(
            404,
            _("There is no page %(page)s; the last page is %(last)s.") % {"page": page, "last": paginator.num_pages},
        )
    items = list(paginator.page(page).object_list)
    return {
        "count": paginator.count,
        "page": page,
        "pages": paginator.num_pages,
        "limit": limit,
    }, items


def _last_modified(response, *stamps):
    stamps = [stamp for stamp in stamps if stamp]
    if stamps:
        response["Last-Modified"] = http_date(max(stamps).timestamp())


# -- filters ------------------------------------------------------------------------

_FILTER_TYPES = (
    (forms.MultipleChoiceField, list[str]),
    (forms.BooleanField, bool),
    (forms.IntegerField, int),
    (forms.DateField, datetime.date),
)


def filter_schema(record):
    """The query parameters of a type's list: its filter form's fields (the section page's)."""
    form_class = import_string(record.filter_form)
    fields = {}
    for name, field in form_class.base_fields.items():
        python = next((python for kind, python in _FILTER_TYPES if isinstance(field, kind)), str)
        with translation.override("en"):
            # The description is for developers: in English, whatever language the process started in.
            fields[name] = (python | None, Field(None, description=f"{field.label} (as on the section page)"))
    name = "".join(part.capitalize() for part in record.key.split("_"))
    return create_model(f"{name}Filters", **fields)


def _filter_params(filters):
    """Validated parameters as the filter form reads a query string."""
    params = {}
    for name, value in filters.model_dump(exclude_none=True).items():
        if value is False or value == []:
            continue
        if value is True:
            value = "on"
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        params[name] = value
    return params


# -- what an item shows ---------------------------------------------------------------


def _municipality(municipality):
    return {"code": municipality.code, "name": municipality.name}


def _term(term):
    return {"slug": term.slug, "name": getattr(term, "label", "") or term.name}


def listing_data(record, listing, site, language):
    organisation = listing.organisation
    contact = {"name": listing.contact_name, "email": listing.contact_email, "phone": listing.contact_phone}
    data = {
        "id": listing.pk,
        "type": record.key,
        "title": listing.title,
        "slug": listing.slug,
        "language": listing.locale.language_code,
        "original_language": listing.original_locale.language_code,
        "url": listing_url(listing, site, language, absolute=True),
        "summary": listing.summary,
        "body": expand_db_html(listing.body or ""),
        "organisation": (
            {
                "id": organisation.pk,
                "name": organisation.name,
                "url": listing_url(organisation, site, language, absolute=True),
            }
            if organisation is not None
            else None
        ),
        "municipalities": [_municipality(item) for item in listing.municipalities.all()],
        "topics": [_term(item) for item in listing.topics.all()],
        "audiences": [_term(item) for item in listing.audiences.all()],
        "is_nationwide": listing.is_nationwide,
        "is_online": listing.is_online,
        # The detail pages show the contact person given for the listing; the submitter never.
        "contact": contact if any(contact.values()) else None,
        "visible_from": listing.visible_from,
        "visible_until": listing.visible_until,
        "created_at": listing.created_at,
        "updated_at": listing.updated_at,
    }
    for field in schemas.own_fields(type(listing)):
        data[field.name] = getattr(listing, field.name)
    return data


def _for_items(queryset):
    return queryset.select_related("organisation", "locale", "original_locale").prefetch_related(
        "municipalities", "topics", "audiences"
    )


def organisation_data(organisation, site, language):
    links = [organisation.facebook_url, organisation.instagram_url, organisation.linkedin_url, organisation.youtube_url]
    municipality = organisation.home_municipality
    return {
        "id": organisation.pk,
        "name": organisation.name,
        "slug": organisation.slug,
        "type": organisation.type,
        "description": expand_db_html(organisation.description or ""),
        "home_municipality": _municipality(municipality) if municipality else None,
        "email": organisation.email,
        "phone": organisation.phone,
        "website": organisation.website,
        "social_links": [link for link in links if link],
        "is_verified": organisation.is_verified,
        "url": listing_url(organisation, site, language, absolute=True),
        "updated_at": organisation.updated_at,
    }


# -- sites, places, topics ----------------------------------------------------------------

catalogue = Router(tags=["sites and terms"])


def _region_data(region):
    return {
        "slug": region.slug,
        "name": region.name,
        "area_name": region.area_name,
        "is_national": region.is_national,
        "url": region.site.root_url,
        "municipalities": [] if region.is_national else sorted(item.code for item in region.coverage.all()),
    }


@catalogue.get("/sites/", response={200: list[schemas.Region], **ERRORS}, summary="The sites (regions)")
def sites(request, language: Language = DEFAULT_LANGUAGE):
    """Every site of the network; a regional site's `municipalities` are the ones it covers (the national: all)."""
    return [_region_data(region) for region in Region.objects.select_related("site").prefetch_related("coverage")]


@catalogue.get("/sites/{slug}/", response={200: schemas.Region, **ERRORS}, summary="One site")
def site_detail(request, slug: Annotated[str, Path(..., pattern=SLUG_PATTERN)], language: Language = DEFAULT_LANGUAGE):
    region = Region.objects.select_related("site").prefetch_related("coverage").filter(slug=slug).first()
    if region is None:
        raise ApiError(404, _("There is no site “%(site)s”.") % {"site": slug})
    return _region_data(region)


@catalogue.get("/municipalities/", response={200: list[schemas.Municipality], **ERRORS}, summary="Municipalities")
def municipalities(request, site: Site = None, language: Language = DEFAULT_LANGUAGE):
    """The municipalities a site covers (with `site`), or all of them; the codes are the `municipality` filter's."""
    places = _region(request, site).covered_municipalities() if site else Municipality.objects.all()
    return [_municipality(item) for item in places.order_by("name_fi")]


@catalogue.get("/topics/", response={200: list[schemas.Term], **ERRORS}, summary="Topics")
def topics(request, language: Language = DEFAULT_LANGUAGE):
    """The topics; the slugs are the `topic` filter's."""
    return [_term(item) for item in Topic.objects.all()]


@catalogue.get("/audiences/", response={200: list[schemas.Term], **ERRORS}, summary="Audiences")
def audiences(request, language: Language = DEFAULT_LANGUAGE):
    """The audiences; the slugs are the `audience` filter's."""
    return [_term(item) for item in Audience.objects.all()]


api.add_router("", catalogue)


# -- every listing type ------------------------------------------------------------------------


def type_router(record):
    """The list and detail operations of one type of the registry."""
    is_listing = record.is_listing
    item = schemas.listing_schema(record) if is_listing else schemas.Organisation
    page_schema = schemas.page_schema(record, item)
    filters_schema = filter_schema(record)
    router = Router(tags=[record.key])

    def serialize(obj, site, language):
        return listing_data(record, obj, site, language) if is_listing else organisation_data(obj, site, language)

    def prepare(queryset):
        return _for_items(queryset) if is_listing else queryset.select_related("home_municipality")

    def operation(path, schema, name, summary):
        """A GET operation of the type's, named after it (`list_events`) and summed up as "List: events"."""
        return router.get(
            f"/{record.key}/{path}",
            response={200: schema, **ERRORS},
            operation_id=f"{name}_{record.key}",
            summary=f"{summary}: {record.key}",
        )

    @operation("", page_schema, "list", "List")
    def list_items(
        request,
        filters: Query[filters_schema],
        site: Site = None,
        language: Language = DEFAULT_LANGUAGE,
        page: int = Query(1, ge=1, le=MAX_PAGE),
        limit: int = Query(20, ge=1, le=MAX_LIMIT),
    ):
        region = _region(request, site)
        filtered = filter_listings(record, region, language, _filter_params(filters), prepare=prepare)
        if filtered.messages:
            raise ApiError(400, _("Some filters are not valid."), filtered.messages)
        meta, items = _page(filtered, page, limit)
        return {**meta, "results": [serialize(obj, region.site, language) for obj in items]}

    @operation("{id}/", item, "get", "One item")
    def detail(
        request,
        response: HttpResponse,
        id: int = Path(..., ge=1, le=MAX_ID),
        site: Site = None,
        language: Language = DEFAULT_LANGUAGE,
    ):
        region = _region(request, site)
        obj = find_listing(record, region, language, id, archive=False, prepare=prepare)
        if obj is None:
            raise ApiError(404, _("The site shows nothing with the id %(id)s here.") % {"id": id})
        _last_modified(response, obj.updated_at)
        return serialize(obj, region.site, language)

    detail.__doc__ = f"One of the {record.key} by its id (any language's), as the site shows it in `language`."
    list_items.__doc__ = f"The {record.key} the site shows, filtered like its section page and in its order."
    return router


for _record in registry.TYPES:
    api.add_router("", type_router(_record))
