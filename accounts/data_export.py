"""A user's own data, as one JSON document, with a part from every app that keeps some.

Each app registers the part it keeps about a user, in its AppConfig.ready():

    from accounts.data_export import register_exporter

    def export_memberships(user):
        return [{"organisation": m.organisation.name, "role": m.role} for m in user.memberships.all()]

    register_exporter("memberships", export_memberships)

An exporter takes the user and returns something `json` can write (dicts,
lists, strings, numbers, booleans, None; dates, datetimes, decimals and UUIDs
are converted by Django's JSON encoder). Give only what is about this person:
not other members' names, not moderation notes about them by coordinators.

Deleting an account (accounts.views.delete_account) deletes the User row and
lets the database follow each foreign key's `on_delete`. So every model that
points at the user must choose deliberately:

- content that belongs to an organisation or a region (listings, pages,
  images, submissions, reports, activity records, "created by" / "approved
  by" fields) uses `on_delete=models.SET_NULL, null=True`: the content
  stays, without the person;
- records that are only about the person (a membership, a notification
  preference, a pending invitation they sent) use `on_delete=models.CASCADE`;
- never `PROTECT` or `RESTRICT`: the user could not delete their account,
  and would be told to contact the producer instead.
"""

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

_exporters = {}

FORMAT = "toimeksi-user-data/1"


def register_exporter(key, exporter):
    """Add `exporter(user) -> JSON-able` under `key` in every user's data download."""
    if key in _exporters and _exporters[key] is not exporter:
        raise ImproperlyConfigured(f"A data exporter is already registered for {key!r}.")
    _exporters[key] = exporter


def unregister_exporter(key):
    _exporters.pop(key, None)


def get_exporters():
    return dict(_exporters)


def export_user_data(user):
    """Everything the registered apps keep about `user`, keyed by part."""
    data = {"format": FORMAT, "exported_at": timezone.now()}
    for key, exporter in _exporters.items():
        data[key] = exporter(user)
    return data


def export_account(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "freshness_reminders": user.freshness_reminders,
    }


def export_email_addresses(user):
    # Looked up by name: this module is imported by app configs before the models are loaded.
    EmailAddress = apps.get_model("account", "EmailAddress")
    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("email")
    ]


def export_terms_acceptances(user):
    return [
        {
            "terms_version": acceptance.terms_version.label if acceptance.terms_version else None,
            "accepted_at": acceptance.accepted_at,
        }
        for acceptance in user.terms_acceptances.select_related("terms_version").order_by("accepted_at", "pk")
    ]


def export_groups(user):
    return sorted(user.groups.values_list("name", flat=True))


def register_defaults():
    register_exporter("account", export_account)
    register_exporter("email_addresses", export_email_addresses)
    register_exporter("terms_acceptances", export_terms_acceptances)
    register_exporter("groups", export_groups)
