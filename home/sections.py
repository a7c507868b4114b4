"""The content pages every site starts with, written in home/default_content.py."""

from regions.sections import LANGUAGE_CODES, Section, register_section

from .default_content import STANDARD_PAGES


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


def register():
    for order, key in enumerate(STANDARD_PAGES, start=900):
        register_section(
            Section(
                key=key,
                model="home.StandardPage",
                titles={code: STANDARD_PAGES[key][code]["title"] for code in LANGUAGE_CODES},
                slugs={code: STANDARD_PAGES[key][code]["slug"] for code in LANGUAGE_CODES},
                order=order,
                show_in_menus=False,
                fields=_standard_page_fields(key),
            )
        )


def register_search():
    from django.utils.translation import gettext_lazy as _

    from .search import SearchSource, register_search_source, search_content_pages

    register_section(
        Section(
            key="search",
            model="home.SearchPage",
            titles={"fi": "Haku", "sv": "Sök", "en": "Search"},
            slugs={"fi": "haku", "sv": "sok", "en": "search"},
            order=800,
        )
    )
    register_search_source(SearchSource(key="pages", label=_("Pages"), search=search_content_pages, order=900))
