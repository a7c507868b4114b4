"""The listing types: one record per type, and every list of types derived from it.

A record says where a type lives (its model, its section page and the
section's key, titles, slugs and introduction in every language), how
readers find it (filter form, search, home panel, organisation pages), how
the admin shows it and whether citizens may send it in. Everything that
goes through all types asks here: the placements, the permission policy,
the admin menu, the section pages built for each region (`create_region`),
the home panels, the site search, organisation pages, citizen submissions
and readers' reports. Adding a type is its model, its templates and one
row in TYPES below, with an entry in _HOME_PANELS or _SUBMISSIONS if it has
a home panel or a public form (README: "Adding a listing type").

Models and pages are named by label ("listings.Event"), so that this module
imports no model and the models may use it.
"""

from dataclasses import dataclass, field
from typing import NamedTuple

from django.apps import apps
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.content import app_content


class HomePanelSpec(NamedTuple):
    """A panel of a type's newest visible items on every home page."""

    heading: str
    all_label: str
    order: int
    size: int = 4


@dataclass(frozen=True)
class ListingType:
    """One type of what the listings app shows on the sites.

    `key` names the type's section (`RegionSection.key`), its search source
    and (as `listings-<key>`) its home panel. A type without `index_page` has
    no section of its own (staff members appear on their organisation's page).
    """

    key: str
    #: The model's label.
    model: str
    #: The label of the section page type that lists it, or "".
    index_page: str = ""
    #: The section page's title, slug and introduction in every language.
    titles: dict = field(default_factory=dict)
    slugs: dict = field(default_factory=dict)
    introductions: dict = field(default_factory=dict)
    #: Where the section comes among every site's sections (regions.sections orders them all).
    section_order: int = 100
    #: What the section says when the filters leave nothing.
    empty_text: str = _("Nothing matches these filters.")
    #: The dotted path of the section's filter form.
    filter_form: str = "listings.filters.ListingFilterForm"
    card_template: str = "listings/components/listing_card.html"
    #: The admin menu's icon for the type (its place in the menu is its place in TYPES).
    admin_icon: str = "doc-full"
    #: The heading of its results in the site search; "" keeps it out of the search.
    search_label: str = ""
    home_panel: HomePanelSpec | None = None
    #: Listed under its own heading on an organisation's page.
    on_organisation_page: bool = False
    #: The kind a citizen's public form sends it as, and its label; workflows' Submission.Kind is made of
    #: these, so that letting citizens send a type in is its entry in _SUBMISSIONS alone. "" when they cannot.
    submission_kind: str = ""
    submission_label: str = ""
    #: A Listing subclass, with placements and the listings' permission policy; False for organisations.
    is_listing: bool = True

    def model_class(self):
        # Resolvable while the models are still being imported (the placements' signals, LISTING_MODELS).
        return apps.get_model(self.model, require_ready=False)

    def index_page_class(self):
        return apps.get_model(self.index_page) if self.index_page else None

    @property
    def search_order(self):
        """Where its results come in the site search: the types first (10, 11...), in their order in TYPES."""
        return 10 + searchable_types().index(self) if self.search_label else 100


#: The types with a panel of their newest visible items on every home page.
_HOME_PANELS = {
    "events": HomePanelSpec(heading=_("Upcoming events"), all_label=_("All events"), order=10),
    "volunteering": HomePanelSpec(heading=_("Volunteer tasks"), all_label=_("All volunteer tasks"), order=20),
    "news": HomePanelSpec(heading=_("News"), all_label=_("All news"), order=30),
}
#: The types citizens may send in through a public form: {key: (submission kind, its label)}.
_SUBMISSIONS = {"events": ("event", _("Event")), "news": ("news", _("News item")), "stories": ("story", _("Story"))}


def _label(name, module="listings"):
    """A dotted name from a name in `module` ("Event": "listings.Event"); a dotted name stays as it is."""
    return name if "." in name else f"{module}.{name}"


def _section_type(key, model, section_order, admin_icon, search_label, empty_text, **options):
    """The record of a type with a section page on every site, listed on organisations' pages unless
    `on_organisation_page=False`.

    `model`, `index_page` and `filter_form` may be named by their names alone in this app's models and
    filters; the section page type is "<model name>IndexPage" unless `index_page` says otherwise. A home
    panel and a public form come from _HOME_PANELS and _SUBMISSIONS. The section's titles and introductions
    are data (listings/content/sections.yaml); its slugs are its titles, slugified.
    """
    texts = app_content(__file__, "sections.yaml")[key]
    titles = texts["titles"]
    model = _label(model)
    submission_kind, submission_label = _SUBMISSIONS.get(key, ("", ""))
    options.setdefault("on_organisation_page", True)
    if "filter_form" in options:
        options["filter_form"] = _label(options["filter_form"], "listings.filters")
    return ListingType(
        key=key,
        model=model,
        index_page=_label(options.pop("index_page", f"{model.rsplit('.', 1)[1]}IndexPage")),
        titles=titles,
        slugs={code: slugify(title) for code, title in titles.items()},
        introductions=texts["introductions"],
        section_order=section_order,
        admin_icon=admin_icon,
        search_label=search_label,
        empty_text=empty_text,
        home_panel=_HOME_PANELS.get(key),
        submission_kind=submission_kind,
        submission_label=submission_label,
        **options,
    )


#: Every type, in the order the service presents them (admin menu, organisation pages, search results): its key,
#: model, section order among every site's sections, admin menu icon, heading in the site search ("": not
#: searched) and what its section says when the filters leave nothing.
TYPES = (
    _section_type(
        "events", "Event", 10, "date", _("Events"), _("No events match these filters."), filter_form="EventFilterForm"
    ),
    _section_type("activities", "Activity", 20, "repeat", _("Activities"), _("No activities match these filters.")),
    _section_type(
        "volunteering", "VolunteerTask", 30, "user", _("Volunteer tasks"), _("No volunteer tasks match these filters.")
    ),
    _section_type(
        "jobs", "Job", 40, "clipboard-list", _("Jobs"), _("No jobs match these filters."), filter_form="JobFilterForm"
    ),
    _section_type("projects", "Project", 55, "list-ul", _("Projects"), _("No projects match these filters.")),
    _section_type(
        "news", "NewsItem", 60, "doc-full", _("News"), _("No news match these filters."), index_page="NewsIndexPage"
    ),
    _section_type(
        "spaces",
        "Space",
        70,
        "home",
        _("Spaces"),
        _("No spaces match these filters."),
        filter_form="SpaceFilterForm",
        on_organisation_page=False,
    ),
    ListingType(
        key="staff",
        model="listings.StaffMember",
        admin_icon="group",
        # No section page: the slugs name the type in addresses such as a flag form's.
        slugs={"fi": "henkilokunta", "sv": "personal", "en": "staff"},
    ),
    _section_type("stories", "Story", 80, "openquote", _("Stories"), _("No stories match these filters.")),
    _section_type(
        "organisations",
        "organisations.Organisation",
        90,
        "group",
        "",
        _("No organisations match these filters."),
        filter_form="OrganisationFilterForm",
        card_template="listings/components/organisation_card.html",
        on_organisation_page=False,
        is_listing=False,
    ),
)


# -- derived lists --------------------------------------------------------------


def listing_types():
    """The Listing subclasses' records, in order."""
    return tuple(record for record in TYPES if record.is_listing)


def listing_models():
    """The Listing subclasses, in order."""
    return tuple(record.model_class() for record in listing_types())


def section_types():
    """The records with a section page on every site, in the order of the sections."""
    return tuple(sorted((record for record in TYPES if record.index_page), key=lambda record: record.section_order))


def searchable_types():
    """The records the site search covers, in the order of their results."""
    return tuple(record for record in TYPES if record.search_label)


def organisation_page_types():
    """The records an organisation's page lists under their own headings, in order."""
    return tuple(record for record in TYPES if record.on_organisation_page)


def submission_models():
    """{Submission kind: model label} of the types citizens may send in."""
    return {record.submission_kind: record.model for record in TYPES if record.submission_kind}


def submission_kinds():
    """(kind, label) of the types citizens may send in, in order: the choices of workflows' Submission.Kind."""
    return tuple((record.submission_kind, record.submission_label) for record in TYPES if record.submission_kind)


_BY_MODEL = {record.model: record for record in TYPES}
_BY_INDEX_PAGE = {record.index_page: record for record in TYPES if record.index_page}


def for_model(model):
    """The record of a model class, or None."""
    return _BY_MODEL.get(model._meta.label)


def for_index_page(page_model):
    """The record of a section page type, or None."""
    return _BY_INDEX_PAGE.get(page_model._meta.label)


def type_slug(record, language):
    """The word that names a type in an address in `language` (its section's slug), e.g. "tapahtumat"."""
    return record.slugs.get(language) or record.key


def for_type_slug(language, slug):
    """The listing type named by `slug` in `language`, or None."""
    return next((record for record in listing_types() if type_slug(record, language) == slug), None)


def section_for_model(model):
    """The record of the section listing a model's rows; None for staff members (shown on organisation pages)."""
    record = for_model(model)
    return record if record is not None and record.index_page else None
