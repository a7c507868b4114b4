"""`/healthz` for load balancers and monitoring: the database, the cache and the task queue's backlog.

Answers 200 with {"status": "ok", ...} when every part works and 503 with
{"status": "failing", "failing": [...]} naming the parts that do not, as JSON.
It is answered by a middleware at the very top, before the host check, the
HTTPS redirect, sessions and languages: a load balancer asks over plain HTTP
by the server's address, and the answer must not depend on what it checks.

- database: a `SELECT 1` on the default connection;
- cache: a value written and read back (the resilient Redis cache answers a
  miss while Redis is down, so a failed read back means an outage);
- tasks: the oldest task waiting for a worker (django_tasks_db); older than
  `HEALTHZ_MAX_TASK_AGE` seconds means no worker is taking them.
"""

import json
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone

PATH = "/healthz"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {}


def check_cache():
    key = f"healthz:{secrets.token_hex(8)}"
    value = secrets.token_hex(8)
    cache.set(key, value, 30)
    found = cache.get(key)
    cache.delete(key)
    if found != value:
        raise RuntimeError("a value written to the cache could not be read back")
    return {}


def check_tasks():
    from django_tasks_db.models import DBTaskResult, get_date_max

    oldest = DBTaskResult.objects.ready().order_by("enqueued_at").values("enqueued_at", "run_after").first()
    if oldest is None:
        return {"waiting": 0, "oldest_waiting_seconds": 0}
    since = oldest["enqueued_at"]
    if oldest["run_after"] != get_date_max() and oldest["run_after"] > since:
        since = oldest["run_after"]
    age = max((timezone.now() - since).total_seconds(), 0)
    details = {"waiting": DBTaskResult.objects.ready().count(), "oldest_waiting_seconds": round(age)}
    limit = getattr(settings, "HEALTHZ_MAX_TASK_AGE", 600)
    if age > limit:
        raise RuntimeError(f"the oldest waiting task has waited {round(age)} s (limit {limit} s): is a worker running?")
    return details


CHECKS = {"database": check_database, "cache": check_cache, "tasks": check_tasks}


def health():
    """(all well, the report) from every check; a check that raises anything is failing."""
    report, failing = {}, []
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            details = check()
        except Exception as error:  # whatever breaks is the answer, never a 500
            failing.append(name)
            details = {"ok": False, "error": f"{error.__class__.__name__}: {error}"[:300]}
            if name == "database":
                # The task check reads the same database; it would only repeat this failure.
                report[name] = {**details, "ms": round((time.monotonic() - started) * 1000)}
                report["tasks"] = {"ok": False, "error": "skipped: the database is unreachable"}
                failing.append("tasks")
                break
        else:
            details = {"ok": True, **details}
        report[name] = {**details, "ms": round((time.monotonic() - started) * 1000)}
    return not failing, {"status": "failing" if failing else "ok", "failing": failing, "checks": report}


def healthz(request):
    ok, report = health()
    response = HttpResponse(json.dumps(report), status=200 if ok else 503, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers PATH itself, ahead of every other middleware (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") == PATH and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
