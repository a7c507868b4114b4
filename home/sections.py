"""What the home app adds to every site: the content pages of home/default_content.py and the search page."""

from django.utils.translation import gettext_lazy as _

from core.content import app_content
from regions.sections import LANGUAGE_CODES, Section

from .default_content import STANDARD_PAGES
from .models import StandardPage
from .search import SearchSource


def _standard_page_fields(key):
    def fields(region, language):
        text = STANDARD_PAGES[key][language]
        area = getattr(region, f"area_name_{language}", "") or region.area_name_fi or region.name
        values = {
            "region": region.name,
            "area": area,
            "producer": region.producer_name,
            "producer_email": region.producer_email or "",
        }
        return {"introduction": text["introduction"].format(**values), "body": text["body"].format(**values)}

    return fields


def standard_sections():
    return [
        Section(
            key=key,
            model="home.StandardPage",
            titles={code: STANDARD_PAGES[key][code]["title"] for code in LANGUAGE_CODES},
            slugs={code: STANDARD_PAGES[key][code]["slug"] for code in LANGUAGE_CODES},
            order=order,
            fields=_standard_page_fields(key),
        )
        for order, key in enumerate(STANDARD_PAGES, start=900)
    ]


SEARCH_TEXTS = app_content(__file__, "search_section.yaml")
SEARCH_SECTION = Section(
    key="search", model="home.SearchPage", titles=SEARCH_TEXTS["titles"], slugs=SEARCH_TEXTS["slugs"], order=800
)


# The site's own content pages (about, terms...) in the reader's language.
PAGES_SEARCH_SOURCE = SearchSource(key="pages", label=_("Pages"), pages=StandardPage, order=900)
