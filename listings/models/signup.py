"""The sign-up settings of the listing types that take sign-ups through the service (registrations app)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField

from ..blocks import question_blocks


class SignUpSettings(models.Model):
    """What a listing that takes sign-ups through the service shares: its form's questions, privacy text and
    the address that receives messages. The registrations app takes the sign-ups; these are the organiser's
    settings, edited with the listing."""

    signup_opens_at = models.DateTimeField(
        _("sign-up opens"), null=True, blank=True, help_text=_("Leave empty to take sign-ups from publication.")
    )
    signup_questions = StreamField(
        question_blocks(),
        verbose_name=_("extra questions"),
        blank=True,
        help_text=_("Questions the sign-up form asks besides name, e-mail address and phone number."),
    )
    signup_privacy = models.TextField(
        _("privacy text"),
        blank=True,
        help_text=_("What you do with the participants' details. Shown beside the consent on the form."),
    )
    signup_contact_email = models.EmailField(
        _("e-mail address for sign-ups"),
        blank=True,
        help_text=_("Receives the sign-ups and the participants' replies. Defaults to the contact e-mail address."),
    )

    class Meta:
        abstract = True

    @property
    def signup_recipient(self):
        """Who receives messages about sign-ups: the address given for them, else the listing's contact."""
        return self.signup_contact_email or self.contact_email or getattr(self.organisation, "email", "")


class InterestSettings(SignUpSettings):
    """A listing readers can say "I'm interested" in through the service (volunteer tasks, jobs)."""

    takes_interest = models.BooleanField(
        _("take expressions of interest on this site"),
        default=False,
        help_text=_("Readers send their contact details and a message through an “I'm interested” form."),
    )
    capacity = models.PositiveIntegerField(
        _("number of people wanted"),
        null=True,
        blank=True,
        help_text=_("The form closes when this many have said they are interested. Leave empty for no limit."),
    )

    class Meta:
        abstract = True
