"""Citizen submissions, readers' flags on listings and coordinators' notification preferences.

These data models live apart from the page models in `models.py`, so that the
forms, services and tasks the pages use can import them without importing the
pages back.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import decision_fields, detachable_foreign_key
from core.ordering import newest_first
from listings import registry
from regions.models import Region

from .permissions import coordinated_regions

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class ListingRecord(models.Model):
    """A record about one listing, of whichever type: a citizen's submission or a reader's flag."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    listing = GenericForeignKey("content_type", "object_id")

    class Meta:
        abstract = True


class Submission(ListingRecord):
    """A listing sent in through a public form without an account.

    The listing itself holds the content (a draft in its region's workflow);
    this record remembers what the listing models do not: the language the
    submitter wrote in (their e-mails use it) and how the moderation ended.
    """

    #: The listing types citizens may send in (EVENT, NEWS, STORY), as the registry's records name them.
    Kind = models.TextChoices(
        "Kind",
        [(kind.upper(), (kind, label)) for kind, label in registry.submission_kinds()],
        qualname="Submission.Kind",
    )

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        #: The moderation was cancelled or the item deleted without publishing it.
        CLOSED = "closed", _("Closed without publishing")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    #: The title as sent, for the decision mail when the item itself has been deleted.
    title = models.CharField(_("title"), max_length=255, blank=True)
    #: The photo sent with it: deleted with the contact details unless the item was published.
    image = detachable_foreign_key("wagtailimages.Image", _("image"), related_name="+")
    region = models.ForeignKey(
        Region, verbose_name=_("owning region"), null=True, on_delete=models.SET_NULL, related_name="submissions"
    )
    submitter_name = models.CharField(_("submitter's name"), max_length=200)
    submitter_email = models.EmailField(_("submitter's e-mail address"))
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGE_CHOICES)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("citizen submission")
        verbose_name_plural = _("citizen submissions")
        ordering = newest_first("created_at")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="unique_submission_per_listing")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.submitter_email}"

    @classmethod
    def for_object(cls, obj):
        content_type = ContentType.objects.get_for_model(obj)
        return cls.objects.filter(content_type=content_type, object_id=obj.pk).first()


class ListingFlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ListingFlag.Status.OPEN)

    def for_user(self, user):
        """Flags of the regions the user coordinates; every flag for national coordinators and superusers."""
        regions = coordinated_regions(user)
        if regions is None:
            return self
        return self.filter(region__in=regions)


class ListingFlag(ListingRecord):
    """A reader's flag that a published listing is wrong, outdated or inappropriate.

    It goes to the coordinators of the region that owns the listing, who
    resolve it, if need be by unpublishing the listing. Called a flag, not a
    report, so that it is not mistaken for the statistics reports.
    """

    class Reason(models.TextChoices):
        INCORRECT = "incorrect", _("The information is wrong")
        OUTDATED = "outdated", _("It is out of date or cancelled")
        INAPPROPRIATE = "inappropriate", _("It is offensive or inappropriate")
        SPAM = "spam", _("It is spam or advertising")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")

    listing_title = models.CharField(_("listing"), max_length=255)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    message = models.TextField(_("message"), max_length=2000, blank=True)
    reporter_email = models.EmailField(_("sender's e-mail address"), blank=True)
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGE_CHOICES, default="fi")
    region = models.ForeignKey(
        Region, verbose_name=_("owning region"), null=True, on_delete=models.SET_NULL, related_name="listing_flags"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(_("flagged at"), default=timezone.now)
    resolved_by, resolved_at = decision_fields(_("resolved by"), _("resolved at"))

    objects = ListingFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("listing flag")
        verbose_name_plural = _("listing flags")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["region", "status"], name="workflows_flag_region_status")]

    def __str__(self):
        return f"{self.listing_title} ({self.get_reason_display()})"

    def resolve(self, user):
        self.status = self.Status.RESOLVED
        self.resolved_by = user
        self.resolved_at = timezone.now()
        self.save(update_fields=["status", "resolved_by", "resolved_at"])


class CoordinatorPreference(models.Model):
    """How a coordinator wants to hear about new items: one e-mail each, or a daily digest."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coordinator_preference"
    )
    digest = models.BooleanField(
        _("daily digest"),
        default=False,
        help_text=_("One e-mail a day listing what awaits review and the open flags, instead of one e-mail per item."),
    )
    last_digest_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("coordinator's notification preference")
        verbose_name_plural = _("coordinators' notification preferences")

    def __str__(self):
        return str(self.user)
