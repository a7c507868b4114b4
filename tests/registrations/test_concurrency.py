"""Never over-booked: concurrent sign-ups on PostgreSQL, each through its own database connection.

The place count is decided under a row lock on the event (registrations.services); without the lock, parallel
transactions would all count the same free places and confirm more people than there are places.
"""

import threading
import time
import uuid

import pytest
from django.core import mail
from django.db import connection, connections
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from registrations import services
from registrations.factories import signup_event
from registrations.models import Registration

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks (select_for_update) need PostgreSQL: SQLite serialises all writes, so concurrency "
        "cannot be shown there; run with DATABASE_URL=postgres://...",
    ),
]

SIGN_UPS = 100
PLACES = 20
#: PostgreSQL's default max_connections is 100: at most this many of the 100 threads hold a connection at once.
CONNECTIONS = 40


@pytest.fixture(autouse=True)
def base_data(transactional_db):
    """A transactional test flushes the database after itself; restore what the migrations loaded first."""
    from network.services import ensure_base_data

    ensure_base_data()


@pytest.fixture
def send_queued_mail(settings):
    """Production's task backend: a sign-up is answered once its mail is queued, and the worker sends it after.

    The suite's default backend sends every mail inside the sign-up, so a
    timing taken with it would measure 100 mails rendered one after another
    (the threads share one interpreter), not what a participant waits for.
    The worker runs without its command, which would leave its signal
    handlers and log levels in this test process.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

    def send():
        worker = Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test",
            excluded_queue_names=[],
        )
        worker.run()
        # The worker records a failed task instead of raising it.
        assert list(DBTaskResult.objects.failed().values_list("traceback", flat=True)) == []

    return send


def _details(n):
    return {"name": f"Osallistuja {n}", "email": f"osallistuja{n}@example.org", "language": "fi"}


def test_100_concurrent_sign_ups_for_20_places_confirm_exactly_20_and_promote_in_order(
    lapland, organisation, send_queued_mail
):
    event = signup_event(organisation=organisation, municipality_codes=["698"], capacity=PLACES)
    mail.outbox.clear()
    start = threading.Barrier(SIGN_UPS)
    slots = threading.BoundedSemaphore(CONNECTIONS)
    answers, errors = {}, []

    def sign_up(n):
        start.wait()
        with slots:
            try:
                registration, created = services.sign_up(event, key=uuid.uuid4(), details=_details(n))
                answers[n] = (registration.status, created)
            except Exception as error:  # noqa: BLE001 - every failure is reported by the assertion below
                errors.append(repr(error))
            finally:
                connections.close_all()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(SIGN_UPS)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    print(f"\n{SIGN_UPS} concurrent sign-ups took {elapsed:.2f} s")

    assert errors == []
    assert len(answers) == SIGN_UPS, "every sign-up was answered"
    statuses = [status for status, created in answers.values()]
    assert statuses.count(Registration.Status.CONFIRMED) == PLACES
    assert statuses.count(Registration.Status.WAITING) == SIGN_UPS - PLACES
    rows = Registration.objects.filter(object_id=event.pk)
    assert rows.filter(status=Registration.Status.CONFIRMED).count() == PLACES
    assert rows.filter(status=Registration.Status.WAITING).count() == SIGN_UPS - PLACES
    assert elapsed < 5
    assert mail.outbox == [], "the answers did not wait for the mail"
    send_queued_mail()
    assert len([message for message in mail.outbox if message.to[0].startswith("osallistuja")]) == SIGN_UPS

    # Five confirmed cancel: exactly the first five on the waiting list move up, in the order they signed up.
    waiting_in_order = list(rows.filter(status=Registration.Status.WAITING).order_by("created_at", "pk"))
    mail.outbox.clear()
    for registration in list(rows.filter(status=Registration.Status.CONFIRMED))[:5]:
        services.cancel(registration)
    send_queued_mail()
    promoted = set(rows.filter(status=Registration.Status.CONFIRMED).values_list("pk", flat=True))
    assert rows.filter(status=Registration.Status.CONFIRMED).count() == PLACES
    assert {registration.pk for registration in waiting_in_order[:5]} <= promoted
    assert not {registration.pk for registration in waiting_in_order[5:]} & promoted
    told = [message.to[0] for message in mail.outbox if message.attachments]
    assert told == [registration.email for registration in waiting_in_order[:5]]


def test_the_same_form_sent_twice_at_once_signs_up_once(lapland, organisation):
    event = signup_event(organisation=organisation, municipality_codes=["698"], capacity=PLACES)
    key = uuid.uuid4()
    start = threading.Barrier(10)
    results, errors = [], []

    def send():
        start.wait()
        try:
            results.append(services.sign_up(event, key=key, details=_details(1))[0].pk)
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    assert Registration.objects.filter(object_id=event.pk).count() == 1
