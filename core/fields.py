"""Model field helpers shared by the apps' models."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def detachable_foreign_key(to, verbose_name, **kwargs):
    """An optional foreign key that its row outlives: deleting what it points at only empties it.

    The rule for content that points at a person, an image or a region
    (accounts.data_export): the content stays, without what was deleted.
    """
    return models.ForeignKey(to, verbose_name=verbose_name, null=True, blank=True, on_delete=models.SET_NULL, **kwargs)


def decision_fields(by_label, at_label):
    """Who decided on a row (a request, a flag) and when. The decision stays when that user deletes their
    account: only the name of who made it goes."""
    return (
        detachable_foreign_key(settings.AUTH_USER_MODEL, by_label, related_name="+"),
        models.DateTimeField(at_label, null=True, blank=True),
    )


def image_alt_field(help_text):
    """The description of a model's image for readers who cannot see it, its `alt` text; empty without an image."""
    return models.CharField(_("image description"), max_length=250, blank=True, help_text=help_text)
