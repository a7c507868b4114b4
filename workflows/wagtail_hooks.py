"""Admin wiring: the queue of flagged listings, the coordinator's dashboard panel and the digest preference."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.unpublish import UnpublishAction
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.tables import DateColumn, TitleColumn
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from core.dashboard import OverviewPanel

from . import pending
from .dashboard import coordinator_overview, own_sites
from .models import CoordinatorPreference, ListingFlag
from .permissions import can_handle_region, is_coordinator
from .sections import site_sections
from .services import submitted_image_ids


class ListingFlagPermissionPolicy(BasePermissionPolicy):
    """Coordinators see and resolve the flags of their own regions; nobody adds or deletes them in the admin."""

    ACTIONS = {"view", "change"}

    def user_has_permission(self, user, action):
        return action in self.ACTIONS and is_coordinator(user)

    def users_with_any_permission(self, actions):
        User = get_user_model()
        if not self.ACTIONS.intersection(actions):
            return User.objects.none()
        return User.objects.filter(
            Q(is_superuser=True) | Q(groups__coordinated_region__isnull=False), is_active=True
        ).distinct()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_handle_region(user, instance.region)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return ListingFlag.objects.none()
        return ListingFlag.objects.for_user(user)


flag_policy = ListingFlagPermissionPolicy(ListingFlag)
register_permission_policy(ListingFlag, flag_policy)


class ListingFlagFilterSet(WagtailFilterSet):
    class Meta:
        model = ListingFlag
        fields = ["status", "reason"]


class ListingFlagIndexView(IndexView):
    def get_base_queryset(self):
        return ListingFlag.objects.for_user(self.request.user).select_related("region")


#: A coordinator changes only a flag's status.
ListingFlagStatusForm = forms.modelform_factory(ListingFlag, fields=["status"])


class ListingFlagEditView(EditView):
    template_name = "workflows/admin/flag_edit.html"

    def get_object(self, queryset=None):
        return get_object_or_404(ListingFlag.objects.for_user(self.request.user), pk=self.kwargs["pk"])

    def save_instance(self):
        flag = self.form.instance
        if flag.status == ListingFlag.Status.RESOLVED and "status" in self.form.changed_data:
            flag.resolve(self.request.user)
            return flag
        if flag.status == ListingFlag.Status.OPEN:
            flag.resolved_by = None
            flag.resolved_at = None
        return super().save_instance()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        listing = self.object.listing
        context["listing"] = listing
        context["listing_is_live"] = bool(listing is not None and getattr(listing, "live", False))
        context["unpublish_url"] = reverse("listing_flags:unpublish", args=[self.object.pk])
        if listing is not None:
            context["listing_edit_url"] = AdminURLFinder(self.request.user).get_edit_url(listing)
        return context


def unpublish_listing(request, pk):
    """Unpublish the flagged listing and resolve the flag, after a confirmation page."""
    flag = get_object_or_404(ListingFlag.objects.for_user(request.user), pk=pk)
    if not flag_policy.user_has_permission_for_instance(request.user, "change", flag):
        raise PermissionDenied
    listing = flag.listing
    edit_url = reverse("listing_flags:edit", args=[flag.pk])
    if listing is None or not listing.live:
        messages.error(request, _("The listing is not published."))
        return redirect(edit_url)
    if request.method == "POST":
        # The coordinator's region scope was checked above; coordinators need
        # no model-level publish permission to take a flagged listing down.
        UnpublishAction(listing, user=request.user).execute(skip_permission_checks=True)
        flag.resolve(request.user)
        messages.success(request, _("“%(title)s” has been unpublished and the flag resolved.") % {"title": listing})
        return redirect(reverse("listing_flags:index"))
    return TemplateResponse(
        request,
        "workflows/admin/flag_unpublish.html",
        {"flag": flag, "listing": listing, "edit_url": edit_url},
    )


class ListingFlagViewSet(ModelViewSet):
    model = ListingFlag
    name = "listing_flags"
    url_prefix = "flags"
    icon = "warning"
    # Not "Reports" nor "Listings": in Finnish both words are taken by Wagtail's
    # Reports menu ("Raportit") and our Listings menu ("Ilmoitukset").
    menu_label = _("Content flags")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = ListingFlagIndexView
    edit_view_class = ListingFlagEditView
    form_fields = ["status"]
    filterset_class = ListingFlagFilterSet
    list_display = [
        # Each row opens the flag's review page, which links to the flagged listing.
        TitleColumn("listing_title", label=_("Listing"), url_name="listing_flags:edit"),
        "reason",
        "region",
        "status",
        DateColumn("created_at", label=_("Flagged at")),
    ]
    ordering = ["status", "created_at"]

    def get_form_class(self, for_update=False):
        return ListingFlagStatusForm

    def get_urlpatterns(self):
        return [
            pattern for pattern in super().get_urlpatterns() if getattr(pattern, "name", "") not in {"add", "delete"}
        ] + [path("unpublish/<int:pk>/", unpublish_listing, name="unpublish")]


flag_viewset = ListingFlagViewSet()


@hooks.register("register_admin_viewset")
def register_flag_viewset():
    return flag_viewset


class CoordinatorPanel(OverviewPanel):
    """The dashboard's "my region" panel: what awaits review, unverified organisations and open flags."""

    name = "coordinator_overview"
    template_name = "workflows/admin/coordinator_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        return {**super().get_context_data(parent_context), "flags_url": reverse("listing_flags:index")}


@hooks.register("construct_homepage_panels")
def add_coordinator_panel(request, panels):
    overview = coordinator_overview(request.user)
    if overview is not None:
        panels.append(CoordinatorPanel(overview))


class OwnPagesSummaryItem(PagesSummaryItem):
    """Wagtail's page count on the dashboard, counting a regional coordinator's own site in every language."""

    def __init__(self, request, sites):
        super().__init__(request)
        self.sites = sites

    def get_context_data(self, parent_context):
        return {"root_page": self.sites.root_page, "total_pages": self.sites.page_count(), "site_name": self.sites.name}


@hooks.register("construct_homepage_summary_items", order=100)
def count_own_pages(request, items):
    """Runs after Wagtail's own hook, whose page count a regional coordinator's would be the whole network's."""
    sites = own_sites(request.user)
    if sites is not None:
        items[:] = [OwnPagesSummaryItem(request, sites) if type(item) is PagesSummaryItem else item for item in items]


DigestPreferenceForm = forms.modelform_factory(CoordinatorPreference, fields=["digest"])


class DigestSettingsPanel(BaseSettingsPanel):
    name = "coordinator_digest"
    title = _("Moderation e-mails")
    tab = notifications_tab
    order = 150
    form_class = DigestPreferenceForm

    def is_active(self):
        return is_coordinator(self.user)

    def get_form(self):
        preference = CoordinatorPreference.objects.filter(user=self.user).first()
        instance = preference or CoordinatorPreference(user=self.user)
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_digest_panel(request, user, profile):
    return DigestSettingsPanel(request, user, profile)


# -- the pages every site gets -----------------------------------------------------


@hooks.register("register_site_section")
def workflow_sections():
    """The "Submit", "Feedback" and "Development suggestions" pages of every site."""
    return site_sections()


@hooks.register("construct_image_chooser_queryset")
def citizen_photos_only_for_coordinators(images, request):
    """Members choose from the shared images, not from photos citizens sent in (workflows.services)."""
    if is_coordinator(request.user):
        return images
    for image_ids in submitted_image_ids():
        images = images.exclude(pk__in=image_ids)
    return images


@hooks.register("register_personal_data_purge")
def remove_unsent_images(now):
    """Images kept for a preview that was never sent (workflows.pending)."""
    return {"unsent submission images removed": pending.remove_stale(now)}
