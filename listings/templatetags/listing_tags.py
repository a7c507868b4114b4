"""Template helpers for listings: addresses, language marks and schema.org data."""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.translation import active_language

from .. import cards
from ..addresses import listing_url as _listing_url
from ..cards import render_cards

register = template.Library()

#: "In Finnish" and so on, shown beside content that is not in the page's language.
IN_LANGUAGE = {"fi": _("In Finnish"), "sv": _("In Swedish"), "en": _("In English")}

# The characters json_script escapes, so that no text can close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def listing_url(context, listing):
    """A listing's address on this site; on its own section page without any query."""
    request = context.get("request")
    page = context.get("page")
    if listing is None or listing.pk is None:
        return ""
    model = getattr(page, "listing_model", None)
    if model is not None and isinstance(listing, model) and hasattr(page, "detail_url"):
        return page.detail_url(listing, request)
    return _listing_url(listing, Site.find_for_request(request)) if request is not None else ""


@register.simple_tag(takes_context=True)
def listing_cache_key(context, listing):
    """The key of a listing page's cached fragments: the listing's stamp, the site's cache version and the language.

    A listing's save changes its stamp; a page, municipality, topic or image
    change on the site changes the version (regions/cache.py).
    """
    parts = [cards.stamp(listing), cards.cache_version(context.get("request")), get_language()]
    space = getattr(listing, "space", None)  # an event's space (read with the event: EventIndexPage.for_detail)
    if space is not None:
        parts.append(cards.stamp(space))
    return ":".join(str(part) for part in parts)


@register.simple_tag(takes_context=True)
def listing_cards(context, listings, template_name, load=None):
    """The cards of a list, each inside `<li>`; rendered cards are reused from the shared cache (cards.py).

    `load` names the queryset method that reads whole rows for cards not cached yet (default: the page's `for_cards`).
    """
    return render_cards(context, listings, template_name, load=load)


@register.filter
def listing_type(obj):
    """The model name of a listing ("event", "job"...), for templates that vary by type."""
    return obj._meta.model_name if obj is not None else ""


@register.filter
def content_language(listing):
    """The language code the listing's text is in."""
    locale = getattr(listing, "locale", None)
    return locale.language_code if locale is not None else ""


@register.filter
def is_other_language(listing):
    """True when the listing's text is not in the language of the page being read."""
    code = content_language(listing)
    return bool(code) and code != active_language()


@register.filter
def in_language(code):
    return IN_LANGUAGE.get(code, code)


def _address(locality=None, street="", postal_code=""):
    address = {"@type": "PostalAddress", "addressCountry": "FI"}
    if street:
        address["streetAddress"] = street
    if postal_code:
        address["postalCode"] = postal_code
    if locality:
        address["addressLocality"] = locality
    return address


def _organisation(organisation):
    if organisation is None:
        return None
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["url"] = organisation.website
    return data


def _first_municipality(listing):
    municipalities = list(listing.municipalities.all())
    return municipalities[0].name if municipalities else None


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


def _event(listing, url):
    modes = {
        (True, False): "https://schema.org/OnlineEventAttendanceMode",
        (False, True): "https://schema.org/OfflineEventAttendanceMode",
        (True, True): "https://schema.org/MixedEventAttendanceMode",
    }
    place = listing.place_name or (listing.space.title if listing.space_id else "")
    street = listing.address or (listing.space.address if listing.space_id else "")
    has_place = bool(place or street or listing.municipalities.all())
    locations = []
    if has_place:
        locations.append(
            {
                "@type": "Place",
                "name": place or _first_municipality(listing) or "",
                "address": _address(_first_municipality(listing), street),
            }
        )
    if listing.is_online:
        locations.append({"@type": "VirtualLocation", "url": listing.online_url or url})
    data = {
        "@type": "Event",
        "name": listing.title,
        "description": listing.summary,
        "startDate": _iso(listing.starts_at),
        "endDate": _iso(listing.ends_at),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": modes.get((listing.is_online, has_place), modes[(False, True)]),
        "location": locations[0] if len(locations) == 1 else locations,
        "isAccessibleForFree": listing.is_free,
        "organizer": _organisation(listing.organisation),
    }
    if listing.registration_url or listing.price or listing.is_free:
        data["offers"] = _offer(listing.registration_url or url, 0 if listing.is_free else listing.price)
    if listing.is_series:
        # A series is one Event spanning its dates, with each date as a sub-event of its own.
        data["endDate"] = _iso(listing.last_ends_at)
        data["subEvent"] = [
            {
                "@type": "Event",
                "name": listing.title,
                "startDate": _iso(date.starts_at),
                "endDate": _iso(date.ends_at),
                "eventAttendanceMode": data["eventAttendanceMode"],
                "location": data["location"],
            }
            for date in listing.dates()
        ]
    return data


#: A price as organisations write it ("10 €", "5–10 e", "12,50"): its first amount is the price.
_AMOUNT = re.compile(r"\d+(?:[.,]\d{1,2})?")


def _price(text):
    """The first amount in a price text as a schema.org price ("12.50"), or None when it names none."""
    match = _AMOUNT.search(str(text or ""))
    return match.group().replace(",", ".") if match else None


def _offer(url, price):
    """An Offer in euros; `price` is 0 (free) or the listing's price text, whose first amount is the price."""
    offer = {"@type": "Offer", "url": url, "priceCurrency": "EUR"}
    amount = 0 if price == 0 else _price(price)
    if amount is not None:
        offer["price"] = amount
    if price:
        offer["description"] = str(price)
    return offer


def _place(listing):
    municipality = _first_municipality(listing)
    return {"@type": "Place", "name": municipality or "", "address": _address(municipality)}


def _activity(listing, url):
    """A recurring activity: an Event over its season, its schedule as written, organiser and place."""
    data = {
        "@type": "Event",
        "name": listing.title,
        "description": listing.summary,
        "startDate": listing.season_start.isoformat() if listing.season_start else None,
        "endDate": listing.season_end.isoformat() if listing.season_end else None,
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": _organisation(listing.organisation),
        "location": (
            {"@type": "VirtualLocation", "url": url}
            if listing.is_online and not listing.municipalities.all()
            else _place(listing)
        ),
    }
    if listing.schedule:
        data["eventSchedule"] = {"@type": "Schedule", "description": listing.schedule}
    return data


def _volunteer_task(listing, url):
    """A volunteer task as the JobPosting search engines know, of employment type VOLUNTEER."""
    data = {
        "@type": "JobPosting",
        "title": listing.title,
        "description": listing.body or listing.summary or listing.title,
        "datePosted": timezone.localdate(listing.created_at).isoformat() if listing.created_at else None,
        "employmentType": "VOLUNTEER",
        "hiringOrganization": _organisation(listing.organisation),
        "jobLocation": {"@type": "Place", "address": _address(_first_municipality(listing))},
    }
    if listing.is_online:
        data["jobLocationType"] = "TELECOMMUTE"
    if listing.deadline:
        data["validThrough"] = listing.deadline.isoformat()
    return data


def _project(listing, url):
    data = {
        "@type": "Project",
        "name": listing.title,
        "description": listing.summary,
        "parentOrganization": _organisation(listing.organisation),
        "areaServed": _first_municipality(listing),
    }
    if listing.funder:
        data["funder"] = {"@type": "Organization", "name": listing.funder}
    return data


def _story(listing, url):
    organisation = _organisation(listing.organisation)
    author = {"@type": "Person", "name": listing.author_name} if listing.author_name else organisation
    return {
        "@type": "Article",
        "headline": listing.title[:110],
        "description": listing.summary,
        "datePublished": _iso(listing.created_at),
        "dateModified": _iso(listing.updated_at),
        "author": author,
        "publisher": organisation,
    }


def _job(listing, url):
    employment = {"job": "OTHER", "internship": "INTERN", "thesis": "OTHER"}
    data = {
        "@type": "JobPosting",
        "title": listing.title,
        "description": listing.body or listing.summary,
        "datePosted": timezone.localdate(listing.created_at).isoformat() if listing.created_at else None,
        "employmentType": employment.get(listing.kind, "OTHER"),
        "hiringOrganization": _organisation(listing.organisation),
        "jobLocation": {"@type": "Place", "address": _address(_first_municipality(listing))},
    }
    if listing.deadline:
        data["validThrough"] = listing.deadline.isoformat()
    return data


def _news(listing, url):
    organisation = _organisation(listing.organisation)
    return {
        "@type": "NewsArticle",
        "headline": listing.title[:110],
        "description": listing.summary,
        "datePublished": listing.published_on.isoformat() if listing.published_on else None,
        "dateModified": _iso(listing.updated_at),
        "author": organisation,
        "publisher": organisation,
    }


def _space(listing, url):
    data = {
        "@type": "Place",
        "name": listing.title,
        "description": listing.summary,
        "address": _address(_first_municipality(listing), listing.address, listing.postal_code),
    }
    if listing.capacity:
        data["maximumAttendeeCapacity"] = listing.capacity
    if listing.pk:
        features = [
            {"@type": "LocationFeatureSpecification", "name": feature.label, "value": True}
            for feature in listing.accessibility_features.all()
        ]
        if features:
            data["amenityFeature"] = features
    return data


def _organisation_page(organisation, url):
    data = {"@type": "Organization", "name": organisation.name, "description": strip_tags(organisation.description)}
    if organisation.website:
        data["url"] = organisation.website
    if organisation.email:
        data["email"] = organisation.email
    if organisation.phone:
        data["telephone"] = organisation.phone
    same_as = [
        link
        for link in (
            organisation.facebook_url,
            organisation.instagram_url,
            organisation.linkedin_url,
            organisation.youtube_url,
        )
        if link
    ]
    if same_as:
        data["sameAs"] = same_as
    if organisation.home_municipality_id:
        data["address"] = _address(organisation.home_municipality.name)
    if organisation.business_id:
        data["taxID"] = organisation.business_id
    return data


BUILDERS = {
    "event": _event,
    "activity": _activity,
    "volunteertask": _volunteer_task,
    "job": _job,
    "project": _project,
    "newsitem": _news,
    "space": _space,
    "story": _story,
    "organisation": _organisation_page,
}


def structured_data_for(obj, url=""):
    """The schema.org description of a listing or organisation, or None for types without one."""
    builder = BUILDERS.get(obj._meta.model_name)
    if builder is None:
        return None
    data = {"@context": "https://schema.org", **builder(obj, url)}
    if url:
        data["url"] = url
    if obj._meta.model_name == "job" and "description" in data:
        data["description"] = data["description"] or obj.title
    return {key: value for key, value in data.items() if value not in (None, "", [])}


@register.simple_tag
def structured_data(obj, url=""):
    """A JSON-LD <script> for search engines, escaped like json_script so no text can break out of it."""
    data = structured_data_for(obj, url)
    if data is None:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def archive_url(context, page):
    """The address of a section page's archive (past events)."""
    base = page.get_url(context.get("request"))
    return base + page.archive_path().lstrip("/") if base else ""


@register.simple_tag(takes_context=True)
def breadcrumb_home(context, page):
    """The site's home page in the page's language: the section page's parent, without a query.

    A section page sits right under its home page, so the parent's address is
    the section's address without its last segment.
    """
    request = context.get("request")
    url = page.get_url(request) if page is not None else None
    if not url:
        return ""
    return url.rstrip("/").rsplit("/", 1)[0] + "/"


@register.filter
def verbose_type(obj):
    """The type's name in the reader's language, capitalised: "Event", "Tapahtuma"..."""
    return str(obj._meta.verbose_name).capitalize() if obj is not None else ""


@register.simple_tag(takes_context=True)
def feed_links(context, page, organisation=None):
    """The RSS, Atom (and for events iCalendar) addresses of a section's filtered list, or of an organisation."""
    request = context.get("request")
    if request is None or not hasattr(page, "feed_links"):
        return []
    if organisation is not None:
        return page.organisation_feed_links(request, organisation)
    return page.feed_links(request)
