"""What Wagtail's moderation mails are about, for our own wording of them (templates/wagtailadmin/notifications)."""

from django import template
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_latest_str

register = template.Library()


@register.simple_tag(takes_context=True)
def moderated_title(context):
    """The title of the page or object in moderation, from its latest revision."""
    page = context.get("page")
    if page is not None:
        return page.get_admin_display_title()
    obj = context.get("object")
    return get_latest_str(obj) if obj is not None else ""


@register.simple_tag(takes_context=True)
def moderated_kind(context):
    """What it is ("page", "event"), named after the title: an uninflected word in brackets reads right in
    Finnish and Swedish, where Wagtail's "You can edit the {model_name} here" does not."""
    if context.get("page") is not None:
        return _("page")
    return str(context.get("model_name") or "")
