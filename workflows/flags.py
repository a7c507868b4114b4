"""Readers' flags on published listings: wrong, outdated or inappropriate content."""

from django.db import transaction

from listings.models import LISTING_MODELS

from .records import ListingFlag
from .tasks import send_flag_notification

FLAGGABLE = {model._meta.model_name: model for model in LISTING_MODELS}


def flaggable_listing(region, model_name, pk):
    """The listing if the current site shows it; only what readers can see can be flagged."""
    model = FLAGGABLE.get(model_name)
    if model is None:
        return None
    return model.objects.visible_on(region).filter(pk=pk).first()


@transaction.atomic
def create_flag(listing, data, language):
    flag = ListingFlag.objects.create(
        listing=listing,
        listing_title=listing.title[:255],
        reason=data["reason"],
        message=data.get("message", ""),
        reporter_email=data.get("reporter_email", ""),
        language=language,
        region=listing.region,
    )
    transaction.on_commit(lambda: send_flag_notification.enqueue(flag.pk))
    return flag
