"""Which changes outside pages drop cached site data that listings show (regions/cache.py).

A listing's own edits drop nothing: its cached cards are keyed by its and
its organisation's `updated_at` (listings/cards.py), so a Lapland listing
published leaves every site's cache in place, Lapland's included, and its
new card is rendered on first view. What cards and filter forms show of
topics, audiences, municipalities, accessibility features and images is cached under the site
versions, so editing one of those (rare, and shown on any site) drops
every site's data.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model

from regions import cache
from regions.models import Municipality
from topics.models import Audience, Topic

from .models import AccessibilityFeature


def _shown_everywhere(sender, **kwargs):
    cache.bump_all()


def connect():
    """Called once, from ListingsConfig.ready()."""
    for model in (Topic, Audience, Municipality, AccessibilityFeature, get_image_model()):
        post_save.connect(_shown_everywhere, sender=model, dispatch_uid=f"listings-cache-{model.__name__}-saved")
        post_delete.connect(_shown_everywhere, sender=model, dispatch_uid=f"listings-cache-{model.__name__}-deleted")
