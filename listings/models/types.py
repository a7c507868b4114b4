from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.search import index

from core.fields import detachable_foreign_key
from core.ordering import newest_first
from topics.models import CuratedTerm

from . import placements
from .base import Listing, ListingQuerySet
from .signup import InterestSettings, SignUpSettings


def _topic_through(model_name):
    """The tag link between one listing type and the curated topics.

    Each type needs its own through model for ClusterTaggableManager; they
    differ only in the listing they point at.
    """

    class Meta:
        verbose_name = _("topic link")
        verbose_name_plural = _("topic links")

    return type(
        f"{model_name}Topic",
        (TaggedItemBase,),
        {
            "__module__": __name__,
            "__doc__": f"Links a {model_name} to one of the curated topics.",
            "tag": models.ForeignKey(
                "topics.Topic", on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s_items"
            ),
            "content_object": ParentalKey(
                f"listings.{model_name}", on_delete=models.CASCADE, related_name="tagged_topics"
            ),
            "Meta": Meta,
        },
    )


EventTopic = _topic_through("Event")
ActivityTopic = _topic_through("Activity")
VolunteerTaskTopic = _topic_through("VolunteerTask")
JobTopic = _topic_through("Job")
ProjectTopic = _topic_through("Project")
NewsItemTopic = _topic_through("NewsItem")
SpaceTopic = _topic_through("Space")
StaffMemberTopic = _topic_through("StaffMember")
StoryTopic = _topic_through("Story")


def _topics(through):
    return ClusterTaggableManager(through=through, blank=True, verbose_name=_("topics"))


class AccessibilityFeature(CuratedTerm):
    """An accessibility feature a space can have: step-free access, an induction loop..."""

    class Meta(CuratedTerm.Meta):
        verbose_name = _("accessibility feature")
        verbose_name_plural = _("accessibility features")


class Space(Listing):
    """A venue an organisation lends or rents out: a hall, a meeting room, a yard."""

    address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True, help_text=_("Number of people."))
    accessibility_features = ParentalManyToManyField(
        AccessibilityFeature, verbose_name=_("accessibility"), blank=True, related_name="spaces"
    )
    how_to_book = models.TextField(_("how to book"), blank=True)
    price = models.CharField(_("price"), max_length=200, blank=True, help_text=_("For example: free for associations."))
    topics = _topics(SpaceTopic)

    search_fields = Listing.search_fields + [index.SearchField("address"), index.FilterField("capacity")]

    class Meta(Listing.Meta):
        verbose_name = _("space")
        verbose_name_plural = _("spaces")


class EventQuerySet(ListingQuerySet):
    def overlapping(self, start, end):
        """Events taking place at some moment between `start` and `end` (datetimes), any of a series' dates."""
        further = EventDate.objects.filter(
            Q(starts_at__lt=end),
            Q(ends_at__gte=start) | Q(ends_at__isnull=True, starts_at__gte=start),
        )
        return self.filter(
            Q(starts_at__lt=end, ends_at__gte=start)
            | Q(starts_at__lt=end, ends_at__isnull=True, starts_at__gte=start)
            | Q(id__in=further.values("event_id"))
        )


class Event(Listing, SignUpSettings):
    """A happening with a start and an end: a concert, a course evening, a talkoot; or a series of them.

    `starts_at` and `ends_at` are the first date. A series (a course of
    eight evenings, a weekly club) has its further dates in `extra_dates`;
    the stored `last_ends_at`, `next_starts_at` and `more_dates` sum the
    dates up for lists, which read no date rows (see `refresh_schedule()`).
    """

    class Registration(models.TextChoices):
        NONE = "none", _("No registration")
        EXTERNAL = "external", _("Registration elsewhere (link)")
        BUILTIN = "builtin", _("Registration on this site")

    class SignUpFor(models.TextChoices):
        SERIES = "series", _("The whole series at once")
        DATE = "date", _("Each date separately")

    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    place_name = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("street address"), max_length=200, blank=True)
    space = detachable_foreign_key(Space, _("space"), related_name="events")
    online_url = models.URLField(_("online link"), blank=True)
    price = models.CharField(_("price"), max_length=200, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=False)
    registration = models.CharField(
        _("registration"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty when the number of places is not limited.")
    )
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    waiting_list = models.BooleanField(
        _("waiting list"), default=True, help_text=_("When the places are taken, people may join a waiting list.")
    )
    places_per_signup = models.PositiveSmallIntegerField(
        _("places per sign-up"),
        default=1,
        help_text=_("At most this many places in one sign-up, e.g. 4 for a family."),
    )
    guardian_signs_up = models.BooleanField(
        _("a guardian signs up a child"),
        default=False,
        help_text=_("The form asks for the child's name and the guardian's contact details."),
    )
    signup_for = models.CharField(
        _("sign-up for a series"),
        max_length=10,
        choices=SignUpFor.choices,
        default=SignUpFor.SERIES,
        help_text=_("For an event with several dates: one sign-up for all dates, or for one date at a time."),
    )
    # The dates summed up (refresh_schedule()): the series' end for the archive, and its next date and how
    # many follow it for the lists; `manage.py refresh_event_dates` moves them on as dates pass.
    last_ends_at = models.DateTimeField(_("last date ends"), null=True, blank=True, editable=False)
    next_starts_at = models.DateTimeField(_("next date starts"), null=True, blank=True, editable=False)
    more_dates = models.PositiveIntegerField(_("dates after the next one"), default=0, editable=False)
    topics = _topics(EventTopic)

    objects = EventQuerySet.as_manager()

    search_fields = Listing.search_fields + [
        index.SearchField("place_name"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        # The archive's search filters by when a series' last date ended (visibility.window_ended_q).
        index.FilterField("last_ends_at"),
        index.FilterField("next_starts_at"),
        index.FilterField("is_free"),
        index.FilterField("registration"),
    ]

    class Meta(Listing.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["starts_at", "pk"]
        indexes = [
            *Listing.Meta.indexes,
            models.Index(fields=["starts_at"], name="listings_event_starts"),
            models.Index(fields=["ends_at"], name="listings_event_ends"),
        ]

    #: The fields refresh_schedule() writes.
    schedule_fields = ("last_ends_at", "next_starts_at", "more_dates")

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.refresh_schedule()
        elif not {"starts_at", "ends_at"}.isdisjoint(update_fields):
            # A save of other fields leaves the dates (and so the placements) alone.
            self.refresh_schedule()
            kwargs["update_fields"] = {*update_fields, *self.schedule_fields}
        super().save(*args, **kwargs)

    # Over at the end of its last date; one without an end time is over once it has started.
    end_fields = ("last_ends_at", "ends_at", "starts_at")
    # Listed at its next date: a weekly club comes up in the list each week.
    placement_fields = ("starts_at", "next_starts_at")

    @classmethod
    def placement_order(cls, values):
        return placements.microseconds(values["next_starts_at"] or values["starts_at"]), values["id"]

    @property
    def ends_or_starts_at(self):
        return self.ends_at or self.starts_at

    @property
    def is_series(self):
        return self.last_ends_at is not None and self.last_ends_at != self.ends_or_starts_at

    def dates(self):
        """Every date of the event in order, the first one (`date_id` None) included; reads the extra dates."""
        first = EventDateView(None, self.starts_at, self.ends_at)
        further = [EventDateView(date.pk, date.starts_at, date.ends_at) for date in self.extra_dates.all()]
        return sorted([first, *further], key=lambda date: (date.starts_at, date.date_id or 0))

    def upcoming_dates(self, now=None):
        now = now or timezone.now()
        return [date for date in self.dates() if date.ends_or_starts_at >= now]

    def refresh_schedule(self, now=None):
        """Sum the dates up into `last_ends_at`, `next_starts_at` and `more_dates`; True when they changed."""
        if self.starts_at is None:
            return False
        dates = self.dates()
        upcoming = [date for date in dates if date.ends_or_starts_at >= (now or timezone.now())]
        summary = (
            max(date.ends_or_starts_at for date in dates),
            (upcoming[0] if upcoming else dates[-1]).starts_at,
            max(len(upcoming) - 1, 0),
        )
        changed = summary != (self.last_ends_at, self.next_starts_at, self.more_dates)
        self.last_ends_at, self.next_starts_at, self.more_dates = summary
        return changed

    def validate_type(self, errors):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors.setdefault("ends_at", []).append(_("The event must end after it starts."))
        for date in self.extra_dates.all():
            if date.starts_at and date.ends_at and date.ends_at <= date.starts_at:
                errors.setdefault("ends_at", []).append(
                    _("Each further date must end after it starts (%(date)s).")
                    % {"date": timezone.localtime(date.starts_at).strftime("%d.%m.%Y %H:%M")}
                )
        if self.registration == self.Registration.EXTERNAL and not self.registration_url:
            errors.setdefault("registration_url", []).append(
                _("Give the link to the registration form, or choose another way of registering.")
            )
        if self.capacity == 0:
            errors.setdefault("capacity", []).append(
                _("Give at least one place, or leave the field empty for no limit.")
            )
        if not self.places_per_signup:
            errors.setdefault("places_per_signup", []).append(_("A sign-up takes at least one place."))
        if self.signup_opens_at and self.registration_deadline and self.signup_opens_at >= self.registration_deadline:
            errors.setdefault("signup_opens_at", []).append(_("Sign-up must open before it closes."))
        if self.registration == self.Registration.NONE and (self.registration_url or self.registration_deadline):
            errors.setdefault("registration", []).append(
                _("Choose how people register, or leave the registration link and deadline empty.")
            )
        if self.registration_deadline and self.starts_at and self.registration_deadline > self.starts_at:
            errors.setdefault("registration_deadline", []).append(_("Registration must close before the event starts."))
        if self.is_free and self.price.strip():
            errors.setdefault("price", []).append(_("A free event has no price; leave the price empty."))


class EventDateView:
    """One date of an event as pages and sign-ups use it: the first (`date_id` None) or a further one."""

    __slots__ = ("date_id", "starts_at", "ends_at")

    def __init__(self, date_id, starts_at, ends_at):
        self.date_id, self.starts_at, self.ends_at = date_id, starts_at, ends_at

    @property
    def ends_or_starts_at(self):
        return self.ends_at or self.starts_at

    @property
    def key(self):
        """Stable within the event: "first" or the further date's pk (calendar UIDs, form values)."""
        return "first" if self.date_id is None else str(self.date_id)

    def __repr__(self):
        return f"<EventDateView {self.key} {self.starts_at}>"


class EventDate(models.Model):
    """A further date of an event series (the event's own start and end are its first date)."""

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="extra_dates", verbose_name=_("event"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)

    class Meta:
        verbose_name = _("further date")
        verbose_name_plural = _("further dates")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["starts_at"], name="listings_eventdate_starts")]

    def __str__(self):
        return f"{self.event_id}: {self.starts_at:%Y-%m-%d %H:%M}"


class _PeriodMixin:
    """Checks that a period of dates, the fields named in `period_fields`, does not end before it starts."""

    period_fields = ()
    #: What the editor is told when the end comes before the start.
    period_error = ""

    def validate_type(self, errors):
        start_field, end_field = self.period_fields
        start, end = getattr(self, start_field), getattr(self, end_field)
        if start and end and end < start:
            errors.setdefault(end_field, []).append(self.period_error)


class Activity(_PeriodMixin, Listing):
    """A recurring activity: a weekly choir, a youth club, a walking group."""

    schedule = models.CharField(
        _("schedule"), max_length=300, blank=True, help_text=_("For example: Tuesdays at 18–20, not on holidays.")
    )
    season_start = models.DateField(_("season starts"), null=True, blank=True)
    season_end = models.DateField(_("season ends"), null=True, blank=True)
    topics = _topics(ActivityTopic)

    search_fields = Listing.search_fields + [
        index.SearchField("schedule"),
        index.FilterField("season_start"),
        index.FilterField("season_end"),
    ]

    class Meta(Listing.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    period_fields = ("season_start", "season_end")
    period_error = _("The season must end after it starts.")


class _DeadlineMixin:
    """Checks that an application deadline falls inside the visibility period."""

    def _deadline_errors(self):
        errors = {}
        if self.deadline and self.visible_from and self.deadline < timezone.localdate(self.visible_from):
            errors["deadline"] = [_("The deadline cannot be before the listing becomes visible.")]
        if self.deadline and self.visible_until and self.deadline > timezone.localdate(self.visible_until):
            errors["deadline"] = [_("The deadline cannot be after the listing stops being visible.")]
        return errors

    def validate_type(self, errors):
        for field, messages in self._deadline_errors().items():
            errors.setdefault(field, []).extend(messages)


class VolunteerTask(_DeadlineMixin, Listing, InterestSettings):
    """A task a volunteer can take on: a café shift, a support person, help at an event."""

    time_commitment = models.CharField(
        _("time commitment"), max_length=200, blank=True, help_text=_("For example: 3 hours a week in the autumn.")
    )
    deadline = models.DateField(_("apply by"), null=True, blank=True)
    topics = _topics(VolunteerTaskTopic)

    search_fields = Listing.search_fields + [index.FilterField("deadline")]

    class Meta(Listing.Meta):
        verbose_name = _("volunteer task")
        verbose_name_plural = _("volunteer tasks")


class Job(_DeadlineMixin, Listing, InterestSettings):
    """A paid job, an internship or a thesis position at an organisation."""

    class Kind(models.TextChoices):
        JOB = "job", _("Job")
        INTERNSHIP = "internship", _("Internship")
        THESIS = "thesis", _("Thesis")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.JOB)
    employment_type = models.CharField(
        _("employment type"), max_length=200, blank=True, help_text=_("For example: fixed-term, part-time.")
    )
    deadline = models.DateField(_("apply by"), null=True, blank=True)
    topics = _topics(JobTopic)

    search_fields = Listing.search_fields + [index.FilterField("kind"), index.FilterField("deadline")]

    class Meta(Listing.Meta):
        verbose_name = _("job")
        verbose_name_plural = _("jobs")


class Project(_PeriodMixin, Listing):
    """A funded project run by an organisation, with its funder and period."""

    funder = models.CharField(_("funder"), max_length=200, blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    topics = _topics(ProjectTopic)

    search_fields = Listing.search_fields + [
        index.SearchField("funder"),
        index.FilterField("starts_on"),
        index.FilterField("ends_on"),
    ]

    class Meta(Listing.Meta):
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    period_fields = ("starts_on", "ends_on")
    period_error = _("The project must end after it starts.")


class NewsItem(Listing):
    """A news item from an organisation, or sent in by a citizen and moderated."""

    published_on = models.DateField(_("date"), default=timezone.localdate)
    topics = _topics(NewsItemTopic)

    search_fields = Listing.search_fields + [index.FilterField("published_on")]

    class Meta(Listing.Meta):
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = newest_first("published_on")

    placement_fields = ("published_on",)

    @classmethod
    def placement_order(cls, values):
        return -values["published_on"].toordinal(), -values["id"]


class StaffMember(Listing):
    """A person working at an organisation, shown on the organisation's page.

    `title` holds the person's name and `role` their job title; the contact
    fields of the base hold their e-mail address and phone number.
    """

    title = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True, help_text=_("For example: executive director."))
    topics = _topics(StaffMemberTopic)

    search_fields = Listing.search_fields + [index.SearchField("role")]

    class Meta(Listing.Meta):
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["title", "pk"]


class Story(Listing):
    """A citizen's story of taking part; an organisation is optional."""

    author_name = models.CharField(_("author"), max_length=200)
    topics = _topics(StoryTopic)

    organisation_optional = True

    search_fields = Listing.search_fields + [index.SearchField("author_name")]

    class Meta(Listing.Meta):
        verbose_name = _("story")
        verbose_name_plural = _("stories")
