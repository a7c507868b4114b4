"""Model field helpers shared by the apps' models."""

from django.db import models


def detachable_foreign_key(to, verbose_name, **kwargs):
    """An optional foreign key that its row outlives: deleting what it points at only empties it.

    The rule for content that points at a person, an image or a region
    (accounts.data_export): the content stays, without what was deleted.
    """
    return models.ForeignKey(to, verbose_name=verbose_name, null=True, blank=True, on_delete=models.SET_NULL, **kwargs)
