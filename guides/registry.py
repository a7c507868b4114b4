"""What the guides app adds to every site: its section, a home panel and a search source."""

from django.utils.translation import gettext_lazy as _

from home.panels import HomePanel, register_home_panel
from home.search import SearchSource, register_search_source
from regions.sections import Section, register_section

INTRODUCTIONS = {
    "fi": "Ohjeita ja vinkkejä yhdistyksen arkeen: perustamisesta ja kokouksista talouteen, rahoitukseen, "
    "viestintään ja vapaaehtoisiin.",
    "sv": "Guider och tips för föreningens vardag: från att grunda en förening och hålla möten till ekonomi, "
    "finansiering, kommunikation och frivilliga.",
    "en": "Guides and tips for running an association: founding one and holding meetings, finances, funding, "
    "communications and volunteers.",
}


def _index_fields(region, language):
    return {"introduction": INTRODUCTIONS[language]}


def latest_guides_panel(request, region, page):
    """The newest guides on the site, or nothing when it has none."""
    from .models import GuideIndexPage, GuidePage

    index = GuideIndexPage.objects.live().descendant_of(page).first()
    if index is None:
        return None
    guides = list(GuidePage.objects.child_of(index).live().public().order_by("-first_published_at", "title")[:4])
    if not guides:
        return None
    return {"index": index, "guides": guides}


def search_guides(request, region, query):
    """Guides shown on the request's site, in the reader's language."""
    from home.search import clean_query, site_pages

    from .models import GuidePage

    # Quotes and operators would reach the backend's query parser (SQLite FTS5 fails on a lone quote).
    return site_pages(GuidePage, request, region).search(clean_query(query))


def register():
    register_section(
        Section(
            key="guides",
            model="guides.GuideIndexPage",
            titles={"fi": "Ohjeet ja vinkit", "sv": "Guider och tips", "en": "Guides and tips"},
            slugs={"fi": "ohjeet", "sv": "guider", "en": "guides"},
            order=50,
            show_in_menus=True,
            fields=_index_fields,
        )
    )
    register_home_panel(
        HomePanel(
            key="latest-guides", template="guides/latest_guides_panel.html", context=latest_guides_panel, order=60
        )
    )
    register_search_source(
        SearchSource(
            key="guides",
            label=_("Guides and tips"),
            search=search_guides,
            result_template="guides/search_result.html",
            order=50,
        )
    )
