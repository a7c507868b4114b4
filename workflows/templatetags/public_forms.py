"""Links to the public forms, and accessible rendering of their fields."""

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


@register.inclusion_tag("workflows/includes/field.html")
def public_field(field):
    """One field with its label, help and errors tied to the input (aria-describedby, aria-invalid)."""
    describedby = []
    help_id = f"{field.auto_id}_help"
    error_id = f"{field.auto_id}_error"
    if field.help_text:
        describedby.append(help_id)
    if field.errors:
        describedby.append(error_id)
    attrs = {}
    if describedby:
        attrs["aria-describedby"] = " ".join(describedby)
    if field.errors:
        attrs["aria-invalid"] = "true"
    widget_type = field.widget_type
    return {
        "field": field,
        "widget": field.as_widget(attrs=attrs),
        "is_checkbox": widget_type == "checkbox",
        "is_radio": widget_type in ("radioselect", "checkboxselectmultiple"),
        "help_id": help_id,
        "error_id": error_id,
    }


@register.inclusion_tag("workflows/includes/error_summary.html")
def form_error_summary(form):
    items = [{"message": error, "anchor": None} for error in form.non_field_errors()]
    for field in form:
        if field.is_hidden or field.name == HONEYPOT_FIELD:
            continue
        anchor = field.auto_id
        if field.widget_type in ("radioselect", "checkboxselectmultiple"):
            anchor = f"{field.auto_id}_0"
        items.extend({"message": error, "anchor": anchor, "label": field.label} for error in field.errors)
    return {"items": items}


@register.filter
def is_honeypot(field):
    return field.name == HONEYPOT_FIELD
