"""Organisations and who acts for them: members, invitations and requests to join."""

import contextlib
import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from core.fields import decision_fields, detachable_foreign_key
from core.forms import validate_single_line
from core.models import Timestamped
from core.ordering import newest_first
from core.search_terms import IndexedTerms
from regions.models import Region, RegionModeratedModel, owning_region_field

from .fields import organisation_foreign_key
from .validators import normalise_business_id, validate_business_id, validate_organisation_name

INVITATION_VALIDITY = datetime.timedelta(days=14)


def unique_slug(model, value, instance_pk=None, max_length=100):
    """A slug of `value` not yet used by another row of `model`."""
    base = slugify(value)[: max_length - 6] or model._meta.model_name
    candidate, number = base, 1
    others = model._default_manager.exclude(pk=instance_pk) if instance_pk else model._default_manager.all()
    while others.filter(slug=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


class OrganisationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def for_user(self, user, roles=None):
        """Organisations the user is a member of, optionally only in some roles.

        Coordinator and superuser scoping belongs to the admin's permission
        policy; this answers only "whose member is this user".
        """
        if user is None or not user.is_authenticated:
            return self.none()
        memberships = Membership.objects.filter(user=user)
        if roles:
            memberships = memberships.filter(role__in=roles)
        # A subquery rather than a join keeps rows unique and stays usable as a search filter.
        return self.filter(pk__in=memberships.values("organisation_id"))

    def verified(self):
        return self.filter(is_verified=True)


class Organisation(IndexedTerms, RegionModeratedModel, index.Indexed, Timestamped):
    """A civic organisation that publishes listings: an association, a parish, a city...

    Its profile is moderated by the region that owns it, and members of a
    verified organisation publish their listings without moderation. Not
    translatable: listings and memberships point at one row, and its
    description is usually written in the organisation's own language.
    """

    class Type(models.TextChoices):
        ASSOCIATION = "association", _("Association")
        FOUNDATION = "foundation", _("Foundation")
        PARISH = "parish", _("Parish")
        MUNICIPALITY = "municipality", _("Municipality or city")
        COMPANY = "company", _("Non-commercial company")
        INFORMAL_GROUP = "informal_group", _("Informal group")

    # Only publishing makes a profile live; a profile created anywhere else
    # (sign-up, import) must not appear before moderation.
    live = models.BooleanField(verbose_name=_("live"), default=False, editable=False)

    name = models.CharField(_("name"), max_length=200, validators=[validate_single_line, validate_organisation_name])
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.ASSOCIATION)
    business_id = models.CharField(
        _("business ID"),
        max_length=9,
        blank=True,
        validators=[validate_business_id],
        help_text=_("Y-tunnus, for example 1234567-1. Leave empty if the organisation has none."),
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )
    logo = detachable_foreign_key("wagtailimages.Image", _("logo"), related_name="+")
    home_municipality = models.ForeignKey(
        "regions.Municipality",
        verbose_name=_("home municipality"),
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    region = owning_region_field(
        _("Whose coordinators moderate this organisation. Defaults to the region of its home municipality."),
        related_name="organisations",
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    is_verified = models.BooleanField(
        _("verified"),
        default=False,
        help_text=_("Members of a verified organisation publish their listings without moderation."),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="organisations.Membership",
        related_name="organisations",
        verbose_name=_("members"),
        blank=True,
    )

    objects = OrganisationQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        # Base forms of the name and description, and the home municipality's names (core.search_terms).
        index.SearchField("indexed_terms"),
        index.FilterField("id"),
        index.FilterField("live"),
        index.FilterField("is_verified"),
        index.FilterField("type"),
        index.FilterField("region"),
        index.FilterField("home_municipality"),
        index.FilterField("name"),
    ]

    indexed_term_fields = ("name", "description")

    class Meta:
        # The constraints keep the names they had when organisations lived in listings (migration 0004).
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["business_id"],
                condition=~models.Q(business_id=""),
                name="listings_organisation_unique_business_id",
                violation_error_message=_("An organisation with this business ID already exists."),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name, self.pk)
        if self.business_id:
            # Store one form of each ID so that the uniqueness constraint holds for the older form too.
            with contextlib.suppress(ValidationError):
                self.business_id = normalise_business_id(self.business_id)
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("home_municipality")

    def indexed_term_texts(self):
        place = self.home_municipality
        return [*super().indexed_term_texts(), *((place.name_fi, place.name_sv) if place else ())]

    def indexed_term_languages(self):
        # Organisations have no language of their own; names are Finnish or Swedish.
        return ["fi", "sv"]

    def clean(self):
        super().clean()
        if self.business_id:
            # An invalid ID is left as typed: the field validator reports it.
            with contextlib.suppress(ValidationError):
                self.business_id = normalise_business_id(self.business_id)

    def default_region(self):
        """The region of the home municipality."""
        if not self.home_municipality_id:
            return None
        return Region.objects.owning(self.home_municipality)

    def get_admin_edit_url(self):
        """The profile's editor in the admin (members edit their organisation there)."""
        return reverse(self.snippet_viewset.get_url_name("edit"), args=[self.pk])

    def get_preview_template(self, request, mode_name):
        return "listings/organisation_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["organisation"] = self
        return context

    def role_of(self, user):
        """The user's role in this organisation ("admin" / "editor"), or None."""
        if user is None or not user.is_authenticated:
            return None
        return self.memberships.filter(user=user).values_list("role", flat=True).first()


def _user_and_organisation(related_name):
    """The user and the organisation that a membership, or a request for one, joins; the row goes with either."""
    return (
        models.ForeignKey(
            settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name=related_name
        ),
        organisation_foreign_key(models.CASCADE, related_name=related_name),
    )


def _unique_member(name, message, **options):
    """At most one row for a user and an organisation (among the rows `condition` picks)."""
    return models.UniqueConstraint(
        fields=["user", "organisation"], name=name, violation_error_message=message, **options
    )


class Membership(models.Model):
    """A user's membership in an organisation: admins also manage members, editors edit content."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("Administrator")
        EDITOR = "editor", _("Editor")

    user, organisation = _user_and_organisation("memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "user__email"]
        constraints = [
            _unique_member("listings_unique_membership", _("This user is already a member of the organisation."))
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"


def new_token():
    return secrets.token_urlsafe(32)


def invitation_expiry():
    return timezone.now() + INVITATION_VALIDITY


class MembershipRequest(models.Model):
    """A registered user's request to join an organisation, decided by the organisation's admins."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    user, organisation = _user_and_organisation("membership_requests")
    message = models.TextField(_("message"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    decided_by, decided_at = decision_fields(_("decided by"), _("decided at"))

    class Meta:
        verbose_name = _("membership request")
        verbose_name_plural = _("membership requests")
        ordering = ["created_at", "pk"]
        constraints = [
            _unique_member(
                "listings_one_pending_membership_request",
                _("You have already asked to join this organisation."),
                condition=models.Q(status="pending"),
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.organisation} ({self.get_status_display()})"


class Invitation(models.Model):
    """An organisation admin's e-mailed invitation to join the organisation, accepted with its token."""

    organisation = organisation_foreign_key(models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=10, choices=Membership.Role.choices, default=Membership.Role.EDITOR)
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token, editable=False)
    # An invitation is about the organisation and the invitee; it stays valid
    # when the admin who sent it deletes their account.
    invited_by = detachable_foreign_key(settings.AUTH_USER_MODEL, _("invited by"), related_name="sent_invitations")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), default=invitation_expiry)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = newest_first("created_at")

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at

    @property
    def is_used(self):
        return self.accepted_at is not None
