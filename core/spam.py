"""Spam defence for the public forms, with no third-party service.

Three layers: a honeypot field that people never see (a bot that fills it
is answered as if it had succeeded, so it learns nothing), a minimum time
between showing the form and sending it (a signed timestamp, so it cannot be
forged), and a rate limit per client address (django-ratelimit, counted in
the shared cache).
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from core.forms import SingleLineFieldsMixin

HONEYPOT_FIELD = "homepage"
STARTED_FIELD = "started"
# The names keep the first app that used them, so that forms already open in browsers stay valid.
SALT = "workflows.public-form"


def min_fill_seconds():
    return getattr(settings, "WORKFLOWS_MIN_FILL_SECONDS", 3)


def max_form_age_seconds():
    return getattr(settings, "WORKFLOWS_MAX_FORM_AGE_SECONDS", 2 * 24 * 60 * 60)


def rate():
    return getattr(settings, "WORKFLOWS_RATE_LIMIT", "5/10m")


def new_token():
    return signing.dumps({"t": time.time()}, salt=SALT)


def is_rate_limited(request, group):
    """Count this POST against the client's address; True once it is over the limit.

    django-ratelimit's app is deliberately not installed: its system check
    rejects the per-process cache of development, and the limiter itself
    works with any cache (production uses the shared Redis cache).
    """
    return is_ratelimited(request, group=f"workflows:{group}", key="ip", rate=rate(), method="POST", increment=True)


def honeypot_filled(data):
    return bool((data.get(HONEYPOT_FIELD) or "").strip())


class SpamProtectedForm(SingleLineFieldsMixin, forms.Form):
    """A form with the honeypot and the signed start time. Mix it in before the form's own base."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput, max_length=500)

    protection_fields = (HONEYPOT_FIELD, STARTED_FIELD)
    #: Errors about the sending, not about an answer: shown next to the submit button (core.templatetags.forms).
    submit_error_codes = ("too_fast", "expired")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[STARTED_FIELD].initial = new_token()

    def _renew_token(self):
        # The page is shown again with everything typed kept; only the start
        # time is replaced, so that sending it once more works.
        self.data = self.data.copy()
        self.data[self.add_prefix(STARTED_FIELD)] = new_token()

    def clean(self):
        cleaned = super().clean()
        token = cleaned.get(STARTED_FIELD) or ""
        try:
            started = float(signing.loads(token, salt=SALT, max_age=max_form_age_seconds())["t"])
            if time.time() - started > max_form_age_seconds():
                raise signing.SignatureExpired
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            self._renew_token()
            raise forms.ValidationError(
                _(
                    "The form had been open too long or could not be checked. Everything you typed is kept below: "
                    "please send it again."
                ),
                code="expired",
            ) from None
        if time.time() - started < min_fill_seconds():
            # A browser that fills the form in for the person can send it this fast too. The start
            # time is kept, not renewed: by the time they have read this, sending again passes.
            raise forms.ValidationError(
                _(
                    "The form was sent only a moment after the page opened, as automated spam is, so it was not "
                    "sent yet. Everything you typed is kept: check it and send the form again."
                ),
                code="too_fast",
            )
        return cleaned

    def public_data(self):
        """The cleaned data without the protection fields."""
        return {key: value for key, value in self.cleaned_data.items() if key not in self.protection_fields}
