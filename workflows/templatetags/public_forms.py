"""Links to the public forms (their fields and honeypot render through core's `forms` tags)."""

from django import template
from wagtail.models import Site

from regions.sections import section_page
from workflows.routes import flag_route, kind_route

register = template.Library()


def _section(context, key):
    """The current site's section page as a link, when it is live."""
    request = context.get("request")
    link = section_page(Site.find_for_request(request), key) if request is not None else None
    return link if link is not None and link.live else None


@register.simple_tag(takes_context=True)
def submission_url(context, kind=""):
    """The current site's submission form for `kind` (event, news, story) in the reader's language,
    or the "Submit" section page itself without a kind; "" when the site has none."""
    link = _section(context, "submit")
    if link is None:
        return ""
    return link.url + kind_route(kind, link.language) if kind else link.url


@register.simple_tag(takes_context=True)
def flag_url(context, listing):
    """The form that flags a listing as wrong or inappropriate, on the current site in the reader's language."""
    link = _section(context, "submit")
    if link is None or listing is None or not getattr(listing, "pk", None):
        return ""
    return link.url + flag_route(listing, link.language)


@register.simple_tag(takes_context=True)
def section_url(context, key):
    link = _section(context, key)
    return link.url if link is not None else ""
