"""Test and demo data for activity records.

`ActivityRecordFactory(listing=activity, date=..., participants=...)` records a
session of a listing's original row for the listing's organisation.
"""

import factory
from django.utils import timezone

from listings.factories import ListingRowFactory

from .models import ActivityRecord


class ActivityRecordFactory(ListingRowFactory):
    class Meta:
        model = ActivityRecord

    date = factory.LazyFunction(timezone.localdate)
    participants = 10
    volunteers = 2
    volunteer_hours = 4
