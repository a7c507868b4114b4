from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


def _site_root(request):
    from regions.models import Region

    region = Region.for_request(request)
    return region.site.root_page if region else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in each language, so the reader stays where they are.

    A page without a live translation in some language links to itself with
    `?missing=<language>`, so the reader keeps the content and is told that it
    is not available in that language (see `missing_translation`).
    """
    request = context["request"]
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code in settings_language_codes():
        if code in translations:
            url = translations[code].get_url(request)
        elif isinstance(page, Page) and page.live:
            url = f"{page.get_url(request)}?{urlencode({'missing': code})}"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": LANGUAGE_NAMES[code], "url": url, "current": code == current})
    return links


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
    root = _site_root(request)
    home = None
    if root is not None:
        home = root.get_translations(inclusive=True).live().filter(locale__language_code=code).first()
    return {
        "code": code,
        "page_language": page.locale.language_code,
        "home_url": home.get_url(request) if home else None,
    }


def settings_language_codes():
    return [code for code, _name in settings.LANGUAGES]


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The current site's home page in the reader's language."""
    root = _site_root(context["request"])
    return root.localized if root is not None else None


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The region's standard content pages in the reader's language."""
    from regions.models import Region

    request = context["request"]
    region = Region.for_request(request)
    if region is None:
        return []
    from django.core.cache import cache

    from listings.templatetags.site_chrome import site_chrome_version

    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    # Every page, section and site change bumps the chrome version, so the
    # cached list never outlives an edit of the pages it names.
    key = f"site-footer:{site_chrome_version()}:{region.pk}:{language}"
    pages = cache.get(key)
    if pages is None:
        pages = _footer_pages(region, language)
        cache.set(key, pages, 60 * 60)
    return pages


def _footer_pages(region, language):
    keys = ["about", "feedback", "suggestions", "terms", "privacy", "accessibility"]
    sections = {s.key: s.page for s in region.sections.filter(key__in=keys).select_related("page")}
    originals = [sections[key] for key in keys if key in sections]
    localized = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in=[p.translation_key for p in originals], locale__language_code=language)
        .select_related("locale")
    }
    return [localized.get(page.translation_key, page) for page in originals]


@register.simple_tag(takes_context=True)
def section_page(context, key):
    """A section of the current region (e.g. "search") in the reader's language, or None."""
    from regions.sections import localized_section_page

    return localized_section_page(context["request"], key)
