"""What the home app plugs into every site: its sections, the site search over its pages, the social-posts panel,
and the admin of the posts on the front pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from organisations.admin_scope import action_for_view, object_guard, scoped_rows
from regions.social_feed_models import LiftedPost, SocialPost
from regions.social_feeds import social_posts_panel

from .forms import LiftedPostForm
from .panels import HomePanel
from .sections import PAGES_SEARCH_SOURCE, SEARCH_SECTION, standard_sections


@hooks.register("register_site_section")
def home_sections():
    return [*standard_sections(), SEARCH_SECTION]


@hooks.register("register_search_source")
def content_pages_search_source():
    return [PAGES_SEARCH_SOURCE]


@hooks.register("register_home_panel")
def social_posts_home_panel():
    # The region's producer's social-media posts (imported by regions) on its home pages.
    return [
        HomePanel(
            key="social-posts",
            template="regions/social_posts_panel.html",
            context=social_posts_panel,
            order=80,
            label=_("Social-media posts"),
        )
    ]


# -- the posts on a region's front page --------------------------------------------------


class ScopedPostViewSet(SnippetViewSet):
    """Posts of the regions the user coordinates only, also by URL (organisations.admin_scope)."""

    list_per_page = 50
    inspect_view_enabled = False

    def get_queryset(self, request):
        return scoped_rows(self.model, request.user).order_by("-published_at")

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        return object_guard(self.model, view, action_for_view(view_class))


class LiftedPostViewSet(ScopedPostViewSet):
    model = LiftedPost
    icon = "openquote"
    menu_label = _("Lifted posts")
    list_display = ["display_title", "channel", "region", "published_at", "hidden"]
    list_filter = ["hidden"]
    edit_handler = ObjectList(
        [
            FieldPanel("region"),
            FieldPanel("channel"),
            FieldPanel("link"),
            FieldPanel("published_at"),
            FieldPanel("title"),
            FieldPanel("text"),
            FieldPanel("image"),
            FieldPanel("image_alt"),
            FieldPanel("hidden"),
        ],
        base_form_class=LiftedPostForm,
    )


class ImportedPostViewSet(ScopedPostViewSet):
    model = SocialPost
    icon = "rss"
    menu_label = _("Imported posts")
    list_display = ["title", "channel_name", "published_at", "hidden"]
    list_filter = ["hidden"]
    # Imported text is the channel's; a coordinator only decides whether it shows.
    panels = [FieldPanel("hidden")]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("feed")


class SocialPostsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Social-media posts")
    menu_icon = "openquote"
    menu_name = "social-posts"
    menu_order = 160
    items = (LiftedPostViewSet, ImportedPostViewSet)


register_snippet(SocialPostsViewSetGroup)
