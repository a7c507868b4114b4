"""`make production` starts, serves a page and answers /healthz, and stops: the deploy recipe's smoke test.

It needs PostgreSQL and Redis on 127.0.0.1 (as `make production` does); CI
(.ci/run) starts both and sets REQUIRE_PRODUCTION_SMOKE, which turns a missing
service into a failure instead of a skip.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.production

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "toimeksi_smoke"
STARTUP_SECONDS = 300


def reachable(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return True
    except OSError:
        return False


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, host="localhost"):
    request = urllib.request.Request(url, headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def stop(process):
    """Stop the process group this test started (make, the script and the processes it runs)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    # make ends at once; the processes it started finish their work first. Wait for the whole group.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        process.poll()
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.5)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


@pytest.fixture
def production_server(tmp_path):
    missing = [name for name, port in (("PostgreSQL", 5432), ("Redis", 6379)) if not reachable(port)]
    if missing:
        message = f"{' and '.join(missing)} not running on 127.0.0.1"
        if os.environ.get("REQUIRE_PRODUCTION_SMOKE"):
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    # The server gets the environment a person typing `make production` has, not the test run's.
    dropped = {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "PYTEST_CURRENT_TEST"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    # Output goes to a file: a pipe nobody reads while the server runs would fill up and stop it.
    log = tmp_path / "production.log"
    process = subprocess.Popen(
        [
            "make",
            "--no-print-directory",
            "production",
            f"PORT={port}",
            f"PRODUCTION_DB={DATABASE}",
            f"VENV={sys.prefix}",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        # Its own process group, so that stopping it stops gunicorn, the worker and the scheduler with it.
        start_new_session=True,
    )
    try:
        yield process, f"http://127.0.0.1:{port}", log
    finally:
        stop(process)


def test_make_production_serves_a_page_and_healthz_and_stops(production_server):
    process, base, log = production_server
    deadline = time.monotonic() + STARTUP_SECONDS
    status = None
    while time.monotonic() < deadline and process.poll() is None:
        try:
            status, _headers, body = get(f"{base}/healthz")
        except OSError:
            status = None
        if status == 200:
            break
        time.sleep(1)
    if status != 200:
        stop(process)
        output = log.read_text(errors="replace")
        pytest.fail(f"/healthz never answered 200 (last: {status}):\n{output[-5000:]}")
    report = json.loads(body)
    assert report["status"] == "ok"
    assert set(report["checks"]) == {"database", "cache", "tasks"}

    status, headers, body = get(f"{base}/fi/tili/kirjaudu/")
    assert status == 200
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert 'lang="fi"' in body.decode()
    # Static files are served from the collected, hashed copies.
    status, _headers, _body = get(f"{base}/robots.txt")
    assert status == 200

    # The scheduler runs its interval jobs at start; wait for the first to be logged.
    deadline = time.monotonic() + 60
    while '"logger": "core.scheduler"' not in log.read_text(errors="replace") and time.monotonic() < deadline:
        time.sleep(0.5)
    stop(process)
    output = log.read_text(errors="replace")
    # Each of the Procfile's processes ran, with the production settings' JSON logs.
    assert "starting web:" in output and "starting worker:" in output and "starting scheduler:" in output
    assert '"logger": "core.scheduler"' in output
    assert "Scheduler stopped." in output
