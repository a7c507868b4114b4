from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.ordering import newest_first
from core.translation import InReadersLanguage


class UserManager(BaseUserManager):
    """Creates users identified by their e-mail address (there is no username)."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        # Logging in must not depend on how the address was capitalised.
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person with an account: coordinators, organisation members, registered citizens.

    The e-mail address is the login; there is no separate username.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    freshness_reminders = models.BooleanField(
        _("reminders about my organisations' listings"),
        default=True,
        # Also in the database, so that rows written without the ORM (older code, SQL imports) get it.
        db_default=True,
        help_text=_(
            "An e-mail when a listing of an organisation you belong to is about to expire, "
            "or when the organisation has published nothing for a long time."
        ),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.lower() if self.email else self.email
        super().save(*args, **kwargs)


class TermsVersionQuerySet(models.QuerySet):
    def in_effect(self, now=None):
        return self.filter(effective_from__lte=now or timezone.now())

    def current(self, now=None):
        """The version in effect now, or None before the first one is published."""
        return self.in_effect(now).order_by(*newest_first("effective_from")).first()


class TermsVersion(models.Model):
    """A version of the network's terms of use that every user must accept.

    The terms themselves are a page (each region's "terms" section; the
    national site's is the network's), but a page changes for many reasons –
    a typo, a new link, a translation – and none of them should make tens of
    thousands of people accept the terms again. So the national coordinators
    say explicitly when the terms have changed in substance: they publish a
    version here with a label, the moment it takes effect and a short summary
    of what changed. From `effective_from` on, every logged-in user who has
    not accepted it is asked to accept it before using the public sites
    (accounts.middleware.TermsAcceptanceMiddleware). A version can be dated
    ahead so that it takes effect at a planned moment. Versions that someone
    has accepted cannot be deleted: the acceptances are the record of who
    agreed to what.
    """

    label = models.CharField(
        _("version"),
        max_length=50,
        unique=True,
        help_text=_("A short name users see, for example 2025-1."),
    )
    effective_from = models.DateTimeField(
        _("in effect from"),
        default=timezone.now,
        help_text=_("From this moment on, users are asked to accept this version at their next visit."),
    )
    changes_fi = models.TextField(_("what changed, in Finnish"))
    changes_sv = models.TextField(_("what changed, in Swedish"), blank=True)
    changes_en = models.TextField(_("what changed, in English"), blank=True)
    #: The summary of changes in the reader's language, else in Finnish.
    changes = InReadersLanguage("changes")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = TermsVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("terms of use version")
        verbose_name_plural = _("terms of use versions")
        ordering = newest_first("effective_from")

    def __str__(self):
        return self.label


class TermsAcceptance(models.Model):
    """A user's acceptance of the terms of use, kept as a record.

    `terms_version` is empty for an acceptance given at sign-up before any
    version had been published; such users are asked again once the first
    version takes effect.
    """

    user = models.ForeignKey(
        "accounts.User", verbose_name=_("user"), on_delete=models.CASCADE, related_name="terms_acceptances"
    )
    terms_version = models.ForeignKey(
        TermsVersion,
        verbose_name=_("terms of use version"),
        on_delete=models.PROTECT,
        related_name="acceptances",
        null=True,
        blank=True,
    )
    accepted_at = models.DateTimeField(_("accepted"), default=timezone.now)

    class Meta:
        verbose_name = _("terms of use acceptance")
        verbose_name_plural = _("terms of use acceptances")
        ordering = newest_first("accepted_at")
        constraints = [
            models.UniqueConstraint(fields=["user", "terms_version"], name="unique_terms_acceptance_per_version")
        ]

    def __str__(self):
        return f"{self.user} – {self.terms_version or '–'}"
