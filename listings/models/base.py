from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail.search.tasks import insert_or_update_object_task

from core.fields import detachable_foreign_key, image_alt_field
from core.models import Timestamped
from core.ordering import newest_first
from core.search_terms import IndexedTerms
from organisations.fields import organisation_foreign_key
from regions.models import Region, RegionModeratedModel, owning_region_field

from .. import visibility
from . import placements
from .placements import ListingPlacement

BODY_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3"]


class ListingQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Listings, with the questions pages ask of them; what a site shows is decided in listings.visibility.

    Every filter here is written with plain lookups and `id__in` subqueries,
    never joins or `Exists`, so that rows never repeat and `.search()` can
    still be applied afterwards (modelsearch accepts only lookups on
    `index.FilterField` columns).
    """

    def visible_on(self, region, locale=None, now=None):
        """What the region's site shows now (live, inside the visibility window, not yet ended, placed in the
        region), in `locale`'s pages if given: each listing once, in that language or else its original.

        The answer comes from the stored placements: one index lookup instead
        of evaluating coverage and translations per row.
        """
        return visibility.visible(self, ListingPlacement.objects.all(), region, locale=locale, now=now)

    def archived_on(self, region, locale=None, now=None):
        """Past listings (ended events) that the region's archive shows; types that do not end have none."""
        return visibility.archived(self, region, locale=locale, now=now)

    def localized(self, locale):
        """One row per listing: its translation in `locale` if this queryset holds one, else its original.

        `locale` is a Locale, its pk or a language code. Apply it last, after
        the other filters (archived_on does so).
        """
        return visibility.localized(self, locale)

    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def in_municipalities(self, municipalities):
        """Listings placed in any of these municipalities (instances, pks or a queryset)."""
        field = self.model._meta.get_field("municipalities")
        through = field.remote_field.through
        listing_ids = through.objects.filter(municipality__in=municipalities).values(f"{field.m2m_field_name()}_id")
        return self.filter(id__in=listing_ids)

    def with_topics(self, topics):
        """Listings tagged with any of these topics (instances, pks or a queryset)."""
        through = self.model._meta.get_field("topics").remote_field.through
        return self.filter(id__in=through.objects.filter(tag__in=topics).values("content_object_id"))

    def for_audiences(self, audiences):
        """Listings meant for any of these audiences (instances, pks or a queryset)."""
        field = self.model._meta.get_field("audiences")
        through = field.remote_field.through
        listing_ids = through.objects.filter(audience__in=audiences).values(f"{field.m2m_field_name()}_id")
        return self.filter(id__in=listing_ids)

    def stamps_only(self):
        """Only what a cached card's key needs (listings/cards.py): the listing's and its organisation's last save.

        A card that is not cached yet is rendered from whole rows, read then (`cards.render_cards`).
        """
        return self.select_related("organisation").only("updated_at", "organisation__updated_at")

    def for_panel(self):
        """What a home panel's item shows: title, date, places and language."""
        return self.select_related("locale").prefetch_related("municipalities")

    def with_detail_rows(self):
        """The rows a listing's page shows beside the listing's own; places, topics and audiences are
        read by the page only when its cached fragments are not (templates/listings/listing_detail_base.html)."""
        return self.select_related("organisation", "image", "locale", "region")

    def with_card_data(self):
        """Everything a list card shows, fetched in a fixed number of queries."""
        return self.select_related("organisation", "image", "locale", "region").prefetch_related(
            "municipalities", "topics", "audiences"
        )


class Listing(IndexedTerms, RegionModeratedModel, TranslatableMixin, index.Indexed, Timestamped, ClusterableModel):
    """What every listing type shares: text, place, topics, contact and visibility.

    Concrete types add a `topics` ClusterTaggableManager with their own
    through model (tags are the curated `topics.Topic`).
    """

    # Only publishing makes a listing live; anything created outside the
    # admin's publish action (public forms, imports) stays a draft.
    live = models.BooleanField(verbose_name=_("live"), default=False, editable=False)

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, blank=True, help_text=_("The end of the address. Made from the title if left empty.")
    )
    summary = models.TextField(
        _("summary"), max_length=300, blank=True, help_text=_("One or two sentences shown in lists.")
    )
    body = RichTextField(_("description"), blank=True, features=BODY_FEATURES)
    image = detachable_foreign_key("wagtailimages.Image", _("image"), related_name="+")
    image_alt = image_alt_field(_("Describe the image for people who cannot see it. Required when there is an image."))
    organisation = organisation_foreign_key(models.PROTECT, null=True, blank=True)
    municipalities = ParentalManyToManyField("regions.Municipality", verbose_name=_("municipalities"), blank=True)
    is_nationwide = models.BooleanField(_("nationwide"), default=False, help_text=_("Shown on every regional site."))
    is_online = models.BooleanField(_("online"), default=False, help_text=_("Takes place online; shown on every site."))
    audiences = ParentalManyToManyField("topics.Audience", verbose_name=_("audiences"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail address"), blank=True)
    contact_phone = models.CharField(_("contact phone number"), max_length=40, blank=True)
    visible_from = models.DateTimeField(_("visible from"), null=True, blank=True)
    visible_until = models.DateTimeField(_("visible until"), null=True, blank=True)
    region = owning_region_field(_("Whose coordinators moderate this. Defaults to the organisation's region."))
    # The language the listing was first written in. Translations are copies,
    # so they inherit it; `localized()` compares it with `locale` to tell the
    # original from its translations without a query per row.
    original_locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("original language"),
        on_delete=models.PROTECT,
        editable=False,
        related_name="+",
    )
    # True on a translation's row, kept by the database itself. `localized()`
    # looks translations up through a partial index on it: PostgreSQL cannot
    # estimate `locale_id <> original_locale_id` and would scan the table.
    is_translation_row = models.GeneratedField(
        expression=~Q(locale=F("original_locale")),
        output_field=models.BooleanField(),
        db_persist=True,
        verbose_name=_("is a translation"),
    )
    submitter_name = models.CharField(_("submitter's name"), max_length=200, blank=True)
    submitter_email = models.EmailField(_("submitter's e-mail address"), blank=True)

    objects = ListingQuerySet.as_manager()

    # Wagtail's own post_save indexing would read the row before ClusterableModel.save() writes the
    # municipalities (whose names the entry holds), so `save()` indexes the listing itself, once, after
    # them; a deletion leaves the index through `remove_from_search_index` (listings/apps.py).
    search_auto_update = False

    #: Whether a listing without an organisation is acceptable (citizen stories).
    organisation_optional = False

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        # Base forms and compound parts of the words, and the place and organisation names (core.search_terms).
        index.SearchField("indexed_terms"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("id"),
        index.FilterField("region"),
        index.FilterField("live"),
        index.FilterField("locale"),
        index.FilterField("original_locale"),
        index.FilterField("translation_key"),
        index.FilterField("is_nationwide"),
        index.FilterField("is_online"),
        index.FilterField("organisation"),
        index.FilterField("visible_from"),
        index.FilterField("visible_until"),
        index.FilterField("created_at"),
        index.FilterField("title"),
    ]

    indexed_term_fields = ("title", "summary", "body")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = newest_first("created_at")
        indexes = [
            models.Index(fields=["live", "visible_from", "visible_until"], name="%(app_label)s_%(class)s_vis"),
            models.Index(fields=["region", "live"], name="%(app_label)s_%(class)s_reg"),
            models.Index(fields=["-created_at"], name="%(app_label)s_%(class)s_crt"),
            models.Index(
                fields=["locale", "translation_key"],
                condition=Q(is_translation_row=True),
                name="%(app_label)s_%(class)s_trn",
            ),
        ]

    def __str__(self):
        return self.title

    @classmethod
    def get_indexed_objects(cls):
        # indexed_terms() reads the language and the places: fetched with the rows when the index is rebuilt.
        return super().get_indexed_objects().select_related("locale").prefetch_related("municipalities")

    def indexed_term_texts(self):
        """The listing's own words, its municipalities' names in Finnish and Swedish and its organisation's name."""
        places = [name for place in self.municipalities.all() for name in (place.name_fi, place.name_sv)]
        organisation = [self.organisation.name] if self.organisation_id else []
        return [*super().indexed_term_texts(), *places, *organisation]

    #: When a listing is over by its nature: the first of these fields that is set (empty: it does not end).
    #: Over listings leave the lists for the archive (listings.visibility).
    end_fields = ()

    #: Fields besides the common ones that `placement_order()` reads.
    placement_fields = ("created_at",)

    @classmethod
    def placement_order(cls, values):
        """(sort key, tie breaker): integers whose ascending order is the type's list order (Meta.ordering)."""
        return -placements.microseconds(values["created_at"]), -values["id"]

    def default_region(self):
        """The organisation's region, else the region of the first municipality."""
        if self.organisation_id and self.organisation.region_id:
            return self.organisation.region
        first = next(iter(self.municipalities.all()), None)
        return Region.objects.owning(first)

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id and not self.image_alt.strip():
            if self.image.description:
                self.image_alt = self.image.description
            else:
                errors["image_alt"] = [_("Describe the image for people who cannot see it.")]
        if self.visible_from and self.visible_until and self.visible_until <= self.visible_from:
            errors["visible_until"] = [_("The end of the visibility period must be after its start.")]
        if not self.organisation_optional and self.organisation is None and not self.submitter_email:
            errors["organisation"] = [_("Choose the organisation this belongs to.")]
        self.validate_type(errors)
        if errors:
            raise ValidationError(errors)

    def validate_type(self, errors):
        """Add a listing type's own checks to `errors` ({field: [messages]}); the base reports them all at once."""

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200] or self._meta.model_name
        if self.original_locale_id is None:
            if self.locale_id is None:
                self.locale = self.get_default_locale()
            self.original_locale_id = self.locale_id
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or not placements.inputs(type(self)).isdisjoint(update_fields):
            # After ClusterableModel.save(), which is when the municipalities are written.
            placements.refresh_listing(self)
        # Once per save, after ClusterableModel.save() has written the municipalities (see search_auto_update).
        insert_or_update_object_task.enqueue(self._meta.app_label, self._meta.model_name, str(self.pk))

    @property
    def is_translation(self):
        return self.locale_id != self.original_locale_id

    def get_preview_template(self, request, mode_name):
        return f"listings/{self._meta.model_name}_detail.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["listing"] = self
        return context


def remove_from_search_index(sender, instance, **kwargs):
    """A deleted listing leaves the search index (a signal, so that deleting a queryset is covered too)."""
    index.remove_object(instance)
