from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page, Site

from core.translation import active_language
from regions import cache, sections, site_data
from regions.models import Region

register = template.Library()

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in each language, so the reader stays where they are.

    A page without a live translation in some language links to itself with
    `?missing=<language>`, so the reader keeps the content and is told that it
    is not available in that language (see `missing_translation`).
    """
    request = context["request"]
    page = context.get("page")
    current = active_language()
    # A view that shows something else than its page (a listing under its section page) says where
    # that thing is in each language; a page's own translations are in the site's cached data.
    translations = context.get("language_versions") or {}
    site = Site.find_for_request(request)
    if not translations and isinstance(page, Page) and site is not None:
        translations = site_data.translation_urls(site, page)
    links = []
    for code in settings_language_codes():
        if code in translations:
            url = translations[code]
        elif isinstance(page, Page) and page.live:
            url = f"{page.get_url(request)}?{urlencode({'missing': code})}"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": LANGUAGE_NAMES[code], "url": url, "current": code == current})
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """(language, full address) of each real translation of what the page shows, for `hreflang` links."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return []
    if context.get("language_versions"):
        versions = context["language_versions"]
        codes = context.get("alternate_languages") or []
    elif isinstance(page, Page) and page.live:
        site = Site.find_for_request(request)
        versions = site_data.translation_urls(site, page) if site is not None else {}
        codes = list(versions)
    else:
        return []
    if len(codes) < 2:
        return []
    return [(code, request.build_absolute_uri(versions[code])) for code in settings_language_codes() if code in codes]


@register.simple_tag(takes_context=True)
def missing_translation(context):
    """The language the reader asked for with `?missing=`, when the page really lacks it; else None."""
    request = context.get("request")
    page = context.get("page")
    code = request.GET.get("missing", "") if request is not None else ""
    if code not in settings_language_codes() or not isinstance(page, Page):
        return None
    if page.locale.language_code == code:
        return None
    if page.get_translations().live().filter(locale__language_code=code).exists():
        return None
    site = Site.find_for_request(request)
    home = site_data.localized_home(site, code) if site is not None else None
    return {
        "code": code,
        "page_language": page.locale.language_code,
        "home_url": home.url if home is not None and home.language == code else None,
    }


def settings_language_codes():
    return [code for code, _name in settings.LANGUAGES]


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The current site's home page in the reader's language, as a link (`.url`, `.title`)."""
    site = Site.find_for_request(context["request"])
    return site_data.localized_home(site) if site is not None else None


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The live pages under the current site's home page that are shown in menus, as links."""
    site = Site.find_for_request(context["request"])
    return site_data.menu(site) if site is not None else []


@register.simple_tag(takes_context=True)
def nav_current(context, item):
    """The aria-current value of a menu link: "page", "true" or "".

    "page" only on the section page's own address; on anything inside the
    section (a listing's page, a guide, the archive) the link is the current
    section, not the current page, which is what "true" says.
    """
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return ""
    if item.pk == page.pk:
        return "page" if request.path == item.url else "true"
    if page.depth > item.depth and page.path.startswith(item.path):
        return "true"
    return ""


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Links to the region's standard content pages in the reader's language."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None or Region.for_request(request) is None:
        return []
    links = site_data.section_links(site)
    return [links[key] for key in FOOTER_SECTIONS if key in links]


FOOTER_SECTIONS = ("about", "feedback", "suggestions", "terms", "privacy", "accessibility")


@register.simple_tag(takes_context=True)
def section_page(context, key):
    """A section of the current region (e.g. "search") in the reader's language, as a link, or None."""
    return sections.section_page(Site.find_for_request(context["request"]), key)


@register.simple_tag(takes_context=True)
def site_cache_version(context):
    """The version of the current site's cached data, for keys of template fragment caches."""
    site = Site.find_for_request(context.get("request"))
    return cache.version(site.pk if site is not None else cache.NETWORK)
