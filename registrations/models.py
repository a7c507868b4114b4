"""Sign-ups: a reader's registration for an event (or one of its dates), or their interest in a volunteer task
or a job.

One model for both, since they are the same engine: a form built from the
organiser's questions, a place count decided under a row lock
(registrations.services), mail to the participant and the organiser, the
organiser's list in the admin, and anonymisation after the retention period
(registrations.privacy).
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from organisations.fields import organisation_foreign_key


class Registration(models.Model):
    """One sign-up: who, for what (the original listing, and a date of a series), how many places, in which state.

    It always points at the listing's original row, whichever language the
    reader signed up in, so that every translation shares one place count.
    """

    class Kind(models.TextChoices):
        REGISTRATION = "registration", _("Registration")
        INTEREST = "interest", _("Expression of interest")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.REGISTRATION)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.BigIntegerField(_("listing"))
    listing = GenericForeignKey("content_type", "object_id")
    # A further date of a series signed up for date by date; empty for the first date or the whole series.
    # Deleting a date deletes its sign-ups: the organiser removes a date only when it is called off.
    date = models.ForeignKey(
        "listings.EventDate",
        verbose_name=_("date"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    # Copied from the listing when signing up, so that the admin scopes rows by plain columns.
    organisation = organisation_foreign_key(models.SET_NULL, null=True)
    region = models.ForeignKey("regions.Region", verbose_name=_("region"), null=True, on_delete=models.SET_NULL)

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    name = models.CharField(_("name"), max_length=200, blank=True)
    guardian_name = models.CharField(_("guardian's name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    message = models.TextField(_("message"), blank=True)
    #: [{"id": question block id, "question": label, "kind": QuestionBlock kind, "answer": text or [choices]}]
    answers = models.JSONField(_("answers"), default=list, blank=True)
    language = models.CharField(_("language"), max_length=5, default="fi")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    # The sign-up form's own key: the same form sent twice (a double click, a reload) is one sign-up.
    idempotency_key = models.UUIDField(_("form key"), default=uuid.uuid4, unique=True, editable=False)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    added_by_organiser = models.BooleanField(_("added by the organiser"), default=False)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id", "status", "date"], name="registrations_count"),
        ]

    def __str__(self):
        # No name: admin log entries keep an object's label, and the purge must leave no personal data behind.
        return f"{self._meta.verbose_name} #{self.pk}"

    @property
    def is_interest(self):
        return self.kind == self.Kind.INTEREST

    def set_status(self, status):
        self.status = status
        self.status_changed_at = timezone.now()
