"""Test and demo data for moderation: submissions made the way the public forms make them, and readers' flags."""

import datetime

import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from .models import CoordinatorPreference, ListingFlag, Submission
from .services import create_submission


def submission_data(kind, municipality, **overrides):
    """The cleaned data of a valid public form of `kind`."""
    data = {
        "title": "Kyläjuhla kylätalolla",
        "description": "Tervetuloa kyläjuhlaan!\n\nOhjelmassa on musiikkia ja kahvia.",
        "municipality": municipality,
        "image": None,
        "image_alt": "",
        "submitter_name": "Kaisa Kyläläinen",
        "submitter_email": "kaisa@example.org",
    }
    if kind == Submission.Kind.EVENT:
        starts = timezone.now().replace(minute=0, second=0, microsecond=0) + datetime.timedelta(days=14)
        data.update(starts_at=starts, ends_at=starts + datetime.timedelta(hours=3), place_name="Kylätalo", address="")
    if kind == Submission.Kind.STORY:
        data["author_name"] = ""
    data.update(overrides)
    return data


class SubmissionFactory(factory.Factory):
    """A citizen submission created through the same service as the public form.

    Pass `kind`, `municipality` (a Municipality), `site_region` (the site it
    was sent on), `language`, and any form field as a keyword.
    """

    class Meta:
        model = dict

    kind = Submission.Kind.EVENT
    language = "fi"
    site_region = None
    municipality = None

    @classmethod
    def _create(cls, model_class, kind, language, site_region, municipality, **fields):
        return create_submission(kind, submission_data(kind, municipality, **fields), site_region, language)

    _build = _create


class ListingFlagFactory(factory.django.DjangoModelFactory):
    """A reader's flag on a listing (pass `listing`)."""

    class Meta:
        model = ListingFlag
        exclude = ("listing",)

    listing = None
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.listing))
    object_id = factory.LazyAttribute(lambda o: o.listing.pk)
    listing_title = factory.LazyAttribute(lambda o: o.listing.title)
    region = factory.LazyAttribute(lambda o: o.listing.region)
    reason = ListingFlag.Reason.OUTDATED
    message = "Tapahtuma on peruttu."


class CoordinatorPreferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CoordinatorPreference
        django_get_or_create = ("user",)

    digest = True
