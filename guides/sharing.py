"""Sharing national guides with the regions as Wagtail aliases.

A shared guide gets an alias under each chosen region's guide index, in every
language the national guide has been translated into: the Finnish original
under the regional Finnish index, its Swedish translation under the regional
Swedish index, and so on. The aliases of one guide in one region share a
translation key of their own, so that the language switcher moves between
them. Publishing the national page updates every alias (Wagtail does that);
publishing a new translation of a shared guide adds its aliases
(see signals.py).
"""

import uuid
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from regions.models import Region

from .models import GuidePage


class SharingError(ValueError):
    """The guide cannot be shared as asked; the message says why."""


@dataclass
class SharingReport:
    created: list = field(default_factory=list)
    existing: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def national_region():
    return Region.objects.filter(is_national=True).select_related("site").first()


def is_national_guide(guide):
    """A guide written on the national site (and not itself an alias)."""
    region = national_region()
    if region is None or guide.alias_of_id:
        return False
    return guide.get_site() == region.site


def regional_index(region, locale):
    """The region's guide index in `locale`, or None."""
    index = region.section_page("guides")
    if index is None:
        return None
    if index.locale_id == locale.pk:
        return index
    return index.get_translation_or_none(locale)


def shared_regions(guide):
    """The regions that already have an alias of the guide (of any of its translations)."""
    originals = guide.get_translations(inclusive=True)
    sites = {alias.get_site() for alias in Page.objects.filter(alias_of__in=originals)}
    return [region for region in Region.objects.select_related("site") if region.site in sites]


@transaction.atomic
def share_guide(guide, regions=None, user=None):
    """Alias the national `guide` (and its live translations) into `regions` (default: every regional site)."""
    guide = guide.specific
    if not isinstance(guide, GuidePage):
        raise SharingError(f"“{guide.title}” is not a guide.")
    if not is_national_guide(guide):
        raise SharingError(f"“{guide.title}” is not a national guide, so it cannot be shared.")
    # Share from the Finnish original or whichever translation was picked:
    # every live translation follows.
    translations = [page.specific for page in guide.get_translations(inclusive=True).live().select_related("locale")]
    if not translations:
        raise SharingError(f"“{guide.title}” is not published; publish it before sharing it.")
    if regions is None:
        regions = Region.objects.regional().select_related("site")
    report = SharingReport()
    for region in regions:
        if region.is_national:
            report.skipped.append((region, None, "the national site has the original"))
            continue
        _share_into_region(translations, region, user, report)
    return report


def _share_into_region(translations, region, user, report):
    existing = {
        alias.locale_id: alias
        for alias in Page.objects.filter(alias_of__in=translations).select_related("locale")
        if alias.get_site() == region.site
    }
    key = next((alias.translation_key for alias in existing.values()), None) or uuid.uuid4()
    for original in translations:
        if original.locale_id in existing:
            report.existing.append((region, existing[original.locale_id]))
            continue
        parent = regional_index(region, original.locale)
        if parent is None:
            report.skipped.append((region, original, f"the site has no guide index in {original.locale}"))
            continue
        slug = find_available_slug(parent, original.slug)
        alias = original.create_alias(parent=parent, update_slug=slug, user=user)
        if alias.translation_key != key:
            alias.translation_key = key
            alias.save(update_fields=["translation_key"])
        report.created.append((region, alias))


def share_new_translation(page):
    """After a national guide's translation is published, alias it where the guide is already shared."""
    regions = shared_regions(page)
    if regions:
        share_guide(page, regions)
