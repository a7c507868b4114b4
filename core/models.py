"""Abstract models the apps' models share."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Timestamped(models.Model):
    """When a row was created and when it last changed (listings, organisations, activity records)."""

    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True
