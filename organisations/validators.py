"""Validation of Finnish business IDs (Y-tunnus)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
BUSINESS_ID_PATTERN = re.compile(r"^(\d{6,7})-(\d)$")


def business_id_check_digit(digits):
    """The check digit for seven digits, or None when no check digit can exist.

    A weighted sum leaving remainder 1 has no valid check digit; the Finnish
    Patent and Registration Office never issues such numbers.
    """
    remainder = sum(int(digit) * weight for digit, weight in zip(digits, BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def normalise_business_id(value):
    """A business ID in its canonical seven-digit form "1234567-1".

    Older IDs have six digits before the dash; they are padded with a leading
    zero, as the registry itself does. Raises ValidationError for anything
    that is not a valid business ID.
    """
    cleaned = (value or "").strip().replace("\u2010", "-").replace("\u2013", "-")
    match = BUSINESS_ID_PATTERN.match(cleaned)
    if not match:
        raise ValidationError(
            _("Enter a business ID in the form 1234567-1."),
            code="invalid_format",
        )
    digits, check = match.groups()
    digits = digits.zfill(7)
    expected = business_id_check_digit(digits)
    if expected is None or expected != int(check):
        raise ValidationError(
            _("%(value)s is not a valid business ID: its check digit does not match. Check the number."),
            code="invalid_check_digit",
            params={"value": cleaned},
        )
    return f"{digits}-{check}"


def validate_business_id(value):
    normalise_business_id(value)


#: A web address inside a name: a scheme, "www." or a host name ending in a common top-level domain.
WEB_ADDRESS = re.compile(r"://|\bwww\.|\b[\w-]+\.(?:fi|ax|se|eu|com|net|org|info|io|biz|app|xyz|ru)\b", re.IGNORECASE)


def validate_organisation_name(value):
    """An organisation's name carries no web address: it goes into the subject and text of invitation mails."""
    if WEB_ADDRESS.search(value or ""):
        raise ValidationError(
            _("Write the name without a web address. The website has a field of its own."),
            code="web_address",
        )
