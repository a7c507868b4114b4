"""The producers' social-media channels and the posts imported from them.

Imported into regions/models.py so that Django registers them with the app.
"""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from core.fields import detachable_foreign_key, image_alt_field


@register_setting(icon="rss")
class SocialFeedSettings(ClusterableModel, BaseSiteSetting):
    """A site's social-media channels whose RSS or Atom feeds its home page shows."""

    panels = [InlinePanel("feeds", label=_("Channel feeds"), heading=_("Social-media channels"))]

    class Meta:
        verbose_name = _("social-media channels")


class SocialFeed(Orderable):
    """One channel's RSS or Atom feed, with the state of its last import."""

    settings = ParentalKey(SocialFeedSettings, on_delete=models.CASCADE, related_name="feeds")
    name = models.CharField(
        _("channel"), max_length=100, help_text=_("Shown beside the posts, for example “Facebook” or “Our blog”.")
    )
    url = models.URLField(_("feed address"), max_length=500, help_text=_("The channel's RSS or Atom feed."))
    active = models.BooleanField(_("import posts"), default=True)
    last_checked_at = models.DateTimeField(_("last checked"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("last imported"), null=True, blank=True, editable=False)
    last_error = models.CharField(_("last error"), max_length=500, blank=True, editable=False)

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("active")]

    class Meta(Orderable.Meta):
        verbose_name = _("channel feed")
        verbose_name_plural = _("channel feeds")

    def __str__(self):
        return f"{self.name} ({self.url})"


class SocialPost(models.Model):
    """A post imported from a channel feed; its summary is sanitised HTML."""

    feed = models.ForeignKey(SocialFeed, on_delete=models.CASCADE, related_name="posts")
    guid = models.CharField(_("identifier in the feed"), max_length=500)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    link = models.URLField(_("link"), max_length=1000)
    image_url = models.URLField(_("image address"), max_length=1000, blank=True)
    published_at = models.DateTimeField(_("published"), db_index=True)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    hidden = models.BooleanField(
        _("hidden"), default=False, help_text=_("A hidden post is not shown on the site; the import keeps it hidden.")
    )

    class Meta:
        verbose_name = _("social-media post")
        verbose_name_plural = _("social-media posts")
        ordering = ["-published_at"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="unique_social_post_per_feed")]

    def __str__(self):
        return self.title

    @property
    def display_title(self):
        return self.title

    @property
    def channel_name(self):
        return self.feed.name

    @property
    def summary_html(self):
        # Sanitised by the import (regions.social_feeds.clean_summary) before it was stored.
        return mark_safe(self.summary)


#: Lifted posts link only to web addresses: a pasted javascript: or ftp: address is refused.
http_url_validator = URLValidator(schemes=["http", "https"])

LIFTED_TEXT_MAX_LENGTH = 2000


class LiftedPost(models.Model):
    """A post a coordinator lifts by hand from a channel that offers no feed (Facebook, Instagram).

    Its text and image are stored here, so the site shows it without loading
    anything from the social network; the reader follows the link to the original.
    """

    region = models.ForeignKey(
        "regions.Region", verbose_name=_("region"), on_delete=models.CASCADE, related_name="lifted_posts"
    )
    channel = models.CharField(
        _("channel"), max_length=100, help_text=_("Shown beside the post, for example “Facebook” or “Instagram”.")
    )
    link = models.URLField(
        _("address of the original post"),
        max_length=1000,
        validators=[http_url_validator],
        help_text=_("Copy the post's address from the browser's address bar, starting with https://."),
    )
    title = models.CharField(
        _("title"), max_length=300, blank=True, help_text=_("Optional; without one the start of the text is shown.")
    )
    text = models.TextField(_("text"), max_length=LIFTED_TEXT_MAX_LENGTH)
    image = detachable_foreign_key(
        "wagtailimages.Image",
        _("image"),
        related_name="+",
        help_text=_("Optional. Upload it to your region's collection; it is shown from this site."),
    )
    image_alt = image_alt_field(_("What the image shows, for readers who cannot see it. Required with an image."))
    published_at = models.DateTimeField(
        _("published"), default=timezone.now, db_index=True, help_text=_("When the post was published on its channel.")
    )
    hidden = models.BooleanField(_("hidden"), default=False, help_text=_("A hidden post is not shown on the site."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("lifted post")
        verbose_name_plural = _("lifted posts")
        ordering = ["-published_at"]

    def __str__(self):
        return self.display_title

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image for readers who cannot see it, or remove the image.")
        if self.image_id and self.region_id and not self._image_in_region_collection():
            errors["image"] = _("Choose an image from your region's collection, or upload it there.")
        if errors:
            raise ValidationError(errors)

    def _image_in_region_collection(self):
        collection = self.region.collection
        if collection is None:
            return True
        image_collection = self.image.collection
        return image_collection.pk == collection.pk or image_collection.is_descendant_of(collection)

    @property
    def display_title(self):
        return self.title or Truncator(" ".join(self.text.split())).chars(120)

    @property
    def channel_name(self):
        return self.channel

    @property
    def summary_html(self):
        # Plain text as the coordinator pasted it: escaped (autoescape), its line breaks kept.
        return mark_safe(linebreaks(self.text, autoescape=True))
