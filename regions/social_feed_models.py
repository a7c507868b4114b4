"""The producers' social-media channels and the posts imported from them.

Imported into regions/models.py so that Django registers them with the app.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


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

    class Meta:
        verbose_name = _("social-media post")
        verbose_name_plural = _("social-media posts")
        ordering = ["-published_at"]
        constraints = [models.UniqueConstraint(fields=["feed", "guid"], name="unique_social_post_per_feed")]

    def __str__(self):
        return self.title
