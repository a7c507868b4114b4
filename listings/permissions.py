"""Every listing type is scoped to its organisation and owning region in the admin.

The policy itself and the per-object checks live in organisations.permissions;
listings only registers it for its own models.
"""

from organisations.permissions import register_policy

from .models import LISTING_MODELS


def register():
    """Register the scoped policy for every listing type; called once from ListingsConfig.ready()."""
    for model in LISTING_MODELS:
        register_policy(model)
