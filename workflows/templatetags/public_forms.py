"""Links to the public forms, and the honeypot that their template hides (fields render through core's `forms` tags)."""

from django import template

from regions.sections import localized_section_page
from workflows.spam import HONEYPOT_FIELD

register = template.Library()


def _section(context, key):
    return localized_section_page(context.get("request"), key)


@register.simple_tag(takes_context=True)
def submission_url(context, kind=""):
    """The current site's submission form for `kind` (event, news, story) in the reader's language,
    or the "Submit" section page itself without a kind; "" when the site has none."""
    page = _section(context, "submit")
    if page is None or not page.live:
        return ""
    request = context.get("request")
    return page.kind_url(kind, request) if kind else page.get_url(request)


@register.simple_tag(takes_context=True)
def flag_url(context, listing):
    """The form that flags a listing as wrong or inappropriate, on the current site in the reader's language."""
    page = _section(context, "submit")
    if page is None or not page.live or listing is None or not getattr(listing, "pk", None):
        return ""
    return page.flag_url(listing, context.get("request"))


@register.simple_tag(takes_context=True)
def section_url(context, key):
    page = _section(context, key)
    return page.get_url(context.get("request")) if page is not None and page.live else ""


@register.filter
def is_honeypot(field):
    return field.name == HONEYPOT_FIELD
