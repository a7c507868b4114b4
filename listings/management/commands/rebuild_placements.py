"""Recompute where every listing is shown, from the listing tables.

Saving through the admin, the public forms or the ORM keeps the placements
current by itself; this is for after data arrived around `Listing.save()`
(bulk inserts, SQL imports, a restored dump).
"""

import time

from django.core.management.base import BaseCommand

from listings.models import ListingPlacement, placements


class Command(BaseCommand):
    help = "Recompute every listing's placements (where and in which language it is shown)."

    def handle(self, *args, **options):
        started = time.monotonic()
        placements.rebuild()
        self.stdout.write(
            f"{ListingPlacement.objects.count()} placements computed in {time.monotonic() - started:.1f} s."
        )
