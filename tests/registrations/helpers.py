"""Posting the sign-up form as a browser would."""

import uuid

from django.utils import translation

from core.spam import new_token
from listings.addresses import listing_url

HOST = "lappilaiset.localhost"


def event_path(listing, region, language="fi"):
    return listing_url(listing, region.site, language)


def signup_path(listing, language="fi"):
    from django.urls import reverse

    with translation.override(language):
        return reverse("registrations:signup", args=[listing._meta.model_name, listing.pk])


def signup_data(**overrides):
    data = {
        "key": str(uuid.uuid4()),
        "name": "Aino Osallistuja",
        "email": "aino@example.org",
        "phone": "040 765 4321",
        "consent": "on",
        "homepage": "",
        "started": new_token(),
    }
    data.update(overrides)
    return data


def post_signup(client, listing, language="fi", **overrides):
    return client.post(signup_path(listing, language), signup_data(**overrides), HTTP_HOST=HOST)
