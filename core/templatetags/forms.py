"""Accessible form rendering, one way for every public and account form.

Each field gets its label, its help text and its errors tied to the input
with aria-describedby, and aria-invalid when it has errors; a form's errors
are also listed at the top of the page, each linking to its field. Help
text is escaped like any other text: HTML in it shows only when the code
marked it safe (as Django's password help is).

After a failed submit the error summary takes the focus (`autofocus`, and
static/js/site.js where that is not supported) and the page's title starts
with the number of errors, so that a screen-reader user hears at once that
the form came back and why. The summary has no `role="alert"`: a live region
that is already in the page when it loads is not reliably announced.
"""

from django import template
from django.utils.translation import ngettext

from core.spam import HONEYPOT_FIELD

register = template.Library()

#: Widgets rendered as a group of inputs under a legend, whose first input an error links to.
GROUP_WIDGETS = frozenset({"radioselect", "checkboxselectmultiple"})

#: The id of a form's submit button, where errors about the sending itself are shown (see `submit_errors`).
SUBMIT_ID = "form-submit"


def error_id(field):
    """The id of a field's error message: the one Django's own widgets point aria-describedby at."""
    return f"{field.auto_id}_error"


@register.inclusion_tag("core/forms/field.html")
def form_field(field, extra_help_id=""):
    """One field; `extra_help_id` names help that the page renders itself (e.g. with a link)."""
    help_id = f"{field.auto_id}_help"
    describedby = [extra_help_id] if extra_help_id else []
    if field.help_text:
        describedby.append(help_id)
    if field.errors:
        describedby.append(error_id(field))
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
    }


@register.inclusion_tag("core/forms/field_errors.html")
def field_errors(field):
    """A field's errors under the id its aria-describedby names; nothing when it has none.

    For fields rendered with plain `{{ field }}` (the filter forms), whose
    widget Django already points at this id when the field has errors.
    """
    return {"errors": field.errors, "id": error_id(field)}


def _message(error):
    # A ValidationError yields its message with its params filled in.
    return next(iter(error))


def _submit_codes(form):
    return set(getattr(form, "submit_error_codes", ()))


def submit_error_messages(form):
    """The form's errors about the sending itself (too fast, expired), shown next to its submit button."""
    codes = _submit_codes(form)
    if not codes:
        return []
    return [_message(error) for error in form.non_field_errors().as_data() if error.code in codes]


@register.inclusion_tag("core/forms/submit_button.html")
def submit_button(form, label):
    """The submit button, with the errors about the sending just before it and named by its aria-describedby."""
    return {"messages": submit_error_messages(form), "id": SUBMIT_ID, "error_id": f"{SUBMIT_ID}_error", "label": label}


def error_items(form):
    """Every error of the form, each with the anchor of its field (None: nothing to link to).

    Fields the form names in `protection_fields` (spam traps people never see)
    are left out; a hidden field's errors are listed without a link, and
    errors about the sending link to the submit button they are shown at.
    """
    if form is None or not getattr(form, "is_bound", False):
        return []
    unlisted = set(getattr(form, "protection_fields", ()))
    codes = _submit_codes(form)
    items = [
        {"message": _message(error), "anchor": SUBMIT_ID if error.code in codes else None}
        for error in form.non_field_errors().as_data()
    ]
    for field in form:
        if field.name in unlisted:
            continue
        if field.is_hidden:
            items.extend({"message": error, "anchor": None} for error in field.errors)
            continue
        anchor = f"{field.auto_id}_0" if field.widget_type in GROUP_WIDGETS else field.auto_id
        items.extend({"message": error, "anchor": anchor, "label": field.label} for error in field.errors)
    return items


@register.inclusion_tag("core/forms/error_summary.html")
def error_summary(form):
    """The error summary at the top of a form's page; see the module docstring."""
    return {"items": error_items(form)}


@register.simple_tag(takes_context=True)
def error_count_title(context, form):
    """The start of the page's title after a failed submit ("2 errors – "), else nothing.

    A rate-limited form shows one reason instead of its errors (workflows/includes/form.html).
    """
    count = 1 if context.get("rate_limited") else len(error_items(form))
    if not count:
        return ""
    return ngettext("%(count)s error", "%(count)s errors", count) % {"count": count} + " – "


@register.filter
def is_honeypot(field):
    """Whether `field` is the spam trap that a public form's template hides from people (core.spam)."""
    return field.name == HONEYPOT_FIELD
