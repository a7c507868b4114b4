"""The filter forms of the public section pages.

Plain GET forms: the state lives in the query string, nothing needs
JavaScript, and a value that does not validate (a municipality outside the
region, a date that is not a date) is ignored with a message instead of
failing the page. Choices are plain values (codes, slugs), so validating
them costs no query; the lists of choices are kept in each process's cached
site data (regions/cache.py) and dropped when the topics, audiences or a
region's coverage change.
"""

import datetime

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from core.translation import active_language
from home.search import MAX_QUERY_LENGTH, clean_query, matching
from organisations.models import Organisation
from regions import cache
from regions.forms import MunicipalityChoiceField
from regions.models import Municipality
from topics.models import Audience, Topic

from .models import AccessibilityFeature, Job
from .widgets import CheckboxChoices, CheckboxInput, DateInput, RadioChoices, Select, TextInput

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"]
#: The dates a list can be filtered by; beyond them the date arithmetic of a filter would overflow.
FIRST_FILTER_DATE = datetime.date(2000, 1, 1)
LAST_FILTER_DATE = datetime.date(2199, 12, 31)


class FilterDateField(forms.DateField):
    """A date filter that refuses, with a message, a year no listing can have (9999-12-31 would overflow)."""

    widget = DateInput

    def __init__(self, **kwargs):
        super().__init__(required=False, input_formats=DATE_INPUT_FORMATS, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not FIRST_FILTER_DATE <= value <= LAST_FILTER_DATE:
            raise forms.ValidationError(
                _("Give a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": FIRST_FILTER_DATE.year, "last": LAST_FILTER_DATE.year},
            )


# -- cached choice lists ------------------------------------------------------


def _cached(scope, key, build):
    """A choice list, built once per process and version of the site's (or the network's) data.

    Saving a topic, an audience or a municipality changes every version
    (listings/invalidation.py); a region or its coverage, its site's
    (regions/signals.py).
    """
    return cache.remember(scope, ("filter-choices", key, active_language()), build)


def _pks(model, field):
    """{value of `field`: primary key} of every row of `model`, kept like the choice lists.

    The filters name municipalities by code and topics by slug; with their keys
    known, a filter reads only the listings' link tables, and the database
    plans a simpler query than one joining the named table.
    """
    return cache.remember(
        cache.NETWORK, ("filter-keys", model._meta.label), lambda: dict(model.objects.values_list(field, "pk"))
    )


def _chosen(model, field, value):
    """The row named by a filter's value, as its primary key (a queryset when it is not among the kept keys)."""
    pk = _pks(model, field).get(value)
    return [pk] if pk is not None else model.objects.filter(**{field: value})


def municipality_choices(region):
    """(code, name) of the municipalities the region covers, in the reader's language."""
    if region is None:
        return []
    return _cached(
        region.site_id,
        f"municipalities:{region.pk}",
        lambda: MunicipalityChoiceField.code_choices(region.covered_municipalities()),
    )


def _translated_choices(model):
    field = {"sv": "name_sv", "en": "name_en"}.get(active_language())

    def build():
        return [
            (slug, (names.get(field) or names["name"]) if field else names["name"])
            for slug, names in (
                (row["slug"], row)
                for row in model.objects.order_by(*model._meta.ordering).values("slug", "name", "name_sv", "name_en")
            )
        ]

    return _cached(cache.NETWORK, model._meta.model_name, build)


def accessibility_choices():
    return _translated_choices(AccessibilityFeature)


def topic_choices():
    return _translated_choices(Topic)


def audience_choices():
    return _translated_choices(Audience)


# -- forms ----------------------------------------------------------------------


class ListingFilterForm(forms.Form):
    """Municipality, topic, audience and free text: what every section page filters by."""

    q = forms.CharField(label=_("Search words"), required=False, max_length=MAX_QUERY_LENGTH, widget=TextInput)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False, widget=Select)
    topic = forms.ChoiceField(label=_("Topic"), required=False, widget=Select)
    audience = forms.ChoiceField(label=_("For whom"), required=False, widget=Select)
    # One organisation's listings (its feeds and embeds); kept as a hidden field while other filters change.
    organisation = forms.IntegerField(
        label=_("Organisation"), required=False, min_value=1, max_value=2**31 - 1, widget=forms.HiddenInput
    )

    #: Fields whose values narrow the list (everything but the page number).
    filter_fields = ("q", "municipality", "topic", "audience", "organisation")

    def __init__(self, data=None, *, region=None, **kwargs):
        super().__init__(data, **kwargs)
        self.region = region
        self.fields["municipality"].choices = [("", _("All municipalities")), *municipality_choices(region)]
        if "topic" in self.fields:
            self.fields["topic"].choices = [("", _("All topics")), *topic_choices()]
        if "audience" in self.fields:
            self.fields["audience"].choices = [("", _("All audiences")), *audience_choices()]

    def clean_q(self):
        return clean_query(self.cleaned_data.get("q", ""))

    def values(self):
        """The valid filter values; an invalid field is simply left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "", False, [])}

    def is_filtered(self):
        return bool(self.values())

    def was_submitted(self):
        """True when the address carries the form's fields: the reader has just sent it (or followed such a link)."""
        return any(name in self.data for name in self.filter_fields)

    def active_filters(self):
        """The valid filter values as readers know them (choice labels, dates as written), for the page title."""
        labels = []
        for name, value in self.values().items():
            field = self.fields[name]
            if name == "organisation":
                labels.append(Organisation.objects.filter(pk=value).values_list("name", flat=True).first() or "–")
            elif isinstance(value, bool):
                labels.append(str(field.label))
            elif isinstance(value, datetime.date):
                labels.append(f"{field.label} {formats.date_format(value, 'SHORT_DATE_FORMAT')}")
            elif isinstance(value, list):
                names = dict(field.choices)
                labels.extend(str(names.get(item, item)) for item in value)
            elif getattr(field, "choices", None):
                labels.append(str(dict(field.choices).get(value, value)))
            else:
                labels.append(f"“{value}”")
        return labels

    def ignored(self):
        """One message per ignored filter, naming the field and why."""
        self.is_valid()
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else name
            for error in errors:
                messages.append(_("The filter “%(label)s” was ignored: %(error)s") % {"label": label, "error": error})
        return messages

    def apply(self, queryset):
        """The queryset narrowed by the valid filters; search results when there are search words."""
        values = self.values()
        queryset = self.filter_queryset(queryset, values)
        if values.get("q"):
            # Keep the list's own order (dates, names): readers scan a section chronologically.
            return matching(queryset, values["q"])
        return queryset

    def filter_queryset(self, queryset, values):
        if values.get("municipality"):
            queryset = queryset.in_municipalities(_chosen(Municipality, "code", values["municipality"]))
        if values.get("topic"):
            queryset = queryset.with_topics(_chosen(Topic, "slug", values["topic"]))
        if values.get("audience"):
            queryset = queryset.for_audiences(_chosen(Audience, "slug", values["audience"]))
        if values.get("organisation"):
            queryset = queryset.filter(organisation=values["organisation"])
        return queryset


class EventFilterForm(ListingFilterForm):
    """The common filters plus dates, quick date ranges, free of charge and online."""

    WHEN_CHOICES = [
        ("", _("Any time")),
        ("today", _("Today")),
        ("week", _("This week")),
        ("month", _("This month")),
    ]

    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN_CHOICES, widget=RadioChoices)
    date_from = FilterDateField(label=_("From date"))
    date_to = FilterDateField(label=_("To date"))
    free = forms.BooleanField(label=_("Free of charge"), required=False, widget=CheckboxInput)
    online = forms.BooleanField(label=_("Online"), required=False, widget=CheckboxInput)

    filter_fields = (*ListingFilterForm.filter_fields, "when", "date_from", "date_to", "free", "online")

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("The end date is before the start date."))
        return cleaned

    @staticmethod
    def quick_range(when, today):
        """(first day, last day) of today / this week (to Sunday) / this month."""
        if when == "today":
            return today, today
        if when == "week":
            return today, today + datetime.timedelta(days=6 - today.weekday())
        if when == "month":
            next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            return today, next_month - datetime.timedelta(days=1)
        return None, None

    def filter_queryset(self, queryset, values):
        queryset = super().filter_queryset(queryset, values)
        if values.get("when"):
            first, last = self.quick_range(values["when"], timezone.localdate())
            queryset = queryset.overlapping(_day_start(first), _day_start(last + datetime.timedelta(days=1)))
        if values.get("date_from") or values.get("date_to"):
            start = _day_start(values["date_from"]) if values.get("date_from") else None
            end = _day_start(values["date_to"] + datetime.timedelta(days=1)) if values.get("date_to") else None
            queryset = queryset.overlapping(start or timezone.now(), end or _far_future())
        if values.get("free"):
            queryset = queryset.filter(is_free=True)
        if values.get("online"):
            queryset = queryset.filter(is_online=True)
        return queryset


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _far_future():
    return timezone.now() + datetime.timedelta(days=365 * 100)


class JobFilterForm(ListingFilterForm):
    """The common filters plus the kind of position."""

    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Job.Kind.choices], widget=Select
    )

    filter_fields = (*ListingFilterForm.filter_fields, "kind")

    def filter_queryset(self, queryset, values):
        queryset = super().filter_queryset(queryset, values)
        if values.get("kind"):
            queryset = queryset.filter(kind=values["kind"])
        return queryset


class SpaceFilterForm(ListingFilterForm):
    """The common filters plus accessibility features (every one chosen) and room for a number of people."""

    accessibility = forms.MultipleChoiceField(label=_("Accessibility"), required=False, widget=CheckboxChoices)
    capacity = forms.IntegerField(
        label=_("Room for at least (people)"), required=False, min_value=1, max_value=100_000, widget=TextInput
    )

    filter_fields = (*ListingFilterForm.filter_fields, "accessibility", "capacity")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accessibility"].choices = accessibility_choices()

    def filter_queryset(self, queryset, values):
        queryset = super().filter_queryset(queryset, values)
        for slug in values.get("accessibility", []):
            # One join per feature: a space must have every feature the reader needs.
            queryset = queryset.filter(accessibility_features__slug=slug)
        if values.get("capacity"):
            queryset = queryset.filter(capacity__gte=values["capacity"])
        return queryset


class OrganisationFilterForm(ListingFilterForm):
    """Organisations filter by municipality, type and name."""

    topic = None
    audience = None
    organisation = None
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *Organisation.Type.choices], widget=Select
    )

    filter_fields = ("q", "municipality", "type")

    def filter_queryset(self, queryset, values):
        if values.get("municipality"):
            queryset = queryset.filter(home_municipality__code=values["municipality"])
        if values.get("type"):
            queryset = queryset.filter(type=values["type"])
        return queryset

    def apply(self, queryset):
        values = self.values()
        queryset = self.filter_queryset(queryset, values)
        if values.get("q"):
            # Any form of the words (core.search_terms), or a part of the name ("lappi" in "Lappilaiset").
            return matching(queryset, values["q"]) | queryset.filter(name__icontains=values["q"])
        return queryset
