"""Production settings: required values have no default, and `check --deploy` is clean."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-test-secret-key-that-is-long-enough-to-pass-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "toimeksi.example.org,lappilaiset.example.org",
    "DATABASE_URL": "sqlite:////tmp/toimeksi-deploy-check.sqlite3",
}


def run_manage(*args, env):
    # The test run itself sets DJANGO_ALLOW_ASYNC_UNSAFE (for Playwright); a deployment must not.
    excluded = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    base = {key: value for key, value in os.environ.items() if key not in excluded}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True
    )


def test_check_deploy_prints_no_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {**PRODUCTION_ENV, "ALLOWED_HOSTS": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr
