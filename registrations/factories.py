"""Test and demo data for sign-ups.

`RegistrationFactory(listing=event)` makes a confirmed sign-up for the
listing's original row; `status=...`, `date=...` and `places=...` as needed.
`signup_event(**fields)` is an upcoming event with registration on this site.
"""

import factory

from listings.factories import EventFactory, ListingRowFactory
from listings.models import Event

from .models import Registration

QUESTIONS = [
    {"type": "question", "value": {"label": "Ruokavalio", "kind": "short", "choices": "", "required": False}},
    {
        "type": "question",
        "value": {"label": "Tarvitsetko kyydin?", "kind": "yesno", "choices": "", "required": True},
    },
]


def signup_event(**fields):
    """An upcoming event taking sign-ups on this site (20 places and a waiting list unless told otherwise)."""
    fields.setdefault("registration", Event.Registration.BUILTIN)
    fields.setdefault("capacity", 20)
    fields.setdefault("contact_email", "tapahtumat@example.org")
    return EventFactory(**fields)


class RegistrationFactory(ListingRowFactory):
    class Meta:
        model = Registration

    region = factory.LazyAttribute(lambda o: o.listing.region)
    kind = factory.LazyAttribute(
        lambda o: Registration.Kind.REGISTRATION if isinstance(o.listing, Event) else Registration.Kind.INTEREST
    )
    name = factory.Sequence(lambda n: f"Osallistuja {n}")
    email = factory.Sequence(lambda n: f"osallistuja{n}@example.org")
    phone = "040 123 4567"
    status = Registration.Status.CONFIRMED
