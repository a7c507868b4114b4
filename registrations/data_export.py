"""The sign-up part of a user's own-data download (accounts.data_export): what they signed up for while logged
in, or with their account's e-mail address."""

from django.db.models import Q

from .models import Registration


def export_registrations(user):
    mine = Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email) if user.email else Q(user=user))
    rows = []
    for registration in mine.select_related("content_type", "date").order_by("created_at", "pk"):
        listing = registration.listing
        rows.append(
            {
                "kind": registration.kind,
                "listing": str(listing) if listing is not None else None,
                "date": registration.date.starts_at if registration.date_id else None,
                "status": registration.status,
                "places": registration.places,
                "name": registration.name,
                "guardian_name": registration.guardian_name,
                "email": registration.email,
                "phone": registration.phone,
                "message": registration.message,
                "answers": registration.answers,
                "signed_up_at": registration.created_at,
            }
        )
    return rows
