"""Embeds: a region's or an organisation's listings as a compact page made for an iframe on another site.

`/fi/upota/tapahtumat/?organisation=12&municipality=698&count=5` shows
what the events list page shows for the same filters, in the same order
(both come from `listings.query.filter_listings`), the first `count` of
them. These routes alone may be framed by any site (`core.csp.allow_framing`);
every other page still refuses framing. The page runs one small local
script that tells the embedding page its height (postMessage), and the
embedding page's script (`/embed.js`, stable across deployments) sizes
the iframe to it.
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Site

from core.csp import allow_framing
from listings import query, registry
from listings.addresses import listing_url
from listings.models.pages import filter_query
from listings.visibility import visible_organisations
from organisations.models import Organisation
from regions.models import Region
from regions.sections import section_page

#: The embed route's word in each language: /fi/upota/…, /sv/inbadda/…, /en/embed/….
EMBED_SLUGS = {"fi": "upota", "sv": "inbadda", "en": "embed"}
EMBED_WORDS = "|".join(EMBED_SLUGS.values())
DEFAULT_COUNT = 5
MAX_COUNT = 50


def embed_word(language):
    return EMBED_SLUGS.get(language, EMBED_SLUGS["en"])


def embed_types():
    """The listing types an embed can show: every type with a section of its own."""
    return [record for record in registry.section_types() if record.is_listing]


def embed_path(record, language, params=""):
    """The path (after the site's root) of an embed of `record` in `language`, with a query string."""
    return f"/{language}/{embed_word(language)}/{registry.type_slug(record, language)}/{params}"


def _count(value):
    try:
        count = int(value)
    except (TypeError, ValueError):
        return DEFAULT_COUNT
    return min(max(count, 1), MAX_COUNT)


def _organisation(value, region):
    """The organisation the `organisation` parameter names, if the site shows it (else None: the filter says why)."""
    if not str(value or "").isdigit():
        return None
    return visible_organisations(Organisation.objects.filter(pk=int(value)), region).first()


def _record_in_any_language(slug):
    for language in EMBED_SLUGS:
        record = registry.for_type_slug(language, slug)
        if record is not None:
            return record
    return None


@require_GET
@allow_framing("*")
def embed(request, word, type_slug):
    language = get_language()
    record = registry.for_type_slug(language, type_slug)
    if word != embed_word(language) or record is None:
        # An address with another language's words (copied between sites): the right one, same filters.
        record = record or _record_in_any_language(type_slug)
        if record is None or not record.is_listing:
            raise Http404
        return redirect(embed_path(record, language, filter_query(request)), permanent=True)
    if not record.is_listing:
        raise Http404
    region = Region.for_request(request)
    if region is None:
        raise Http404
    filtered = query.filter_listings(
        record, region, language, request.GET, prepare=lambda queryset: queryset.select_related("locale")
    )
    items = list(filtered.results[: _count(request.GET.get("count"))])
    site = Site.find_for_request(request)
    for item in items:
        item.embed_url = listing_url(item, site, language, absolute=True)
    section = section_page(site, record.key, language)
    organisation = _organisation(request.GET.get("organisation"), region)
    return render(
        request,
        "opendata/embed.html",
        {
            "record": record,
            "items": items,
            "organisation": organisation,
            "region": region,
            "section_title": section.title if section else record.model_class()._meta.verbose_name_plural,
            "more_url": (section.full_url + filter_query(request)) if section and section.live else "",
            "is_events": record.key == "events",
        },
    )


def embed_script(request):
    """The embedding page's script at a stable address; the file itself has a hashed name per deployment."""
    return redirect(static("js/embed-frame.js"))


def embed_script_url(request, site=None):
    """The full address of the embedding page's script on the request's (or `site`'s) host."""
    path = reverse("embed_script")
    return (site.root_url + path) if site is not None else request.build_absolute_uri(path)
