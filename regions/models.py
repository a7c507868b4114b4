import re

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)

from core.fields import detachable_foreign_key
from core.translation import InReadersLanguage

from . import site_data


class NamedPlace(models.Model):
    """A place with official names in Finnish and Swedish, known by the name in the reader's language.

    Swedish pages show the Swedish name where there is one; every other
    language the Finnish name.
    """

    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100)
    name = InReadersLanguage("name")

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


class AdministrativeRegion(NamedPlace):
    """One of Finland's regions (maakunta), as Statistics Finland numbers them.

    Named so to keep it apart from `Region`, which is one of our services.
    """

    code = models.CharField(_("code"), max_length=2, unique=True)

    class Meta:
        verbose_name = _("administrative region")
        verbose_name_plural = _("administrative regions")
        ordering = ["code"]


class Municipality(NamedPlace):
    """A Finnish municipality (kunta) with its official three-digit code."""

    code = models.CharField(_("code"), max_length=3, unique=True)
    administrative_region = models.ForeignKey(
        AdministrativeRegion,
        verbose_name=_("administrative region"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_fi"]


class RegionQuerySet(models.QuerySet):
    def regional(self):
        return self.filter(is_national=False)

    def owning(self, municipality):
        """The region that owns content in a municipality, or None without a municipality.

        A regional service covering the municipality wins over the national
        one; when no regional service covers it, the national service owns it.
        """
        if municipality is None:
            return None
        regional = self.regional().filter(coverage=municipality).order_by("pk").first()
        return regional or self.filter(is_national=True).order_by("pk").first()


def _service_link(field_class, to, verbose_name, related_name):
    """A region's link to what `create_region` makes for it: its coordinator group, workflow or collection.

    Empty until then; what a region uses cannot be deleted from under it.
    """
    return field_class(
        to, verbose_name=verbose_name, on_delete=models.PROTECT, related_name=related_name, null=True, blank=True
    )


class Region(models.Model):
    """One service of the network: the national site or a regional one.

    Each region is exactly one Wagtail Site. Its coverage decides which
    listings its site shows; its coordinator group and workflow moderate what
    it owns.
    """

    site = models.OneToOneField(Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="region")
    name = models.CharField(_("service name"), max_length=100, help_text=_("For example Lappilaiset."))
    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    area_name_fi = models.CharField(_("area in Finnish"), max_length=100, blank=True)
    area_name_sv = models.CharField(_("area in Swedish"), max_length=100, blank=True)
    area_name_en = models.CharField(_("area in English"), max_length=100, blank=True)
    #: The area's name in the reader's language, else in Finnish.
    area_name = InReadersLanguage("area_name")
    is_national = models.BooleanField(
        _("national service"),
        default=False,
        help_text=_("The national service covers every municipality."),
    )
    coverage = models.ManyToManyField(
        Municipality,
        verbose_name=_("coverage"),
        blank=True,
        related_name="regions",
        help_text=_("Listings in these municipalities are shown on this site."),
    )
    producer_name = models.CharField(_("producer"), max_length=200)
    producer_email = models.EmailField(_("producer's e-mail address"), blank=True)
    producer_phone = models.CharField(_("producer's phone number"), max_length=40, blank=True)
    producer_url = models.URLField(_("producer's website"), blank=True)
    coordinator_group = _service_link(models.OneToOneField, Group, _("coordinator group"), "coordinated_region")
    workflow = _service_link(models.ForeignKey, "wagtailcore.Workflow", _("moderation workflow"), "regions")
    collection = _service_link(models.ForeignKey, "wagtailcore.Collection", _("media collection"), "regions")

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["-is_national", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def for_site(cls, site):
        """The region of a Wagtail Site, or None for a site that is not one (cached per site)."""
        return site_data.region(site)

    @classmethod
    def for_request(cls, request):
        """The one way code finds the current region: Wagtail's site for the request, its region cached."""
        if request is None:
            return None
        # Our own attribute on Django's request: the region once per request.
        if "toimeksi_region" not in request.__dict__:
            request.toimeksi_region = site_data.region(Site.find_for_request(request))
        return request.toimeksi_region

    def covered_municipalities(self):
        if self.is_national:
            return Municipality.objects.all()
        return self.coverage.all()

    def section_page(self, key):
        """The original (Finnish) page of one of the region's sections, or None."""
        section = self.sections.filter(key=key).select_related("page").first()
        return section.page.specific if section else None


def owning_region_field(help_text, **kwargs):
    """The `region` a RegionOwnedMixin model needs; deleting the region leaves its content unowned, not deleted."""
    return detachable_foreign_key("regions.Region", _("owning region"), help_text=help_text, **kwargs)


class RegionOwnedMixin:
    """Content that a region owns: its coordinators moderate it, through the region's workflow.

    For models with a nullable `region` foreign key to Region (owning_region_field()),
    placed before Wagtail's WorkflowMixin among the bases. An empty `region`
    is filled from `default_region()` on validation and on saving.
    """

    def default_region(self):
        """The region that owns this when nobody chose one; None leaves it unowned. Override it."""
        return None

    def clean(self):
        super().clean()
        if self.region_id is None:
            self.region = self.default_region()

    def save(self, *args, **kwargs):
        if self.region_id is None:
            self.region = self.default_region()
        super().save(*args, **kwargs)

    def get_workflow(self):
        """The owning region's moderation workflow while it is active, else the model's default one."""
        if self.region_id and self.region.workflow_id:
            workflow = self.region.workflow
            if workflow.active:
                return workflow
        return super().get_workflow()


class RegionModeratedModel(
    RegionOwnedMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model
):
    """A snippet that its owning region moderates: drafts, revisions, locking and previews, in the region's workflow.

    The base of organisations and listings, which add their own bases (search,
    translations) after it.
    """

    class Meta:
        abstract = True


class RegionSection(models.Model):
    """Records which page is which standard section of a region.

    `create_region` uses it to add missing sections without touching the
    ones that coordinators may since have renamed or moved.
    """

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="sections")
    key = models.SlugField(max_length=50)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("region section")
        verbose_name_plural = _("region sections")
        constraints = [models.UniqueConstraint(fields=["region", "key"], name="unique_region_section")]

    def __str__(self):
        return f"{self.region}: {self.key}"


HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _relative_luminance(hex_colour):
    def channel(value):
        value = value / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_with_white(hex_colour):
    """WCAG contrast ratio of a colour against white text."""
    return 1.05 / (_relative_luminance(hex_colour) + 0.05)


def validate_accent_colour(value):
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(_("Enter a colour as # followed by six hexadecimal digits, for example #1f5f8b."))
    ratio = contrast_with_white(value)
    if ratio < 4.5:
        raise ValidationError(
            _(
                "White text on this colour has a contrast of %(ratio).1f:1; it must be at least 4.5:1. "
                "Choose a darker colour."
            ),
            params={"ratio": ratio},
        )


@register_setting(icon="image")
class BrandingSettings(BaseSiteSetting):
    """A site's look: its logo and accent colour."""

    logo = detachable_foreign_key("wagtailimages.Image", _("logo"), related_name="+")
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#1f5f8b",
        validators=[validate_accent_colour],
        help_text=_("Used behind white text, so it must be dark enough to read."),
    )

    class Meta:
        verbose_name = _("branding")


@register_setting(icon="mail")
class FooterSettings(BaseSiteSetting):
    """The contact details a site's footer gives; an empty field falls back to the region's producer's."""

    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True, max_length=300)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("footer contacts")


@register_setting(icon="home")
class FrontPageSettings(BaseSiteSetting):
    """How a site's front page picks what it shows; the panels themselves are laid out on the home page."""

    social_post_max_age = models.PositiveSmallIntegerField(
        _("show social-media posts for (days)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Older posts are no longer shown on the front page. Between 1 and 3650 days."),
    )

    class Meta:
        verbose_name = _("front page")


# The social-media feed models live in their own module; importing them here registers them.
from .social_feed_models import LiftedPost, SocialFeed, SocialFeedSettings, SocialPost  # noqa: E402, F401

#: The settings of a site that its own coordinators edit (network.services grants them per site).
COORDINATOR_SETTINGS = (BrandingSettings, SocialFeedSettings, FooterSettings, FrontPageSettings)
