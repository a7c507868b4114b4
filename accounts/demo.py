"""The first published version of the terms of use, read from accounts/demo/terms.yaml."""

from pathlib import Path

import yaml
from django.utils import timezone

from .factories import TermsVersionFactory

FIRST_VERSION = Path(__file__).resolve().parent / "demo" / "terms.yaml"


def load(stdout):
    version = TermsVersionFactory(**yaml.safe_load(FIRST_VERSION.read_text(encoding="utf-8")))
    stdout.write(
        f"  terms of use version {version.label}, in effect from {timezone.localtime(version.effective_from):%Y-%m-%d}"
    )
