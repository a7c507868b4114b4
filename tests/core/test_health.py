"""/healthz: 200 when the database, the cache and the task queue are well, 503 naming what is not."""

import datetime
import json

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from .test_outages import DatabaseDown, fresh_cache_health, unreachable_redis  # noqa: F401

pytestmark = pytest.mark.django_db


def report(response):
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    return json.loads(response.content)


def waiting_task(minutes_ago):
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="core.mail.send",
        backend_name="default",
        queue_name="default",
        run_after=get_date_max(),
    )
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=timezone.now() - datetime.timedelta(minutes=minutes_ago))
    return task


def test_all_well_is_200(client):
    waiting_task(minutes_ago=1)
    response = client.get("/healthz")
    assert response.status_code == 200
    body = report(response)
    assert body["status"] == "ok" and body["failing"] == []
    assert set(body["checks"]) == {"database", "cache", "tasks"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["checks"]["tasks"]["waiting"] == 1
    assert 50 <= body["checks"]["tasks"]["oldest_waiting_seconds"] <= 70


def test_a_task_waiting_too_long_fails_the_task_queue(client, settings):
    settings.HEALTHZ_MAX_TASK_AGE = 600
    waiting_task(minutes_ago=30)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = report(response)
    assert body["failing"] == ["tasks"]
    assert "is a worker running" in body["checks"]["tasks"]["error"]


def test_an_unreachable_cache_is_named(client):
    with override_settings(CACHES=unreachable_redis()):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = report(response)
    assert body["status"] == "failing" and body["failing"] == ["cache"]
    assert body["checks"]["database"]["ok"]


def test_an_unreachable_database_is_named(client):
    with DatabaseDown():
        response = client.get("/healthz")
    assert response.status_code == 503
    body = report(response)
    assert "database" in body["failing"]
    assert "OperationalError" in body["checks"]["database"]["error"]
    # Recovered without a restart.
    assert client.get("/healthz").status_code == 200


@override_settings(ALLOWED_HOSTS=["toimeksi.example.org"], SECURE_SSL_REDIRECT=True)
def test_a_load_balancer_asking_by_address_over_http_gets_the_answer(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8000")
    assert response.status_code == 200
    assert client.head("/healthz/", HTTP_HOST="10.0.0.5").status_code == 200
    # Everything else still checks the host.
    assert client.get("/fi/", HTTP_HOST="10.0.0.5").status_code == 400
