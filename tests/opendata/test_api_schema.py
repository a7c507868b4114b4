"""schemathesis against the API's own OpenAPI description on a live test server: no 5xx, nothing off-schema.

For every operation, requests generated from the description (valid and
invalid parameters, unknown ids) go over HTTP to `live_server`; every answer
must be documented for its operation, JSON, and valid against the response
schema. A plain test, so it runs in `make test` like any other.
"""

import datetime

import pytest
import schemathesis
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from listings.factories import EventFactory, JobFactory, SpaceFactory, StaffMemberFactory, StoryFactory
from network.services import ensure_base_data
from tests.conftest import get_or_build_region

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def api_data(transactional_db, settings):
    # A transactional test may have flushed what migrations loaded (places, topics) before this one.
    ensure_base_data()
    get_or_build_region("toimeksi")
    get_or_build_region("lappilaiset")
    # Hundreds of generated requests from one address: the anonymous limit is not what is tested here.
    settings.OPENDATA_API_RATE_LIMIT = "1000000/m"
    soon = timezone.now() + datetime.timedelta(days=3)
    EventFactory(municipality_codes=["698"], starts_at=soon, is_free=True, topic_slugs=["kulttuuri"])
    EventFactory(municipality_codes=["240"], starts_at=soon, price="10 €", is_online=True)
    JobFactory(municipality_codes=["698"])
    SpaceFactory(municipality_codes=["698"], capacity=40)
    StaffMemberFactory(municipality_codes=["698"])
    StoryFactory(municipality_codes=["698"])


@pytest.mark.django_db(transaction=True)
def test_every_generated_request_gets_a_documented_answer_and_never_a_server_error(live_server, api_data):
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 20
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=8, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def check(case):
                case.call_and_validate(checks=CHECKS)

            check()
