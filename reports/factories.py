"""Test and demo data for activity records.

`ActivityRecordFactory(listing=activity, date=..., participants=...)` records a
session of a listing's original row for the listing's organisation.
"""

import factory
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from .models import ActivityRecord


class ActivityRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActivityRecord
        exclude = ("listing",)

    listing = None
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(type(o.listing)))
    object_id = factory.LazyAttribute(lambda o: o.listing.pk)
    organisation = factory.LazyAttribute(lambda o: o.listing.organisation)
    date = factory.LazyFunction(timezone.localdate)
    participants = 10
    volunteers = 2
    volunteer_hours = 4
