"""Activity records: what an organisation's activities, events, projects and volunteer tasks achieved, by date.

Counts only, never people: a record says how many took part (optionally by
age group, and how many were new), how many volunteered and for how many
hours, with a short note. Sign-ups made on the site are not recorded here;
the statistics count them from the registrations app.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import Timestamped
from core.ordering import newest_first
from listings.registry import TYPES
from organisations.fields import organisation_foreign_key

#: The listing types records are kept for, by registry key.
RECORDED_TYPE_KEYS = ("activities", "events", "projects", "volunteering")

#: The age groups of a record: (field name, label).
AGE_GROUPS = (
    ("age_under_18", _("Under 18")),
    ("age_18_29", _("18–29")),
    ("age_30_64", _("30–64")),
    ("age_65_plus", _("65 and over")),
)

#: Large enough for any real gathering, small enough to catch a typing slip of several extra digits.
MAX_COUNT = 100_000


def recorded_types():
    """The registry records of the types records are kept for, in the registry's order."""
    return tuple(record for record in TYPES if record.key in RECORDED_TYPE_KEYS)


def recorded_models():
    return tuple(record.model_class() for record in recorded_types())


def _count_field(label, null=False, help_text=""):
    return models.PositiveIntegerField(
        label,
        null=null,
        blank=null,
        default=None if null else 0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=help_text,
    )


class ActivityRecordQuerySet(models.QuerySet):
    def between(self, start, end):
        """Records dated from `start` to `end`, both included."""
        return self.filter(date__gte=start, date__lte=end)


class ActivityRecord(Timestamped):
    """One dated entry of what a listing's activity achieved: a session, a day of an event, a work shift.

    It points at the listing's original row (never a translation), so that a
    listing's records are one series whichever language it was entered in.
    """

    organisation = organisation_foreign_key(models.CASCADE, related_name="activity_records")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField(_("listing"))
    listing = GenericForeignKey("content_type", "object_id")
    date = models.DateField(_("date"), default=timezone.localdate)
    participants = _count_field(_("participants"))
    age_under_18 = _count_field(_("under 18"), null=True)
    age_18_29 = _count_field(_("18–29"), null=True)
    age_30_64 = _count_field(_("30–64"), null=True)
    age_65_plus = _count_field(_("65 and over"), null=True)
    new_participants = _count_field(_("new participants"), null=True, help_text=_("How many came for the first time."))
    volunteers = _count_field(_("volunteers"))
    volunteer_hours = models.DecimalField(
        _("volunteer hours"),
        max_digits=8,
        decimal_places=1,
        default=0,
        validators=[MaxValueValidator(MAX_COUNT)],
        help_text=_("All volunteers' hours together."),
    )
    note = models.CharField(
        _("note"), max_length=300, blank=True, help_text=_("A few words for the annual report. No names of people.")
    )

    objects = ActivityRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("activity record")
        verbose_name_plural = _("activity records")
        ordering = newest_first("date")
        indexes = [
            models.Index(fields=["organisation", "date"], name="reports_record_org_date"),
            models.Index(fields=["content_type", "object_id", "date"], name="reports_record_listing"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(volunteer_hours__gte=0), name="reports_record_hours_positive"),
        ]

    def __str__(self):
        return f"{self.date:%d.%m.%Y}: {self.listing_title}"

    @property
    def listing_title(self):
        listing = self.listing
        return listing.title if listing is not None else "–"

    def age_group_values(self):
        return [getattr(self, name) for name, _label in AGE_GROUPS]

    def clean(self):
        super().clean()
        check_counts(
            self.participants,
            self.age_group_values(),
            self.new_participants,
            self.volunteers,
            self.volunteer_hours,
        )


def check_counts(participants, age_groups, new_participants, volunteers, hours):
    """The rules every record keeps, for the model and the month form alike; raises ValidationError."""
    errors = {}
    given = [value for value in age_groups if value is not None]
    if participants is not None and given and sum(given) > participants:
        errors["participants"] = _("The age groups add up to more than the participants.")
    if participants is not None and new_participants is not None and new_participants > participants:
        errors["new_participants"] = _("There cannot be more new participants than participants.")
    if hours and not volunteers:
        errors["volunteers"] = _("Give the number of volunteers who did these hours.")
    if errors:
        raise ValidationError(errors)
