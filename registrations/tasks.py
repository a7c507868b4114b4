"""Sign-up e-mails, sent through django-tasks after the sign-up's transaction has committed.

The participant's mails are in the language they signed up in and carry
their cancel link; a confirmed registration carries the event's dates as an
.ics attachment. The organiser's notice goes to the listing's sign-up
address in the listing's own language. Every task takes ids and does
nothing when the sign-up is gone or has been anonymised.
"""

from django_tasks import task

from core.mail import send_templated_mail
from listings.ical import event_calendar
from listings.models import Event

from .links import absolute_url, listing_in_language, public_listing_url
from .models import Registration


def _registration(pk):
    return (
        Registration.objects.filter(pk=pk, anonymised_at__isnull=True)
        .exclude(email="")
        .select_related("region", "region__site", "date", "content_type")
        .first()
    )


def dates_of(registration, listing):
    """The dates a sign-up is for: its own date of a series signed up date by date, else every date."""
    dates = listing.dates()
    if listing.signup_for == Event.SignUpFor.DATE and listing.is_series:
        key = str(registration.date_id) if registration.date_id else "first"
        dates = [date for date in dates if date.key == key]
    return dates


def _context(registration):
    listing = listing_in_language(registration)
    context = {
        "registration": registration,
        "listing": listing,
        "is_event": isinstance(listing, Event),
        "listing_url": public_listing_url(registration, listing) if listing is not None else "",
        "cancel_url": absolute_url(registration, "cancel"),
        "done_url": absolute_url(registration, "done"),
    }
    if isinstance(listing, Event):
        context["dates"] = dates_of(registration, listing)
    return context


def _calendar(context):
    listing = context["listing"]
    if not context["is_event"]:
        return ()
    content = event_calendar(listing, context["listing_url"], dates=context["dates"])
    return [(f"{listing.slug or 'event'}.ics", content, "text/calendar")]


def _send(registration, template, with_calendar=False, context=None):
    context = context or _context(registration)
    if context["listing"] is None:
        return 0
    recipient = context["listing"].signup_recipient
    return send_templated_mail(
        f"registrations/email/{template}",
        context,
        registration.language,
        [registration.email],
        reply_to=[recipient] if recipient else None,
        attachments=_calendar(context) if with_calendar else (),
    )


@task()
def send_signup_mails(registration_id):
    """The participant's receipt (confirmed with the calendar, on the waiting list, or interest received) and the
    organiser's notice, from one reading of the sign-up."""
    registration = _registration(registration_id)
    if registration is None:
        return 0
    context = _context(registration)
    if context["listing"] is None:
        return 0
    if registration.is_interest:
        sent = _send(registration, "interest_received", context=context)
    elif registration.status == Registration.Status.CONFIRMED:
        sent = _send(registration, "confirmed", with_calendar=True, context=context)
    elif registration.status == Registration.Status.WAITING:
        sent = _send(registration, "waiting", context=context)
    else:
        sent = 0
    if not registration.added_by_organiser:
        sent += _notify_organiser(registration, context)
    return sent


@task()
def send_promoted_mail(registration_id):
    """A place came free and the participant moved up from the waiting list."""
    registration = _registration(registration_id)
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        return 0
    return _send(registration, "promoted", with_calendar=True)


@task()
def send_cancelled_mail(registration_id):
    registration = _registration(registration_id)
    if registration is None or registration.status != Registration.Status.CANCELLED:
        return 0
    return _send(registration, "cancelled")


def _notify_organiser(registration, context):
    """Tell the listing's sign-up address about a new sign-up or expression of interest, in the listing's language."""
    original = registration.listing
    if original is None or not original.signup_recipient:
        return 0
    language = original.locale.language_code if original.locale_id else "fi"
    return send_templated_mail(
        "registrations/email/organiser_notice",
        {**context, "listing": original},
        language,
        [original.signup_recipient],
        reply_to=[registration.email],
    )


@task()
def send_organiser_message(registration_id, subject, body):
    """The organiser's own message to one participant, framed in the participant's language."""
    registration = _registration(registration_id)
    if registration is None or registration.status == Registration.Status.CANCELLED:
        return 0
    context = {**_context(registration), "subject": subject, "body": body}
    if context["listing"] is None:
        return 0
    recipient = context["listing"].signup_recipient
    return send_templated_mail(
        "registrations/email/organiser_message",
        context,
        registration.language,
        [registration.email],
        reply_to=[recipient] if recipient else None,
    )
