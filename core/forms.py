"""What every form of the service shares: one-line fields stay on one line."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: C0 and C1 control characters and Unicode's line and paragraph separators.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def validate_single_line(value):
    """Refuse line breaks and other control characters in a one-line value.

    A title with a line break would break the subject line of every mail that
    names it (Django refuses such headers), so coordinators would not be told.
    """
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise ValidationError(
            _("Write this on one line, without line breaks, tabs or other control characters."),
            code="control_characters",
        )


def is_single_line(field):
    """A text field typed on one line: not a text area, not hidden (rich text travels hidden), not a password."""
    return isinstance(field, forms.CharField) and not isinstance(
        field.widget, (forms.Textarea, forms.HiddenInput, forms.PasswordInput)
    )


class SingleLineFieldsMixin:
    """Give every one-line text field of the form `validate_single_line`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if is_single_line(field) and validate_single_line not in field.validators:
                field.validators.append(validate_single_line)
