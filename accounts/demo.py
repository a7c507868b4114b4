"""The first published version of the terms of use.

Demo users created after this (by the regions' demo) have accepted it, like
real registered users; anyone else who logs in is asked to accept it.
"""

import datetime

from django.utils import timezone

from .factories import TermsVersionFactory

FIRST_VERSION = {
    "label": "2025-1",
    "effective_from": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
    "changes_fi": "Palvelun ensimmäiset käyttöehdot.",
    "changes_sv": "Tjänstens första användarvillkor.",
    "changes_en": "The service's first terms of use.",
}


def load(stdout, port=8000):
    version = TermsVersionFactory(**FIRST_VERSION)
    stdout.write(
        f"  terms of use version {version.label}, in effect from {timezone.localtime(version.effective_from):%Y-%m-%d}"
    )
