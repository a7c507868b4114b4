from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.search import index

from core.fields import detachable_foreign_key
from topics.models import CuratedTerm

from . import placements
from .base import Listing, ListingQuerySet


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
        """Events taking place at some moment between `start` and `end` (datetimes)."""
        return self.filter(
            Q(starts_at__lt=end),
            Q(ends_at__gte=start) | Q(ends_at__isnull=True, starts_at__gte=start),
        )


class Event(Listing):
    """A one-off happening with a start and an end: a concert, a course evening, a talkoot."""

    class Registration(models.TextChoices):
        NONE = "none", _("No registration")
        EXTERNAL = "external", _("Registration elsewhere (link)")
        BUILTIN = "builtin", _("Registration on this site")

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
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    topics = _topics(EventTopic)

    objects = EventQuerySet.as_manager()

    search_fields = Listing.search_fields + [
        index.SearchField("place_name"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
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

    # Over at its end time; one without an end time is over once it has started.
    end_fields = ("ends_at", "starts_at")
    placement_fields = ("starts_at",)

    @classmethod
    def placement_order(cls, values):
        return placements.microseconds(values["starts_at"]), values["id"]

    @property
    def ends_or_starts_at(self):
        return self.ends_at or self.starts_at

    def validate_type(self, errors):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors.setdefault("ends_at", []).append(_("The event must end after it starts."))
        if self.registration == self.Registration.EXTERNAL and not self.registration_url:
            errors.setdefault("registration_url", []).append(
                _("Give the link to the registration form, or choose another way of registering.")
            )
        if self.registration == self.Registration.BUILTIN and not self.capacity:
            errors.setdefault("capacity", []).append(_("Give the number of places for registration on this site."))
        if self.registration == self.Registration.NONE and (self.registration_url or self.registration_deadline):
            errors.setdefault("registration", []).append(
                _("Choose how people register, or leave the registration link and deadline empty.")
            )
        if self.registration_deadline and self.starts_at and self.registration_deadline > self.starts_at:
            errors.setdefault("registration_deadline", []).append(_("Registration must close before the event starts."))
        if self.is_free and self.price.strip():
            errors.setdefault("price", []).append(_("A free event has no price; leave the price empty."))


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


class VolunteerTask(_DeadlineMixin, Listing):
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


class Job(_DeadlineMixin, Listing):
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
        ordering = ["-published_on", "-pk"]

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
