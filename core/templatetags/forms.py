"""Accessible form rendering, one way for every public and account form.

Each field gets its label, its help text and its errors tied to the input
with aria-describedby, and aria-invalid when it has errors; a form's errors
are also listed at the top of the page, each linking to its field. Help
text is escaped like any other text: HTML in it shows only when the code
marked it safe (as Django's password help is).
"""

from django import template

from core.spam import HONEYPOT_FIELD

register = template.Library()

#: Widgets rendered as a group of inputs under a legend, whose first input an error links to.
GROUP_WIDGETS = frozenset({"radioselect", "checkboxselectmultiple"})


@register.inclusion_tag("core/forms/field.html")
def form_field(field, extra_help_id=""):
    """One field; `extra_help_id` names help that the page renders itself (e.g. with a link)."""
    help_id = f"{field.auto_id}_help"
    error_id = f"{field.auto_id}_error"
    describedby = [extra_help_id] if extra_help_id else []
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
        "is_group": field.widget_type in GROUP_WIDGETS,
        "help_id": help_id,
        "error_id": error_id,
    }


@register.inclusion_tag("core/forms/error_summary.html")
def error_summary(form):
    """Every error of the form, each linking to its field.

    Fields the form names in `protection_fields` (spam traps people never see)
    are left out; a hidden field's errors are listed without a link.
    """
    unlisted = set(getattr(form, "protection_fields", ()))
    items = [{"message": error, "anchor": None} for error in form.non_field_errors()]
    for field in form:
        if field.name in unlisted:
            continue
        if field.is_hidden:
            items.extend({"message": error, "anchor": None} for error in field.errors)
            continue
        anchor = f"{field.auto_id}_0" if field.widget_type in GROUP_WIDGETS else field.auto_id
        items.extend({"message": error, "anchor": anchor, "label": field.label} for error in field.errors)
    return {"items": items}


@register.filter
def is_honeypot(field):
    """Whether `field` is the spam trap that a public form's template hides from people (core.spam)."""
    return field.name == HONEYPOT_FIELD
