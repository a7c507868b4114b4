"""The sign-up engine: what a listing offers now, signing up, cancelling and promoting from the waiting list.

Never over-booked: every change of a listing's place count (a sign-up, a
cancellation, a promotion) happens inside one transaction that first locks
the listing's original row (`select_for_update`), and counts the confirmed
places only after that. Concurrent sign-ups for one event therefore queue on
the lock on PostgreSQL, and each one sees the places the ones before it took;
SQLite serialises writers anyway. Mail goes out after the commit.

The same form sent twice (a double click, a reload after a slow answer)
carries the same idempotency key, which is unique: the second post finds the
first one's sign-up and is answered with it.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from listings.models import Event, Job, VolunteerTask

from .models import Registration
from .tasks import send_cancelled_mail, send_promoted_mail, send_signup_mails

#: The listing types that take sign-ups, by the model name their public addresses use.
SIGNUP_MODELS = {"event": Event, "volunteertask": VolunteerTask, "job": Job}


class State:
    OPEN = "open"
    WAITING_LIST = "waiting_list"
    FULL = "full"
    NOT_OPEN = "not_open"
    CLOSED = "closed"


#: What the reader is told when a sign-up cannot be taken (also the refusal's message).
STATE_MESSAGES = {
    State.FULL: _("All places are taken and there is no waiting list."),
    State.NOT_OPEN: _("Sign-up has not opened yet."),
    State.CLOSED: _("Sign-up has closed."),
}


class SignUpRefused(Exception):
    def __init__(self, state):
        super().__init__(str(STATE_MESSAGES.get(state, state)))
        self.state = state


def accepts_signups(listing):
    """Whether the listing takes sign-ups through the service at all (its settings, not the moment)."""
    if isinstance(listing, Event):
        return listing.registration == Event.Registration.BUILTIN
    return isinstance(listing, (VolunteerTask, Job)) and listing.takes_interest


def original_of(listing):
    """The listing's original row, which holds the sign-ups of every translation."""
    if not listing.is_translation:
        return listing
    return type(listing).objects.get(translation_key=listing.translation_key, locale_id=listing.original_locale_id)


def listing_filter(listing):
    return {"content_type": ContentType.objects.get_for_model(type(listing)), "object_id": listing.pk}


@dataclass
class Target:
    """What one sign-up is for: a date of a series signed up date by date, or the whole listing."""

    date_id: int | None
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    state: str
    places_left: int | None  # None: no limit
    taken: int = 0
    waiting: int = 0

    @property
    def key(self):
        return "first" if self.date_id is None else str(self.date_id)

    @property
    def can_sign_up(self):
        return self.state in (State.OPEN, State.WAITING_LIST)


@dataclass
class Availability:
    """What a listing offers at a moment: one target, or one per date of a series signed up date by date."""

    listing: object
    kind: str
    capacity: int | None
    waiting_list: bool
    max_places: int
    targets: list = field(default_factory=list)

    @property
    def per_date(self):
        return len(self.targets) > 1

    def target(self, key):
        key = key or "first"
        return next((target for target in self.targets if target.key == str(key)), None)

    @property
    def can_sign_up(self):
        return any(target.can_sign_up for target in self.targets)

    @property
    def state(self):
        """The listing's state as a whole: the best any of its targets offers."""
        for state in (State.OPEN, State.WAITING_LIST, State.NOT_OPEN, State.FULL, State.CLOSED):
            if any(target.state == state for target in self.targets):
                return state
        return State.CLOSED


def _closes_at(listing, start):
    """When sign-up closes: at the deadline the organiser set, else when the event (or date) starts; interest
    closes at the end of its application deadline day."""
    if isinstance(listing, Event):
        return min(filter(None, [listing.registration_deadline, start]))
    if listing.deadline:
        end_of_day = datetime.datetime.combine(listing.deadline + datetime.timedelta(days=1), datetime.time())
        return timezone.make_aware(end_of_day)
    return None


def _state(listing, capacity, waiting_list, taken, start, now):
    if listing.signup_opens_at and now < listing.signup_opens_at:
        return State.NOT_OPEN
    closes_at = _closes_at(listing, start)
    if closes_at is not None and now >= closes_at:
        return State.CLOSED
    if capacity is None or taken < capacity:
        return State.OPEN
    return State.WAITING_LIST if waiting_list else State.FULL


def counts(listing):
    """{date_id: (confirmed places, waiting sign-ups)} of the listing's original row, in one query."""
    rows = (
        Registration.objects.filter(
            **listing_filter(listing), status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING]
        )
        .values("date_id", "status")
        .annotate(places=Sum("places"))
        .order_by()
    )
    result = {}
    for row in rows:
        confirmed, waiting = result.get(row["date_id"], (0, 0))
        if row["status"] == Registration.Status.CONFIRMED:
            confirmed = row["places"]
        else:
            waiting = row["places"]
        result[row["date_id"]] = (confirmed, waiting)
    return result


def availability(listing, now=None):
    """What `listing` (its original row) offers at `now`, or None when it takes no sign-ups."""
    if not accepts_signups(listing):
        return None
    now = now or timezone.now()
    is_event = isinstance(listing, Event)
    waiting_list = is_event and listing.waiting_list
    taken = counts(listing)
    if is_event and listing.signup_for == Event.SignUpFor.DATE and listing.is_series:
        spans = [(date.date_id, date.starts_at, date.ends_at) for date in listing.dates()]
    elif is_event:
        spans = [(None, listing.starts_at, listing.ends_at)]
    else:
        spans = [(None, None, None)]
    targets = []
    for date_id, start, end in spans:
        confirmed, waiting = taken.get(date_id, (0, 0))
        left = None if listing.capacity is None else max(listing.capacity - confirmed, 0)
        state = _state(listing, listing.capacity, waiting_list, confirmed, start, now)
        targets.append(Target(date_id, start, end, state, left, confirmed, waiting))
    return Availability(
        listing=listing,
        kind=Registration.Kind.REGISTRATION if is_event else Registration.Kind.INTEREST,
        capacity=listing.capacity,
        waiting_list=waiting_list,
        max_places=listing.places_per_signup if is_event else 1,
        targets=targets,
    )


def _locked(listing):
    """The listing's original row, locked until the transaction ends (PostgreSQL; SQLite locks the database)."""
    return type(listing).objects.select_for_update().get(pk=listing.pk)


def _after_commit(function, *args):
    transaction.on_commit(lambda: function(*args))


def sign_up(
    listing, *, key, date_key=None, places=1, details, region=None, user=None, by_organiser=False, notify=True, now=None
):
    """Sign up for `listing` (any row of it): a new Registration, or the one this form `key` already made.

    `details` holds name, email, phone, guardian_name, message, answers and
    language. Raises SignUpRefused when the listing (or the date) takes no
    sign-up now; returns (registration, created). `notify=False` sends no mail (demo data).
    """
    original = original_of(listing)
    try:
        with transaction.atomic():
            locked = _locked(original)
            existing = Registration.objects.filter(idempotency_key=key).first()
            if existing is not None:
                return existing, False
            offer = availability(locked, now)
            target = offer.target(date_key) if offer is not None else None
            if target is None:
                raise SignUpRefused(State.CLOSED)
            if not target.can_sign_up:
                raise SignUpRefused(target.state)
            places = max(1, min(int(places or 1), offer.max_places))
            if target.places_left is None or (target.state == State.OPEN and places <= target.places_left):
                status = Registration.Status.CONFIRMED
            elif offer.waiting_list:
                status = Registration.Status.WAITING
            else:
                # Fewer places left than asked for, and no waiting list.
                raise SignUpRefused(State.FULL)
            registration = Registration.objects.create(
                kind=offer.kind,
                **listing_filter(locked),
                date_id=target.date_id,
                organisation_id=locked.organisation_id,
                region=region or locked.region,
                status=status,
                places=places,
                user=user if user is not None and user.is_authenticated else None,
                idempotency_key=key,
                added_by_organiser=by_organiser,
                **details,
            )
    except IntegrityError:
        # The same key committed by a parallel post between our check and our insert.
        existing = Registration.objects.filter(idempotency_key=key).first()
        if existing is None:
            raise
        return existing, False
    if notify:
        _after_commit(send_signup_mails.enqueue, registration.pk)
    return registration, True


def _promote_in_order(listing, date_id, now=None):
    """Confirm the waiting sign-ups, first come first served, while their places fit; call it under the lock."""
    offer = availability(listing, now)
    target = offer.target(date_id) if offer is not None else None
    if target is None:
        return []
    free = target.places_left
    promoted = []
    waiting = Registration.objects.filter(
        **listing_filter(listing), date_id=date_id, status=Registration.Status.WAITING
    ).order_by("created_at", "pk")
    for registration in waiting:
        if free is not None and registration.places > free:
            # The next in line does not fit: nobody overtakes them.
            break
        registration.set_status(Registration.Status.CONFIRMED)
        registration.save(update_fields=["status", "status_changed_at"])
        promoted.append(registration)
        if free is not None:
            free -= registration.places
    return promoted


def _listing_of(registration):
    return registration.content_type.get_object_for_this_type(pk=registration.object_id)


def cancel(registration, *, notify=True):
    """Cancel a sign-up, free its places and promote those next in line; the promoted sign-ups."""
    with transaction.atomic():
        listing = _locked(_listing_of(registration))
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return []
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.set_status(Registration.Status.CANCELLED)
        registration.save(update_fields=["status", "status_changed_at"])
        promoted = _promote_in_order(listing, registration.date_id) if was_confirmed else []
    if notify:
        _after_commit(send_cancelled_mail.enqueue, registration.pk)
    for other in promoted:
        _after_commit(send_promoted_mail.enqueue, other.pk)
    return promoted


def promote(registration):
    """The organiser confirms one waiting sign-up out of turn, if its places fit; True when it was promoted."""
    with transaction.atomic():
        listing = _locked(_listing_of(registration))
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Registration.Status.WAITING:
            return False
        offer = availability(listing)
        target = offer.target(registration.date_id) if offer is not None else None
        if target is None or (target.places_left is not None and registration.places > target.places_left):
            return False
        registration.set_status(Registration.Status.CONFIRMED)
        registration.save(update_fields=["status", "status_changed_at"])
    _after_commit(send_promoted_mail.enqueue, registration.pk)
    return True
