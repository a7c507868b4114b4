"""Accessible form rendering for the account pages.

Each field gets its label, its help text and its errors tied to the input
with aria-describedby, and aria-invalid when it has errors; a form's errors
are also listed at the top of the page, each linking to its field.
"""

from django import template

from accounts.middleware import terms_page

register = template.Library()


@register.inclusion_tag("accounts/includes/field.html")
def form_field(field, extra_help_id=""):
    """One field; `extra_help_id` names help that the page renders itself (e.g. with a link)."""
    describedby = []
    help_id = f"{field.auto_id}_help"
    error_id = f"{field.auto_id}_error"
    if extra_help_id:
        describedby.append(extra_help_id)
    if field.help_text:
        describedby.append(help_id)
    if field.errors:
        describedby.append(error_id)
    attrs = {}
    if describedby:
        attrs["aria-describedby"] = " ".join(describedby)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return {
        "field": field,
        "widget": field.as_widget(attrs=attrs),
        "is_checkbox": field.widget_type == "checkbox",
        "help_id": help_id,
        "error_id": error_id,
    }


@register.inclusion_tag("accounts/includes/error_summary.html")
def error_summary(form):
    items = [{"message": error, "anchor": None} for error in form.non_field_errors()]
    for field in form:
        if field.is_hidden:
            items.extend({"message": error, "anchor": None} for error in field.errors)
            continue
        items.extend({"message": error, "anchor": field.auto_id, "label": field.label} for error in field.errors)
    return {"items": items}


@register.simple_tag(takes_context=True)
def current_terms_page(context):
    """The site's terms of use page in the reader's language, or None."""
    request = context.get("request")
    return terms_page(request) if request is not None else None
