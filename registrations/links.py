"""The addresses a participant is sent: their sign-up's page and its cancel page, with a signed token.

The token names the sign-up by its random public id, signed so that it
cannot be made up or altered; it carries no expiry, because a participant
may cancel up to the event.
"""

from django.core import signing
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from listings.addresses import listing_url

from .models import Registration

SALT = "registrations.participant"


def token_for(registration):
    return signing.dumps(str(registration.public_id), salt=SALT)


def registration_for_token(token):
    """The sign-up a token names, or None for a token that is not ours or whose sign-up is gone."""
    try:
        public_id = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.filter(public_id=public_id).select_related("region", "date").first()


def _site(registration):
    region = registration.region
    if region is not None and region.site_id:
        return region.site
    return Site.objects.filter(is_default_site=True).first()


def absolute_url(registration, name, language=None):
    """The full address of one of the participant's pages ("done", "cancel") on the site they signed up on."""
    language = language or registration.language
    with translation.override(language):
        path = reverse(f"registrations:{name}", args=[token_for(registration)])
    site = _site(registration)
    return (site.root_url.rstrip("/") if site else "") + path


def listing_in_language(registration, language=None):
    """The listing's row in the participant's language where one exists, else the original."""
    original = registration.listing
    if original is None:
        return None
    language = language or registration.language
    model = type(original)
    translated = model.objects.filter(
        translation_key=original.translation_key, locale__language_code=language, live=True
    ).first()
    return translated or original


def public_listing_url(registration, listing, language=None):
    site = _site(registration)
    return listing_url(listing, site, language or registration.language, absolute=True) if site else ""
