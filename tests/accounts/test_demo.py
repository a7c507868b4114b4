import io

import pytest

from accounts import demo
from accounts.factories import UserFactory
from accounts.models import TermsAcceptance, TermsVersion


@pytest.mark.django_db
def test_the_demo_publishes_one_terms_version_and_its_users_have_accepted_it():
    demo.load(io.StringIO())
    demo.load(io.StringIO())
    version = TermsVersion.objects.get()
    assert version.label == "2025-1"
    assert TermsVersion.objects.current() == version
    user = UserFactory(email="koordinaattori@example.org")
    UserFactory(email="koordinaattori@example.org")
    assert TermsAcceptance.objects.filter(user=user, terms_version=version).count() == 1
