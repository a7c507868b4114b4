"""Form widgets that write their HTML directly instead of through Django's widget templates.

Every section page renders its filter form on every request: with the
template-based widgets, one `<option>` or radio button is one template
render, and the form alone cost about 7 ms of a list page. These produce the
same markup as Django's own widgets (same attributes, same order) from
Python strings.
"""

from django import forms
from django.utils.html import escape
from django.utils.safestring import mark_safe


def _attrs(attrs):
    """` name="value"` pairs like Django's attrs.html: True gives a bare attribute, False leaves it out."""
    parts = []
    for name, value in attrs.items():
        if value is True:
            parts.append(f" {name}")
        elif value is not False and value is not None:
            parts.append(f' {name}="{escape(value)}"')
    return "".join(parts)


class DirectInputMixin:
    """`<input>` for text-like inputs and checkboxes, without a template."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        value_attr = f' value="{escape(widget["value"])}"' if widget["value"] is not None else ""
        return mark_safe(f'<input type="{widget["type"]}" name="{escape(name)}"{value_attr}{_attrs(widget["attrs"])}>')


class TextInput(DirectInputMixin, forms.TextInput):
    pass


class DateInput(DirectInputMixin, forms.DateInput):
    input_type = "date"

    def format_value(self, value):
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value


class CheckboxInput(DirectInputMixin, forms.CheckboxInput):
    pass


class Select(forms.Select):
    """A single-choice `<select>` without option groups."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = set(self.format_value(value))
        options = "".join(
            f'<option value="{escape(option)}"{" selected" if str(option) in selected else ""}>{escape(label)}</option>'
            for option, label in self.choices
        )
        return mark_safe(f'<select name="{escape(name)}"{_attrs(attrs)}>{options}</select>')


class _ChoiceInputs:
    """Radio buttons or checkboxes, each in `<div class="field__choice">` with its label after it (the filter
    forms' layout); the template wraps them in a fieldset whose legend is the field's label."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        base_id = attrs.pop("id", None)
        selected = set(self.format_value(value))
        choices = []
        for index, (option, label) in enumerate(self.choices):
            option_id = f"{base_id}_{index}" if base_id else ""
            id_attr = f' id="{escape(option_id)}"' if option_id else ""
            checked = " checked" if str(option) in selected else ""
            label_for = f' for="{escape(option_id)}"' if option_id else ""
            choices.append(
                f'<div class="field__choice"><input type="{self.input_type}" name="{escape(name)}"'
                f' value="{escape(option)}"{_attrs(attrs)}{id_attr}{checked}>'
                f"<label{label_for}>{escape(label)}</label></div>"
            )
        return mark_safe("".join(choices))


class RadioChoices(_ChoiceInputs, forms.RadioSelect):
    pass


class CheckboxChoices(_ChoiceInputs, forms.CheckboxSelectMultiple):
    pass
