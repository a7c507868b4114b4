from django.db import models
from django.utils.translation import gettext_lazy as _

from organisations.fields import organisation_foreign_key


class FreshnessReminder(models.Model):
    """A freshness reminder that has been sent, so that it is never sent twice (listings/reminders.py).

    `key` names the reminder: a listing and the end of its visibility, or an
    organisation and the last time it published. A new deadline (the listing
    extended, something published since) is a new reminder.
    """

    class Kind(models.TextChoices):
        EXPIRING = "expiring", _("Listing about to expire")
        QUIET = "quiet", _("Nothing published for a long time")

    key = models.CharField(_("key"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    organisation = organisation_foreign_key(models.CASCADE, related_name="+")
    deadline = models.DateTimeField(_("deadline"))
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("freshness reminder")
        verbose_name_plural = _("freshness reminders")

    def __str__(self):
        return self.key
