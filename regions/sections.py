"""The standard sections every region's site has.

An app adds a section to every site by returning a `Section` from a
`register_site_section` hook in its wagtail_hooks.py (see regions.plugins);
`create_region` and `sync_regions` (and so `load_demo`) then build it for
new regions and add it to existing ones.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps

from . import site_data
from .plugins import collect

LANGUAGE_CODES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Section:
    """A page that each region's home page gets, in every language.

    `titles` and `slugs` map a language code to that language's value;
    `fields(region, language)` may return more field values (introduction,
    body, ...) for the new page.
    """

    key: str
    model: str
    titles: dict
    slugs: dict
    order: int = 100
    show_in_menus: bool = False
    fields: Callable | None = field(default=None, compare=False)

    def page_model(self):
        return apps.get_model(self.model)

    def page_values(self, region, language):
        values = {"title": self.titles[language], "slug": self.slugs[language], "show_in_menus": self.show_in_menus}
        if self.fields:
            values.update(self.fields(region, language))
        return values


def _check(section):
    missing = set(LANGUAGE_CODES) - set(section.titles) | set(LANGUAGE_CODES) - set(section.slugs)
    if missing:
        raise ValueError(f"Section {section.key!r} lacks a title or slug in: {', '.join(sorted(missing))}")


def get_sections():
    """Every site's sections, in order, as the apps' `register_site_section` hooks declare them."""
    return collect("register_site_section", check=_check)


def section_page(site, key, language=None):
    """A section of the site's region (e.g. "search") in the language (default: the active one), as a
    `regions.site_data.PageLink`, or None. Cached per site: no query when warm."""
    if site is None:
        return None
    return site_data.section_links(site, language).get(key)
