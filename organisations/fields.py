"""Model field helpers for the models of other apps that belong to an organisation."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def organisation_foreign_key(on_delete, **kwargs):
    """A foreign key to the organisation a row belongs to; `on_delete` says what the row does when it goes."""
    return models.ForeignKey(
        "organisations.Organisation", verbose_name=_("organisation"), on_delete=on_delete, **kwargs
    )
