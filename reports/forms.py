"""The statistics' period form, the activity record's admin form and the month's quick entry."""

import calendar
import datetime

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.forms import SingleLineFieldsMixin
from organisations.permissions import organisations_for

from .models import MAX_COUNT, ActivityRecord, check_counts, recorded_models
from .statistics import Period

#: A longer period makes the monthly tables unreadable; a longer report is several reports.
MAX_PERIOD_DAYS = 366 * 5
EARLIEST_YEAR = 2000


class PeriodForm(forms.Form):
    """A season: the current calendar year unless another span is chosen."""

    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is None and end is None:
            return cleaned
        if start is None or end is None:
            raise ValidationError(_("Give both the first and the last day of the period, or neither."))
        if end < start:
            raise ValidationError(_("The period ends before it starts. Check the dates."))
        if start.year < EARLIEST_YEAR or end.year > timezone.localdate().year + 1:
            raise ValidationError(
                _("Choose a period between %(first)s and the end of next year.") % {"first": EARLIEST_YEAR}
            )
        if (end - start).days > MAX_PERIOD_DAYS:
            raise ValidationError(_("Choose a period of at most five years."))
        return cleaned

    def period(self):
        """The chosen period, or the current season when none (or an invalid one) was given."""
        if self.is_valid() and self.cleaned_data.get("start"):
            return Period(self.cleaned_data["start"], self.cleaned_data["end"])
        return Period.current()


def listing_choices(user, organisation_ids=None):
    """[(type name, [(value, label)])]: the original listings of the recorded types that the user may record for.

    A value is "<content type id>:<listing id>".
    """
    organisations = organisations_for(user)
    if organisation_ids is not None:
        organisations = organisations.filter(pk__in=organisation_ids)
    organisation_ids = organisations.values("pk")
    models = recorded_models()
    content_types = ContentType.objects.get_for_models(*models)
    groups = []
    for model in models:
        rows = (
            model._default_manager.filter(organisation_id__in=organisation_ids, is_translation_row=False)
            .order_by("organisation__name", "title")
            .values_list("pk", "title", "organisation__name")
        )
        options = [(f"{content_types[model].pk}:{pk}", f"{title} ({organisation})") for pk, title, organisation in rows]
        if options:
            groups.append((str(model._meta.verbose_name_plural).capitalize(), options))
    return groups


def resolve_listing(value, user):
    """The listing a choice value names, if the user may record for it, else None."""
    try:
        content_type_id, pk = (int(part) for part in str(value).split(":"))
    except ValueError:
        return None
    content_type = ContentType.objects.filter(pk=content_type_id).first()
    model = content_type.model_class() if content_type else None
    if model not in recorded_models():
        return None
    return (
        model._default_manager.filter(
            pk=pk, is_translation_row=False, organisation_id__in=organisations_for(user).values("pk")
        )
        .select_related("organisation")
        .first()
    )


class ListingChoiceMixin:
    """A `listing` choice of the user's recordable listings, resolved to the listing in `cleaned_data`."""

    def setup_listing_field(self, user, initial=None):
        self.user = user
        field = self.fields["activity"]
        field.choices = [("", "---------"), *listing_choices(user)]
        if initial:
            field.initial = initial

    def clean_activity(self):
        listing = resolve_listing(self.cleaned_data.get("activity"), self.user)
        if listing is None:
            raise ValidationError(_("Choose one of your organisations' listings."))
        return listing


class ActivityRecordForm(ListingChoiceMixin, SingleLineFieldsMixin, WagtailAdminModelForm):
    """A record in the admin: the listing is chosen from the user's own, the organisation follows from it."""

    activity = forms.ChoiceField(
        label=_("Activity, event, project or volunteer task"),
        help_text=_("Sign-ups made on this site are counted automatically; record the rest here."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        initial = None
        if self.instance.pk:
            initial = f"{self.instance.content_type_id}:{self.instance.object_id}"
        self.setup_listing_field(self.for_user, initial)
        self.fields["volunteer_hours"].widget.attrs.setdefault("step", "0.5")

    def clean(self):
        cleaned = super().clean()
        listing = cleaned.get("activity")
        if listing is not None:
            self.instance.organisation = listing.organisation
            self.instance.content_type = ContentType.objects.get_for_model(type(listing))
            self.instance.object_id = listing.pk
        return cleaned


def _weekday_choices():
    return [("", _("Any day"))] + [(str(number), name) for number, name in enumerate(WEEKDAYS)]


WEEKDAYS = [_("Mondays"), _("Tuesdays"), _("Wednesdays"), _("Thursdays"), _("Fridays"), _("Saturdays"), _("Sundays")]


class MonthChoiceForm(ListingChoiceMixin, forms.Form):
    """Step one of the quick entry: which recurring activity, which month, on which weekday it meets."""

    activity = forms.ChoiceField(label=_("Activity, event, project or volunteer task"))
    month = forms.CharField(
        label=_("Month"),
        widget=forms.DateInput(attrs={"type": "month"}),
        help_text=_("For example 2026-03."),
    )
    weekday = forms.ChoiceField(
        label=_("Meets on"),
        required=False,
        choices=_weekday_choices,
        help_text=_("A row is offered for every such day of the month; leave the rows of missed sessions empty."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_listing_field(user)

    def clean_month(self):
        value = self.cleaned_data["month"].strip()
        try:
            month = datetime.datetime.strptime(value, "%Y-%m").date()
        except ValueError:
            raise ValidationError(_("Give the month as year and month, for example 2026-03.")) from None
        if month.year < 2000 or month > timezone.localdate().replace(day=1) + datetime.timedelta(days=366):
            raise ValidationError(_("Choose a month between the year 2000 and next year."))
        return month

    def session_dates(self):
        month = self.cleaned_data["month"]
        days = calendar.monthrange(month.year, month.month)[1]
        dates = [month.replace(day=day) for day in range(1, days + 1)]
        weekday = self.cleaned_data.get("weekday")
        if weekday not in (None, ""):
            dates = [date for date in dates if date.weekday() == int(weekday)]
        return dates


class SessionForm(forms.Form):
    """One session's row of the quick entry; a row without participants is a session that did not take place."""

    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    participants = forms.IntegerField(label=_("Participants"), required=False, min_value=0, max_value=MAX_COUNT)
    new_participants = forms.IntegerField(label=_("New participants"), required=False, min_value=0, max_value=MAX_COUNT)
    volunteers = forms.IntegerField(label=_("Volunteers"), required=False, min_value=0, max_value=MAX_COUNT)
    volunteer_hours = forms.DecimalField(
        label=_("Volunteer hours"), required=False, min_value=0, max_value=MAX_COUNT, decimal_places=1, max_digits=8
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=300)

    def __init__(self, *args, month=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.month = month

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        date = cleaned.get("date")
        if self.month and date and (date.year, date.month) != (self.month.year, self.month.month):
            self.add_error("date", _("This date is not in the month being entered."))
        if cleaned.get("participants") is None:
            if any(cleaned.get(name) for name in ("new_participants", "volunteers", "volunteer_hours", "note")):
                self.add_error("participants", _("Give the number of participants, or leave the whole row empty."))
            return cleaned
        try:
            check_counts(
                cleaned["participants"],
                [],
                cleaned.get("new_participants"),
                cleaned.get("volunteers") or 0,
                cleaned.get("volunteer_hours") or 0,
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                for message in messages:
                    self.add_error(name, message)
        return cleaned

    @property
    def is_session(self):
        return self.cleaned_data.get("participants") is not None


class BaseSessionFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        dates = [form.cleaned_data["date"] for form in self.forms if form.cleaned_data and form.is_session]
        if len(dates) != len(set(dates)):
            raise ValidationError(_("Two rows have the same date. Give each session once."))


SessionFormSet = forms.formset_factory(SessionForm, formset=BaseSessionFormSet, extra=0, max_num=31, validate_max=True)


def save_sessions(listing, forms_):
    """Create or update one record per filled row; a date already recorded for the listing is updated, not doubled."""
    content_type = ContentType.objects.get_for_model(type(listing))
    saved = 0
    for form in forms_:
        if not form.cleaned_data or not form.is_session:
            continue
        data = form.cleaned_data
        values = {
            "organisation": listing.organisation,
            "participants": data["participants"],
            "new_participants": data.get("new_participants"),
            "volunteers": data.get("volunteers") or 0,
            "volunteer_hours": data.get("volunteer_hours") or 0,
            "note": data.get("note") or "",
        }
        # The first record of the date, if any: a single record entered for that day may already exist.
        record = (
            ActivityRecord.objects.filter(content_type=content_type, object_id=listing.pk, date=data["date"])
            .order_by("pk")
            .first()
        )
        if record is None:
            record = ActivityRecord(content_type=content_type, object_id=listing.pk, date=data["date"])
        for name, value in values.items():
            setattr(record, name, value)
        record.save()
        saved += 1
    return saved
