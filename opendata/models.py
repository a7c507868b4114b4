"""Calendars that organisations keep elsewhere, imported as their events (opendata.calendar_import)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import detachable_foreign_key
from organisations.fields import organisation_foreign_key


class CalendarFeed(models.Model):
    """An organisation's iCalendar address whose events are imported on a schedule, with its last import's state.

    The organisation's members or its region's coordinators give it in the
    admin; `manage.py import_calendars` (a scheduled job) reads it.
    """

    organisation = organisation_foreign_key(models.CASCADE, related_name="calendar_feeds")
    url = models.URLField(
        _("calendar address"),
        max_length=500,
        help_text=_("The iCalendar (.ics) address of the calendar, starting with https://."),
    )
    municipality = detachable_foreign_key(
        "regions.Municipality",
        _("default municipality"),
        related_name="+",
        help_text=_("For events whose place names no municipality. Empty: the organisation's home municipality."),
    )
    active = models.BooleanField(_("import events"), default=True)
    last_checked_at = models.DateTimeField(_("last checked"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("last imported"), null=True, blank=True, editable=False)
    last_error = models.CharField(_("last error"), max_length=500, blank=True, editable=False)

    class Meta:
        verbose_name = _("calendar import")
        verbose_name_plural = _("calendar imports")
        ordering = ["organisation__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "url"], name="unique_calendar_feed_per_organisation")
        ]

    def __str__(self):
        return f"{self.organisation}: {self.url}"


class ImportedEvent(models.Model):
    """Which event a calendar entry (its UID) became, and a fingerprint of what was imported last time.

    The fingerprint tells a changed entry from an unchanged one, so that an
    import run twice saves nothing the second time. An event the organisation
    deleted by hand leaves the record without an event, and the entry is not
    imported again.
    """

    feed = models.ForeignKey(CalendarFeed, on_delete=models.CASCADE, related_name="entries")
    uid = models.CharField(_("identifier in the calendar"), max_length=500)
    event = models.ForeignKey(
        "listings.Event", verbose_name=_("event"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    fingerprint = models.CharField(max_length=64)
    imported_at = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        verbose_name = _("imported calendar entry")
        verbose_name_plural = _("imported calendar entries")
        constraints = [models.UniqueConstraint(fields=["feed", "uid"], name="unique_imported_event_per_feed")]

    def __str__(self):
        return self.uid
