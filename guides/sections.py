"""What the guides app adds to every site: its section, a home panel of the newest guides and a search source."""

from django.utils.translation import gettext_lazy as _

from core.content import app_content
from home.panels import HomePanel
from home.search import SearchSource
from regions import cache as site_cache
from regions.section_fields import introduction
from regions.sections import Section

from .models import GuideIndexPage, GuidePage

# The section's title, slug and introduction in every language are data.
TEXTS = app_content(__file__, "sections.yaml")["guides"]


def latest_guides_panel(request, region, page):
    """The newest guides on the site, or nothing when it has none.

    Kept under the site's version (regions/cache.py), which every page published, moved or deleted on
    the site replaces, with each guide's reading time computed once.
    """

    def newest():
        index = GuideIndexPage.objects.live().descendant_of(page).first()
        if index is None:
            return None
        guides = list(GuidePage.objects.child_of(index).live().public().order_by("-first_published_at", "title")[:4])
        for guide in guides:
            guide.reading_minutes  # noqa: B018 (computed here, once, rather than on every page view)
        return {"index": index, "guides": guides} if guides else None

    if region is None:
        return newest()
    return site_cache.remember(region.site_id, ("latest-guides", page.pk), newest)


GUIDES_SECTION = Section(
    key="guides",
    model="guides.GuideIndexPage",
    titles=TEXTS["titles"],
    slugs=TEXTS["slugs"],
    order=50,
    show_in_menus=True,
    fields=introduction(TEXTS["introduction"]),
)

LATEST_GUIDES_PANEL = HomePanel(
    key="latest-guides",
    template="guides/latest_guides_panel.html",
    context=latest_guides_panel,
    order=60,
    label=_("Latest guides and tips"),
)

GUIDES_SEARCH_SOURCE = SearchSource(
    key="guides",
    label=_("Guides and tips"),
    pages=GuidePage,
    result_template="guides/search_result.html",
    order=50,
)
