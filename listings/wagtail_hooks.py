"""The "Listings" admin menu: organisations, memberships and the listing types; what listings add to every site.

Viewsets, panels and admin wiring only; who may do what is decided in
organisations.permissions and enforced per object by listings.admin_views.
The listing types come from listings.registry; the sections, home panels and
search sources are declared here through Wagtail hooks (regions.plugins).
"""

from django import forms
from django.db.models import F
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.widgets import AdminDateInput
from wagtail.permissions import policy_registry
from wagtail.snippets.action_menu import PublishMenuItem, UnpublishMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from organisations.models import Membership, Organisation

from . import registry, sections
from .admin_forms import ListingAdminForm, MembershipAdminForm, OrganisationAdminForm
from .admin_views import (
    OrganisationChooserViewSet,
    OrganisationFilterSet,
    ScopedDeleteBulkAction,
    ScopedSnippetViewSet,
    listing_filterset,
)
from .models import LISTING_MODELS, Activity, Event, Job, NewsItem, Project, Space, StaffMember, Story, VolunteerTask
from .models.base import Listing


def _file_name(model):
    """An export's file name: the type's name in the reader's language (see ListingViewSet.export_filename)."""
    return str(model._meta.verbose_name_plural).replace(" ", "-")


_export_file_name = lazy(_file_name, str)


# -- panels -------------------------------------------------------------------


def listing_edit_handler(content=(), where_and_when=(), contact_extra=(), signup=()):
    """Tabs shared by every listing type, with the type's own fields in them (and a sign-up tab if it has one)."""
    signup_tab = [ObjectList(list(signup), heading=_("Sign-up"))] if signup else []
    return TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("summary"),
                    *content,
                    FieldPanel("body"),
                    MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
                    FieldPanel("topics"),
                    FieldPanel("audiences", widget=_checkboxes()),
                ],
                heading=_("Content"),
            ),
            ObjectList(
                [
                    *where_and_when,
                    FieldPanel("municipalities"),
                    FieldRowPanel([FieldPanel("is_nationwide"), FieldPanel("is_online")]),
                ],
                heading=_("Where and when"),
            ),
            ObjectList(
                [
                    FieldPanel("organisation"),
                    *contact_extra,
                    FieldPanel("contact_name"),
                    FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                ],
                heading=_("Contact"),
            ),
            *signup_tab,
            ObjectList(
                [
                    HelpPanel(
                        content=_(
                            "Leave the dates empty to show the listing as soon as it is published and for as long "
                            "as it is current."
                        )
                    ),
                    FieldRowPanel([FieldPanel("visible_from"), FieldPanel("visible_until")]),
                    FieldPanel("slug"),
                    FieldPanel("region"),
                    MultiFieldPanel(
                        [FieldPanel("submitter_name"), FieldPanel("submitter_email")],
                        heading=_("Sent in without an account"),
                    ),
                ],
                heading=_("Visibility"),
            ),
        ],
        base_form_class=ListingAdminForm,
    )


def _checkboxes():
    return forms.CheckboxSelectMultiple


# -- viewsets -----------------------------------------------------------------

LISTING_EXPORT = ["id", "title", "organisation", "region", "live", "created_at", "updated_at"]
LISTING_HEADINGS = {
    "id": _("ID"),
    "title": _("Title"),
    "organisation": _("Organisation"),
    "region": _("Owning region"),
    "live": _("Published"),
    "created_at": _("Created"),
    "updated_at": _("Updated"),
}


def own_fields(model):
    """The editable fields a listing type adds to the ones every listing has (topics aside)."""
    shared = {field.name for field in Listing._meta.get_fields()}
    return [
        field.name
        for field in model._meta.get_fields()
        if field.concrete and field.editable and not field.primary_key and field.name not in {*shared, "topics"}
    ]


class ListingViewSet(ScopedSnippetViewSet):
    """What every listing type's admin shares; a type without a subclass of its own gets exactly this.

    Its icon comes from the type's registry record (see listing_viewsets()).
    """

    list_select_related = ("organisation", "region", "latest_revision")
    ordering = ["-updated_at"]
    list_per_page = 50
    copy_view_enabled = True
    inspect_view_enabled = False
    #: The type's own columns in the list, after the title.
    list_columns = []
    #: The type's own columns in exports, after the shared ones, with their headings.
    export_columns = {}

    @property
    def list_display(self):
        return ["title", *self.list_columns, "organisation", "region", "updated_at"]

    @property
    def list_export(self):
        return [*LISTING_EXPORT, *self.export_columns]

    @property
    def export_headings(self):
        return {**LISTING_HEADINGS, **self.export_columns}

    @property
    def export_filename(self):
        # Lazy: the viewset makes its views once, in whatever language is active then; the file is named
        # in the language of the person who downloads it.
        return _export_file_name(self.model)

    @property
    def filterset_class(self):
        return listing_filterset(self.model)

    @property
    def edit_handler(self):
        # The type's own fields in the first tab; a subclass lays them out where they belong.
        return listing_edit_handler(content=[FieldPanel(name) for name in own_fields(self.model)])


class EventViewSet(ListingViewSet):
    model = Event
    list_columns = ["starts_at"]
    export_columns = {
        "starts_at": _("Starts"),
        "ends_at": _("Ends"),
        "place_name": _("Place"),
        "is_free": _("Free of charge"),
        "registration": _("Registration"),
    }
    ordering = ["-starts_at"]
    edit_handler = listing_edit_handler(
        where_and_when=[
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
            InlinePanel(
                "extra_dates",
                heading=_("Further dates"),
                label=_("Date"),
                help_text=_("A course of several evenings, a weekly club: the dates after the first one."),
                panels=[FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            ),
            FieldPanel("place_name"),
            FieldPanel("address"),
            FieldPanel("space"),
            FieldPanel("online_url"),
            FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
        ],
        signup=[
            FieldPanel("registration"),
            FieldPanel("registration_url"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("places_per_signup")]),
                    FieldRowPanel([FieldPanel("signup_opens_at"), FieldPanel("registration_deadline")]),
                    FieldRowPanel([FieldPanel("waiting_list"), FieldPanel("guardian_signs_up")]),
                    FieldPanel("signup_for"),
                    FieldPanel("signup_questions"),
                    FieldPanel("signup_privacy"),
                    FieldPanel("signup_contact_email"),
                ],
                heading=_("Registration on this site"),
            ),
        ],
    )

    @property
    def filterset_class(self):
        return listing_filterset(Event, fields={"starts_at": ["gte", "lte"], "is_free": ["exact"]})


class ActivityViewSet(ListingViewSet):
    model = Activity
    export_columns = {"schedule": _("Schedule"), "season_start": _("Season starts"), "season_end": _("Season ends")}
    edit_handler = listing_edit_handler(
        where_and_when=[
            FieldPanel("schedule"),
            FieldRowPanel(
                [
                    FieldPanel("season_start", widget=AdminDateInput),
                    FieldPanel("season_end", widget=AdminDateInput),
                ]
            ),
        ]
    )


#: The "I'm interested" settings of volunteer tasks and jobs.
INTEREST_PANELS = [
    FieldPanel("takes_interest"),
    FieldRowPanel([FieldPanel("capacity"), FieldPanel("signup_opens_at")]),
    FieldPanel("signup_questions"),
    FieldPanel("signup_privacy"),
    FieldPanel("signup_contact_email"),
]


class VolunteerTaskViewSet(ListingViewSet):
    model = VolunteerTask
    list_columns = ["deadline"]
    export_columns = {"time_commitment": _("Time commitment"), "deadline": _("Apply by")}
    edit_handler = listing_edit_handler(
        content=[FieldPanel("time_commitment")],
        where_and_when=[FieldPanel("deadline")],
        signup=INTEREST_PANELS,
    )


class JobViewSet(ListingViewSet):
    model = Job
    list_columns = ["kind", "deadline"]
    export_columns = {"kind": _("Kind"), "employment_type": _("Employment type"), "deadline": _("Apply by")}
    edit_handler = listing_edit_handler(
        content=[FieldRowPanel([FieldPanel("kind"), FieldPanel("employment_type")])],
        where_and_when=[FieldPanel("deadline")],
        signup=INTEREST_PANELS,
    )

    @property
    def filterset_class(self):
        return listing_filterset(Job, fields=["kind"])


class ProjectViewSet(ListingViewSet):
    model = Project
    export_columns = {"funder": _("Funder"), "starts_on": _("Starts"), "ends_on": _("Ends")}
    edit_handler = listing_edit_handler(
        content=[FieldPanel("funder")],
        where_and_when=[FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")])],
    )


class SpaceViewSet(ListingViewSet):
    model = Space
    export_columns = {
        "address": _("Street address"),
        "postal_code": _("Postal code"),
        "capacity": _("Capacity"),
        "price": _("Price"),
    }
    edit_handler = listing_edit_handler(
        content=[FieldPanel("how_to_book"), FieldPanel("price")],
        where_and_when=[
            FieldRowPanel([FieldPanel("address"), FieldPanel("postal_code")]),
            FieldPanel("capacity"),
            FieldPanel("accessibility_features", widget=_checkboxes()),
        ],
    )


class StaffMemberViewSet(ListingViewSet):
    model = StaffMember
    list_columns = ["role"]
    ordering = ["title"]
    export_columns = {"role": _("Role"), "contact_email": _("E-mail address"), "contact_phone": _("Phone number")}

    @property
    def export_headings(self):
        # A staff member's title is the person's name.
        return {**super().export_headings, "title": _("Name")}


class OrganisationViewSet(ScopedSnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 0
    list_display = ["name", "home_municipality", "region", "is_verified", "updated_at"]
    list_select_related = ("home_municipality", "region", "latest_revision")
    list_export = ["id", "name", "type", "business_id", "home_municipality", "region", "is_verified", "live", "email"]
    export_headings = {
        "id": _("ID"),
        "name": _("Name"),
        "type": _("Type"),
        "business_id": _("Business ID"),
        "home_municipality": _("Home municipality"),
        "region": _("Owning region"),
        "is_verified": _("Verified"),
        "live": _("Published"),
        "email": _("E-mail address"),
    }
    export_filename = "organisations"
    filterset_class = OrganisationFilterSet
    ordering = ["name"]
    list_per_page = 50
    inspect_view_enabled = False
    chooser_viewset_class = OrganisationChooserViewSet
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("type"), FieldPanel("business_id")]),
                    FieldPanel("description"),
                    FieldPanel("logo"),
                    FieldPanel("home_municipality"),
                ],
                heading=_("Profile"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                    FieldPanel("website"),
                    MultiFieldPanel(
                        [
                            FieldPanel("facebook_url"),
                            FieldPanel("instagram_url"),
                            FieldPanel("linkedin_url"),
                            FieldPanel("youtube_url"),
                        ],
                        heading=_("Social media"),
                    ),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    HelpPanel(
                        content=_(
                            "Coordinators verify an organisation once they know who runs it; members of a "
                            "verified organisation publish their listings without moderation."
                        )
                    ),
                    FieldPanel("is_verified"),
                    FieldPanel("region"),
                    FieldPanel("slug"),
                ],
                heading=_("Visibility"),
            ),
        ],
        base_form_class=OrganisationAdminForm,
    )


class MembershipViewSet(ScopedSnippetViewSet):
    """Memberships, managed by coordinators for the organisations of their region."""

    model = Membership
    icon = "user"
    menu_label = _("Memberships")
    menu_order = 5
    list_display = ["user", "organisation", "role", "created_at"]
    list_select_related = ("user", "organisation")
    list_filter = ["role"]
    search_fields = ["user__email", "organisation__name"]
    ordering = ["organisation__name", "user__email"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("organisation"), FieldPanel("role")], base_form_class=MembershipAdminForm
    )


#: The types whose admin is the shared one but for a column of their own: its field and its export heading.
OWN_COLUMN = {NewsItem: ("published_on", _("Date")), Story: ("author_name", _("Author"))}


def _own_column(model):
    if model not in OWN_COLUMN:
        return {}
    name, heading = OWN_COLUMN[model]
    return {"list_columns": [name], "export_columns": {name: heading}}


def listing_viewsets():
    """The admin of each listing type, in the registry's order and with its icon.

    A type's own ListingViewSet subclass above (its fields, exports and
    filters) where it has one, else the shared defaults (with its column in
    OWN_COLUMN, if any).
    """
    own = {viewset.model: viewset for viewset in ListingViewSet.__subclasses__()}
    return [
        own.get(model, ListingViewSet)(model=model, icon=listing_type.admin_icon, **_own_column(model))
        for listing_type, model in zip(registry.listing_types(), LISTING_MODELS, strict=True)
    ]


class ListingsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Listings")
    menu_icon = "list-ul"
    menu_name = "listings"
    menu_order = 150
    items = (
        OrganisationViewSet,
        MembershipViewSet,
        *listing_viewsets(),
    )


register_snippet(ListingsViewSetGroup)
# After wagtail.snippets' own delete action (order 0), so that this one replaces it for the scoped models.
hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=10)


# -- publishing buttons ---------------------------------------------------------

#: Organisations and every listing type: their publishing goes through the per-object policy.
SCOPED_MODELS = (Organisation, *LISTING_MODELS)


@hooks.register("construct_snippet_action_menu")
def publish_buttons_follow_the_policy(menu_items, request, context):
    """Show Publish and Unpublish by the per-object policy rather than the model permission."""
    model = context.get("model")
    if model not in SCOPED_MODELS or context.get("locked_for_user"):
        return
    policy = policy_registry.get_by_type(model)
    instance = context.get("instance")
    user = request.user
    if instance is not None:
        can_publish = policy.user_has_permission_for_instance(user, "publish", instance)
    else:
        can_publish = policy.user_has_permission(user, "publish")

    menu_items[:] = [item for item in menu_items if not isinstance(item, (PublishMenuItem, UnpublishMenuItem))]
    if can_publish:
        menu_items.append(PublishMenuItem(order=30))
        if context.get("view") == "edit" and instance is not None and instance.live:
            menu_items.append(UnpublishMenuItem(order=20))
    menu_items.sort(key=lambda item: item.order)


# -- members' dashboard ---------------------------------------------------------------


@hooks.register("register_member_dashboard_content")
def listings_on_the_member_dashboard():
    """Every listing type on organisation members' dashboard panel, originals only (organisations.dashboard)."""
    return [model.objects.filter(locale_id=F("original_locale_id")) for model in LISTING_MODELS]


# -- what every site gets (regions.plugins) ---------------------------------------------


@hooks.register("register_site_section")
def listing_sections():
    return sections.site_sections()


@hooks.register("register_home_panel")
def listing_home_panels():
    return sections.home_panels()


@hooks.register("register_search_source")
def listing_search_sources():
    return sections.search_sources()
