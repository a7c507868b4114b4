"""The admin of calendar imports (each organisation's members and its region's coordinators see its own only)
and the embed builder."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from organisations.admin_scope import action_for_view, object_guard, scoped_rows

from .admin_views import can_build_embeds, embed_builder
from .forms import CalendarFeedForm
from .models import CalendarFeed


class CalendarFeedViewSet(SnippetViewSet):
    model = CalendarFeed
    icon = "date"
    menu_label = _("Calendar imports")
    menu_order = 170
    add_to_admin_menu = True
    inspect_view_enabled = False
    list_display = ["organisation", "url", "active", "last_success_at", "last_error"]
    list_filter = ["active"]
    edit_handler = ObjectList(
        [FieldPanel("organisation"), FieldPanel("url"), FieldPanel("municipality"), FieldPanel("active")],
        base_form_class=CalendarFeedForm,
    )

    def get_queryset(self, request):
        return scoped_rows(self.model, request.user).select_related("organisation")

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        return object_guard(self.model, view, action_for_view(view_class))


register_snippet(CalendarFeedViewSet)


@hooks.register("register_admin_urls")
def embed_builder_urls():
    return [path("embed/", embed_builder, name="opendata_embed_builder")]


class EmbedBuilderMenuItem(MenuItem):
    def is_shown(self, request):
        return can_build_embeds(request.user)


@hooks.register("register_admin_menu_item")
def embed_builder_menu_item():
    return EmbedBuilderMenuItem(_("Embed on your site"), reverse("opendata_embed_builder"), icon_name="code", order=175)
