"""Freshness reminders: who gets what, the opt-out, no duplicates, the reader's language."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from accounts.factories import UserFactory
from listings.factories import EventFactory, JobFactory, translate
from listings.models import FreshnessReminder
from listings.reminders import send_reminders
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Membership

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def member(organisation, email, language=None, role=Membership.Role.EDITOR, **fields):
    user = UserFactory(email=email, **fields)
    MembershipFactory(user=user, organisation=organisation, role=role)
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def recently_published(organisation):
    """The organisation published today, so it is not quiet."""
    organisation.first_published_at = timezone.now()
    organisation.save(update_fields=["first_published_at"])


@pytest.fixture
def organisation(lapland):
    organisation = OrganisationFactory(name="Tunturin Latu ry")
    recently_published(organisation)
    return organisation


def sent_to():
    return sorted(address for message in mail.outbox for address in message.to)


def test_members_are_told_of_a_listing_about_to_expire_once(organisation, settings):
    settings.FRESHNESS_EXPIRY_NOTICE_DAYS = 7
    editor = member(organisation, "editor@example.org")
    admin = member(organisation, "admin@example.org", role=Membership.Role.ADMIN)
    member(OrganisationFactory(name="Muu yhdistys"), "other@example.org")
    soon = JobFactory(organisation=organisation, title="Kesätyöntekijä", visible_until=timezone.now() + 3 * DAY)
    JobFactory(organisation=organisation, title="Myöhemmin", visible_until=timezone.now() + 30 * DAY)
    JobFactory(organisation=organisation, title="Jo päättynyt", visible_until=timezone.now() - DAY)
    JobFactory(organisation=organisation, title="Luonnos", visible_until=timezone.now() + DAY, draft=True)

    assert send_reminders() == 2
    assert sent_to() == sorted([editor.email, admin.email])
    message = mail.outbox[0]
    assert "Tunturin Latu ry" in message.subject
    assert "Kesätyöntekijä" in message.body
    assert f"/admin/snippets/listings/job/edit/{soon.pk}/" in message.body
    for title in ("Myöhemmin", "Jo päättynyt", "Luonnos"):
        assert title not in message.body
    # The link to the setting that turns the reminders off, on the organisation's site, in the reader's language.
    assert "http://lappilaiset.localhost/fi/tili/#reminders" in message.body

    mail.outbox.clear()
    assert send_reminders() == 0
    assert mail.outbox == []
    assert FreshnessReminder.objects.get().recipients == 2


def test_a_new_deadline_is_a_new_reminder(organisation):
    member(organisation, "editor@example.org")
    job = JobFactory(organisation=organisation, visible_until=timezone.now() + 2 * DAY)
    send_reminders()
    job.visible_until = timezone.now() + 5 * DAY
    job.save()
    assert send_reminders() == 1
    assert FreshnessReminder.objects.count() == 2


def test_a_scheduled_expiry_counts_and_translations_are_one_listing(organisation):
    member(organisation, "editor@example.org")
    event = EventFactory(organisation=organisation, title="Hiihtoretki", expire_at=timezone.now() + 2 * DAY)
    translate(event, "sv", title="Skidutflykt", live=True, expire_at=event.expire_at)
    assert send_reminders() == 1
    assert "Hiihtoretki" in mail.outbox[0].body
    assert "Skidutflykt" not in mail.outbox[0].body


def test_members_who_turned_reminders_off_get_none(organisation):
    member(organisation, "off@example.org", freshness_reminders=False)
    inactive = member(organisation, "gone@example.org")
    inactive.is_active = False
    inactive.save()
    JobFactory(organisation=organisation, visible_until=timezone.now() + DAY)
    assert send_reminders() == 0
    # It counts as sent all the same: turning reminders back on does not bring back old ones.
    assert FreshnessReminder.objects.count() == 1


def test_a_quiet_organisation_is_reminded_once_per_quiet_spell(lapland, settings):
    settings.FRESHNESS_QUIET_DAYS = 180
    quiet = OrganisationFactory(name="Hiljainen kerho ry")
    member(quiet, "quiet@example.org")
    old = JobFactory(organisation=quiet, title="Vanha ilmoitus")
    type(old).objects.filter(pk=old.pk).update(last_published_at=timezone.now() - 200 * DAY)
    busy = OrganisationFactory(name="Aktiivinen ry")
    member(busy, "busy@example.org")
    fresh = JobFactory(organisation=busy)
    type(fresh).objects.filter(pk=fresh.pk).update(last_published_at=timezone.now() - 10 * DAY)
    new = OrganisationFactory(name="Uusi yhdistys")
    recently_published(new)
    member(new, "new@example.org")

    assert send_reminders() == 1
    assert sent_to() == ["quiet@example.org"]
    assert "Hiljainen kerho ry" in mail.outbox[0].subject
    assert "ei ole julkaissut mitään" in mail.outbox[0].body
    assert send_reminders() == 0

    # Publishing and falling quiet again is a new spell.
    type(old).objects.filter(pk=old.pk).update(last_published_at=timezone.now() - 181 * DAY)
    assert send_reminders() == 1


def test_each_member_reads_the_mail_in_their_language(organisation):
    member(organisation, "fi@example.org")
    member(organisation, "sv@example.org", language="sv")
    member(organisation, "en@example.org", language="en")
    JobFactory(organisation=organisation, title="Kahvinkeittäjä", visible_until=timezone.now() + DAY)
    send_reminders()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert by_address["fi@example.org"].extra_headers["Content-Language"] == "fi"
    assert "/fi/tili/#reminders" in by_address["fi@example.org"].body
    assert by_address["fi@example.org"].subject == "Tunturin Latu ry: ilmoituksia vanhenemassa"
    assert "/sv/konto/#reminders" in by_address["sv@example.org"].body
    assert by_address["sv@example.org"].subject == "Tunturin Latu ry: annonser som snart löper ut"
    assert "/en/account/#reminders" in by_address["en@example.org"].body
    assert by_address["en@example.org"].subject == "Tunturin Latu ry: listings about to expire"


def test_the_command_is_a_scheduled_job(organisation, settings):
    assert {"command": ["send_freshness_reminders"], "daily_at": "08:00"} in settings.SCHEDULED_JOBS
    member(organisation, "editor@example.org")
    JobFactory(organisation=organisation, visible_until=timezone.now() + DAY)
    call_command("send_freshness_reminders")
    assert len(mail.outbox) == 1
