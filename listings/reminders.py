"""Freshness reminders: members of an organisation are told when its listings are about to expire, or
when it has published nothing for a long time.

A daily job (`manage.py send_freshness_reminders`, in SCHEDULED_JOBS) finds
what is due:

- a live listing whose visibility ends (its "visible until" or scheduled
  expiry, whichever comes first) within `FRESHNESS_EXPIRY_NOTICE_DAYS`;
- an organisation whose last published listing (or, with none, its own
  profile) is older than `FRESHNESS_QUIET_DAYS`.

Each reminder is recorded (`FreshnessReminder`) under a key of the listing
and its deadline, or the organisation and its last publishing time, in the
same transaction as its mails, so it is sent once: a listing that is
extended, or an organisation that publishes and falls quiet again, is
reminded of anew. A listing's translations are one listing here.

Each member who has not turned the reminders off (`User.freshness_reminders`,
on their account page, which every mail links to) gets one mail per
organisation and run, in their own language.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Site

from accounts.forms import REMINDERS_ANCHOR
from core.mail import preferred_language, send_templated_mail
from organisations.models import Organisation

from . import registry, visibility
from .addresses import listing_url
from .models import FreshnessReminder

TEMPLATE = "listings/email/freshness_reminder"


@dataclass
class Expiring:
    listing: object
    deadline: datetime.datetime

    @property
    def key(self):
        return f"expiring:{self.listing._meta.label_lower}:{self.listing.pk}:{self.deadline.isoformat()}"


def expiring_listings(now, days):
    """The live listings of organisations whose visibility ends within `days`, one per translation group."""
    horizon = now + datetime.timedelta(days=days)
    found = {}
    for model in registry.listing_models():
        rows = (
            model.objects.filter(live=True, organisation__isnull=False)
            .filter(visibility.ends_within_q(now, horizon))
            .select_related("organisation", "region__site")
            .order_by("pk")
        )
        for listing in rows:
            deadline = visibility.visibility_ends(listing, now)
            if deadline is not None and deadline <= horizon:
                # The first row of a translation group (the original, as it was created first) stands for all.
                found.setdefault((model, listing.translation_key, deadline), Expiring(listing, deadline))
    return list(found.values())


def quiet_organisations(now, days):
    """{organisation: the last time it published} for live organisations quiet for longer than `days`."""
    latest = {}
    for model in registry.listing_models():
        rows = (
            model.objects.filter(organisation__isnull=False, last_published_at__isnull=False)
            .order_by()
            .values("organisation_id")
            .annotate(last=Max("last_published_at"))
        )
        for row in rows:
            latest[row["organisation_id"]] = max(row["last"], latest.get(row["organisation_id"], row["last"]))
    limit = now - datetime.timedelta(days=days)
    quiet = {}
    # Only organisations someone can be reminded of: live, with members.
    organisations = Organisation.objects.filter(live=True, memberships__isnull=False).distinct()
    for organisation in organisations.select_related("region__site"):
        since = latest.get(organisation.pk) or organisation.first_published_at
        if since is not None and since <= limit:
            quiet[organisation] = since
    return quiet


def _recipients(organisation):
    return (
        get_user_model()
        .objects.filter(memberships__organisation=organisation, is_active=True, freshness_reminders=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
        .order_by("pk")
    )


def _site(owner):
    """The site of the region that owns an organisation or listing, else the default site."""
    region = owner.region
    if region is not None and region.site is not None:
        return region.site
    return Site.objects.filter(is_default_site=True).first()


def _setting_url(site, language):
    with translation.override(language):
        path = reverse("accounts:my_account")
    return f"{site.root_url if site else ''}{path}#{REMINDERS_ANCHOR}"


def _claim(key, kind, organisation, deadline):
    """True when this reminder had not been sent (and is now recorded as sent)."""
    _, created = FreshnessReminder.objects.get_or_create(
        key=key, defaults={"kind": kind, "organisation": organisation, "deadline": deadline}
    )
    return created


def _remind(organisation, expiring, quiet_since):
    """Mail the organisation's members what of this is new; the number of mails sent."""
    finder = AdminURLFinder()
    with transaction.atomic():
        claimed, new_expiring = [], []
        for item in expiring:
            if _claim(item.key, FreshnessReminder.Kind.EXPIRING, organisation, item.deadline):
                claimed.append(item.key)
                new_expiring.append(item)
        if quiet_since is not None:
            key = f"quiet:{organisation.pk}:{quiet_since.isoformat()}"
            if _claim(key, FreshnessReminder.Kind.QUIET, organisation, quiet_since):
                claimed.append(key)
            else:
                quiet_since = None
        if not claimed:
            return 0
        site = _site(organisation)
        admin = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        sent = 0
        recipients = list(_recipients(organisation))
        for user in recipients:
            language = preferred_language(user)
            items = [
                {
                    "title": item.listing.title,
                    "deadline": item.deadline,
                    "edit_url": admin + (finder.get_edit_url(item.listing) or ""),
                    "url": listing_url(item.listing, _site(item.listing), language, absolute=True),
                }
                for item in new_expiring
            ]
            context = {
                "user": user,
                "organisation": organisation,
                "expiring": items,
                "quiet_since": quiet_since,
                "admin_url": admin + "/admin/",
                "setting_url": _setting_url(site, language),
            }
            sent += send_templated_mail(TEMPLATE, context, language, [user.email])
        FreshnessReminder.objects.filter(key__in=claimed).update(recipients=len(recipients))
    return sent


def send_reminders(now=None):
    """Send every reminder that is due and not yet sent; the number of mails sent."""
    now = now or timezone.now()
    expiring = defaultdict(list)
    for item in expiring_listings(now, settings.FRESHNESS_EXPIRY_NOTICE_DAYS):
        expiring[item.listing.organisation].append(item)
    quiet = quiet_organisations(now, settings.FRESHNESS_QUIET_DAYS)
    sent = 0
    for organisation in sorted(set(expiring) | set(quiet), key=lambda organisation: organisation.pk):
        sent += _remind(organisation, expiring.get(organisation, []), quiet.get(organisation))
    return sent
