"""Which changes drop which site's cached data (regions/cache.py).

A page change drops the data of the sites whose trees hold the page (its
home page in any language is an ancestor). A draft saved, a revision
submitted or a page locked changes nothing the public sees, so it drops
nothing. Sites, locales and the site matching they decide drop everything;
a region, its sections, coverage and site settings drop its own site.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache
from .models import BrandingSettings, FooterSettings, FrontPageSettings, Region, RegionSection
from .social_feed_models import LiftedPost, SocialFeed, SocialFeedSettings, SocialPost

# What saving a draft, a revision or a lock writes on the page row.
DRAFT_FIELDS = frozenset(
    {
        "comments",
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def sites_of_paths(paths):
    """Ids of the sites whose trees hold any of these tree paths; every site when none does."""
    paths = [path for path in paths if path]
    roots = Page.objects.filter(depth=2).values_list("path", "translation_key")
    keys = {key for root_path, key in roots if any(path.startswith(root_path) for path in paths)}
    site_ids = set(Site.objects.filter(root_page__translation_key__in=keys).values_list("pk", flat=True))
    return site_ids


def bump_for_paths(paths):
    site_ids = sites_of_paths(paths)
    if site_ids:
        cache.bump_sites(site_ids)
    else:
        # Above every site (the tree's root): may show anywhere.
        cache.bump_all()


def _page_changed(sender, instance, **kwargs):
    bump_for_paths([instance.path])


def _page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    # Connected for every model: each page type sends its own post_save.
    if not isinstance(instance, Page) or raw or not instance.live:
        # A page that is not live shows nowhere; publishing it sends page_published.
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    bump_for_paths([instance.path])


def _page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    bump_for_paths([instance.path, getattr(parent_page_before, "path", ""), getattr(parent_page_after, "path", "")])


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_for_paths([instance.path])


def _restriction_changed(sender, instance, **kwargs):
    cache.bump_network()
    # The page may be going too (a restriction is deleted with its page).
    bump_for_paths(Page.objects.filter(pk=instance.page_id).values_list("path", flat=True))


def _everything_changed(sender, **kwargs):
    cache.bump_all()


def _region_changed(sender, instance, **kwargs):
    cache.bump_sites([instance.site_id])


def _section_changed(sender, instance, **kwargs):
    cache.bump_sites(Region.objects.filter(pk=instance.region_id).values_list("site_id", flat=True))


def _site_setting_changed(sender, instance, **kwargs):
    cache.bump_sites([instance.site_id])


def _social_post_changed(sender, instance, **kwargs):
    # A post shows on its site's home page: its pages change, not the site's data.
    cache.bump_pages(SocialFeedSettings.objects.filter(feeds__posts=instance.pk).values_list("site_id", flat=True))


def _social_feed_changed(sender, instance, **kwargs):
    cache.bump_pages(SocialFeedSettings.objects.filter(pk=instance.settings_id).values_list("site_id", flat=True))


def _lifted_post_changed(sender, instance, **kwargs):
    cache.bump_pages(Region.objects.filter(pk=instance.region_id).values_list("site_id", flat=True))


def _coverage_changed(sender, instance, action, reverse, pk_set=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:
        # A municipality's regions changed (pk_set holds regions; cleared: any region).
        regions = Region.objects.filter(pk__in=pk_set) if pk_set else Region.objects.all()
        cache.bump_sites(regions.values_list("site_id", flat=True))
    else:
        cache.bump_sites([instance.site_id])


def connect():
    """Called once, from RegionsConfig.ready()."""
    for signal in (page_published, page_unpublished):
        signal.connect(_page_changed, dispatch_uid=f"site-cache-{signal is page_published}")
    post_page_move.connect(_page_moved, dispatch_uid="site-cache-page-moved")
    post_save.connect(_page_saved, dispatch_uid="site-cache-page-saved")
    post_delete.connect(_page_deleted, dispatch_uid="site-cache-page-deleted")
    for model in (Site, Locale):
        post_save.connect(_everything_changed, sender=model, dispatch_uid=f"site-cache-{model.__name__}-saved")
        post_delete.connect(_everything_changed, sender=model, dispatch_uid=f"site-cache-{model.__name__}-deleted")
    for model, handler in (
        (Region, _region_changed),
        (RegionSection, _section_changed),
        (BrandingSettings, _site_setting_changed),
        (FooterSettings, _site_setting_changed),
        (FrontPageSettings, _site_setting_changed),
        (PageViewRestriction, _restriction_changed),
        (SocialFeedSettings, _site_setting_changed),
        (SocialFeed, _social_feed_changed),
        (SocialPost, _social_post_changed),
        (LiftedPost, _lifted_post_changed),
    ):
        post_save.connect(handler, sender=model, dispatch_uid=f"site-cache-{model.__name__}-saved")
        post_delete.connect(handler, sender=model, dispatch_uid=f"site-cache-{model.__name__}-deleted")
    m2m_changed.connect(_coverage_changed, sender=Region.coverage.through, dispatch_uid="site-cache-coverage")
