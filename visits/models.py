"""The daily view counts: one row per object, site and day, written only by the flush (counting.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

#: The fields that name a row: the unique constraint, and the flush's upsert.
KEY = ("day", "content_type", "object_id", "site")


class DailyView(models.Model):
    """How many times readers opened one listing or guide on one site on one day.

    Nothing about the readers is kept: no address, user agent or cookie, only
    the count. Rows are added to by the scheduled flush (`flush_page_views`)
    from counters in the shared cache, so a page view itself writes nothing
    to the database.
    """

    day = models.DateField(_("day"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField(_("object id"))
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    count = models.PositiveIntegerField(_("views"), default=0)

    KEY = KEY

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [models.UniqueConstraint(fields=KEY, name="visits_dailyview_unique_day_object_site")]
        indexes = [
            # Statistics ask for one type's objects over a date range.
            models.Index(fields=["content_type", "object_id", "day"], name="visits_object_day"),
            # Region and national statistics ask for a site's (or every site's) days.
            models.Index(fields=["day", "site"], name="visits_day_site"),
        ]

    def __str__(self):
        return f"{self.day} {self.content_type_id}:{self.object_id} @{self.site_id}: {self.count}"
