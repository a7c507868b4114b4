"""What awaits a coordinator: shared by the admin dashboard panel and the daily digest e-mail."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, WorkflowState

from organisations.models import Organisation

from .permissions import coordinated_regions
from .records import ListingFlag

MAX_ITEMS = 50


@dataclass
class Item:
    title: str
    kind: str
    since: datetime
    edit_url: str | None
    region: str = ""

    @property
    def age(self):
        return timezone.now() - self.since


def _workflow_states(regions):
    states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    if regions is not None:
        states = states.filter(workflow__regions__in=regions)
    return states.select_related("content_type", "workflow").order_by("created_at", "pk").distinct()


def awaiting_review(user, regions):
    finder = AdminURLFinder(user)
    items = []
    for state in _workflow_states(regions)[:MAX_ITEMS]:
        obj = state.content_object
        if obj is None:
            continue
        obj = getattr(obj, "specific", obj)
        items.append(
            Item(
                title=str(obj),
                kind=str(obj._meta.verbose_name),
                since=state.created_at,
                edit_url=finder.get_edit_url(obj),
                region=state.workflow.name,
            )
        )
    return items


def unverified_organisations(user, regions):
    finder = AdminURLFinder(user)
    organisations = Organisation.objects.filter(is_verified=False).order_by("created_at", "pk")
    if regions is not None:
        organisations = organisations.filter(region__in=regions)
    return [
        Item(
            title=organisation.name,
            kind=str(Organisation._meta.verbose_name),
            since=organisation.created_at,
            edit_url=finder.get_edit_url(organisation),
        )
        for organisation in organisations[:MAX_ITEMS]
    ]


def open_flags(user, regions):
    finder = AdminURLFinder(user)
    flags = ListingFlag.objects.open().select_related("region").order_by("created_at", "pk")
    if regions is not None:
        flags = flags.filter(region__in=regions)
    return [
        Item(
            title=flag.listing_title,
            kind=flag.get_reason_display(),
            since=flag.created_at,
            edit_url=finder.get_edit_url(flag),
            region=flag.region.name if flag.region else "",
        )
        for flag in flags[:MAX_ITEMS]
    ]


def coordinator_overview(user):
    """The three lists, oldest first, for the regions the user coordinates; None for non-coordinators."""
    regions = coordinated_regions(user)
    if regions is not None and not regions.exists():
        return None
    return {
        "awaiting": awaiting_review(user, regions),
        "organisations": unverified_organisations(user, regions),
        "flags": open_flags(user, regions),
    }


@dataclass
class OwnSites:
    """The sites a regional coordinator looks after: their name, and their root pages in every language."""

    name: str
    roots: list
    home: Page

    @property
    def root_page(self):
        """The first site's home in the admin's language, where the page count links to."""
        return self.home.localized

    def page_count(self):
        own = Q()
        for root in self.roots:
            own |= Q(path__startswith=root.path)
        return Page.objects.filter(own).count()


def own_sites(user):
    """The regional coordinator's own sites; None for those who look after the whole tree, or no region.

    A regional coordinator has page rights on the site's root in each language,
    and those roots are siblings under the tree root: Wagtail's dashboard would
    take the tree root for their site and count every region's pages.
    """
    regions = coordinated_regions(user)
    if regions is None:
        return None
    regions = list(regions.select_related("site__root_page").order_by("name"))
    if not regions:
        return None
    roots = [page for region in regions for page in region.site.root_page.get_translations(inclusive=True)]
    return OwnSites(", ".join(region.name for region in regions), roots, regions[0].site.root_page)
