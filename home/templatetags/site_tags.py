from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page

register = template.Library()

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


def _site_root(request):
    from regions.models import Region

    region = Region.for_request(request)
    return region.site.root_page if region else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in each language, so the reader stays where they are.

    A page without a translation in some language links to that language's
    home page instead of a missing URL.
    """
    request = context["request"]
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    translations = {}
    if isinstance(page, Page):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
        root = _site_root(request)
        if root is not None:
            for code in settings_language_codes():
                if code not in translations:
                    home = root.get_translation_or_none(Locale.objects.get(language_code=code))
                    if home is not None:
                        translations[code] = home
    links = []
    for code in settings_language_codes():
        if code in translations:
            url = translations[code].get_url(request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": LANGUAGE_NAMES[code], "url": url, "current": code == current})
    return links


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
    keys = ["about", "terms", "privacy", "accessibility"]
    sections = {s.key: s.page for s in region.sections.filter(key__in=keys).select_related("page")}
    originals = [sections[key] for key in keys if key in sections]
    language = (get_language() or settings.LANGUAGE_CODE)[:2]
    localized = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in=[p.translation_key for p in originals], locale__language_code=language)
        .select_related("locale")
    }
    return [localized.get(page.translation_key, page) for page in originals]
