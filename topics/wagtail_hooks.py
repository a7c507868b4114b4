from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "name_sv", "name_en", "slug"]
    search_fields = ["name", "name_sv", "name_en"]
    ordering = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")
    list_display = ["name", "name_sv", "name_en", "sort_order"]
    ordering = ["sort_order", "name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet)
    menu_icon = "tag"
    menu_label = _("Topics")
    menu_name = "topics"


register_snippet(TaxonomyViewSetGroup)
