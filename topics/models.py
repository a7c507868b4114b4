from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from core.translation import InReadersLanguage


class TranslatedNameMixin(models.Model):
    """A name in Finnish (the `name` field) with Swedish and English forms."""

    name_sv = models.CharField(_("name in Swedish"), max_length=100, blank=True)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)

    class Meta:
        abstract = True

    #: The name in the active language, falling back to Finnish.
    label = InReadersLanguage("name", fallback="name")

    def __str__(self):
        return self.name


class Topic(TranslatedNameMixin, TagBase):
    """A curated topic (culture, sports, well-being...) shared by listings and guides.

    Coordinators manage the list; editors choose from it but cannot invent
    new ones, so filters stay meaningful.
    """

    # Wagtail's tag widget offers only existing tags when this is off.
    free_tagging = False

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]


class CuratedTerm(TranslatedNameMixin, models.Model):
    """One of a short list that coordinators keep and editors choose from, in the coordinators' order."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]


class Audience(CuratedTerm):
    """Who something is meant for: children, families, older people, everyone..."""

    class Meta(CuratedTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
