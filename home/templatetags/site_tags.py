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
        translations = _live_translations(request, page)
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


def _live_translations(request, page):
    """{language code: live translation} of a page (itself included), from the site structure."""
    from regions.structure import Frozen, for_request

    def build():
        rows = page.get_translations(inclusive=True).live().select_related("locale")
        return {translation.locale.language_code: Frozen(translation) for translation in rows}

    frozen = for_request(request).remember(("live-translations", type(page), page.translation_key), build)
    return {code: translation.thaw() for code, translation in frozen.items()}


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
    from regions.models import Region
    from regions.structure import for_request

    request = context["request"]
    region = Region.for_request(request)
    return for_request(request).localized_root(region.site) if region is not None else None


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    """The live children of a home page shown in menus, from the site structure."""
    from regions.structure import Frozen, for_request

    if home is None:
        return []

    def build():
        return [Frozen(item) for item in home.get_children().live().in_menu()]

    return [item.thaw() for item in for_request(context["request"]).remember(("menu", home.pk), build)]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The region's standard content pages in the reader's language."""
    from regions.models import Region
    from regions.structure import Frozen, for_request

    request = context["request"]
    region = Region.for_request(request)
    if region is None:
        return []
    language = (get_language() or settings.LANGUAGE_CODE)[:2]

    def build():
        return [Frozen(page) for page in _footer_pages(region, language)]

    return [page.thaw() for page in for_request(request).remember(("footer", region.pk, language), build)]


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
