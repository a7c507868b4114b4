import re

import pytest
from django.core.cache import cache

HOST = "lappilaiset.localhost"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts attempts in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


def first_link(body, pattern):
    match = re.search(pattern, body)
    assert match, f"no link matching {pattern!r} in:\n{body}"
    return match.group(0)
