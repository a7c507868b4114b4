"""The terms of use page, for the account pages that link to it."""

from django import template

from accounts.middleware import terms_page

register = template.Library()


@register.simple_tag(takes_context=True)
def current_terms_page(context):
    """The site's terms of use page in the reader's language, or None."""
    request = context.get("request")
    return terms_page(request) if request is not None else None
