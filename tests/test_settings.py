"""Production settings: required values have no default, and `check --deploy` is clean."""

import json
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
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://toimeksi.example.org",
}


def run_manage(*args, env):
    # The test run itself sets DJANGO_ALLOW_ASYNC_UNSAFE (for Playwright); a deployment must not.
    excluded = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_ENV", "SENTRY_DSN", "LOG_FORMAT"}
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


def test_production_refuses_to_start_without_redis():
    result = run_manage("check", env={**PRODUCTION_ENV, "REDIS_URL": ""})
    assert result.returncode != 0
    assert "REDIS_URL must point at the shared Redis cache" in result.stderr


def test_production_refuses_to_start_without_the_admin_address():
    for value in ("", "toimeksi.example.org"):
        result = run_manage("check", env={**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": value})
        assert result.returncode != 0
        assert "WAGTAILADMIN_BASE_URL must be the admin's public address" in result.stderr


PRINT_SETTINGS = "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.DEBUG)"


def test_manage_py_refuses_development_settings_on_a_production_machine():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "DJANGO_SETTINGS_MODULE"}
    for settings_module in ("config.settings.dev", "config.settings.test"):
        result = run_manage("check", env={**env, "DJANGO_ENV": "production", "DJANGO_SETTINGS_MODULE": settings_module})
        assert result.returncode != 0
        assert "manage.py runs only with config.settings.production" in result.stderr
    # --settings passes by manage.py's own check, and the settings module refuses itself.
    result = run_manage("check", "--settings=config.settings.dev", env={**env, "DJANGO_ENV": "production"})
    assert result.returncode != 0
    assert "the development settings were loaded" in result.stderr
    # Without DJANGO_SETTINGS_MODULE (a cron job, say), production is the default.
    result = run_manage("shell", "-c", PRINT_SETTINGS, env={**env, "DJANGO_ENV": "production"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["config.settings.production", "False"]


def test_development_settings_are_the_default_elsewhere():
    result = run_manage("shell", "-c", PRINT_SETTINGS, env={})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["config.settings.dev", "True"]


PRINT_LOG_AND_SENTRY = (
    "import logging, sys; logging.getLogger('toimeksi.smoke').warning('hello %s', 'log'); "
    "print('sentry_sdk' in sys.modules)"
)


def test_production_logs_json_lines_and_loads_no_sentry_without_a_dsn():
    result = run_manage("shell", "-c", PRINT_LOG_AND_SENTRY, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
    line = next(line for line in result.stderr.splitlines() if "hello" in line)
    entry = json.loads(line)
    assert entry["message"] == "hello log"
    assert entry["level"] == "WARNING" and entry["logger"] == "toimeksi.smoke"


def test_sentry_is_set_up_only_when_a_dsn_is_given():
    env = {**PRODUCTION_ENV, "SENTRY_DSN": "http://public@127.0.0.1:9/1"}
    code = "import sentry_sdk; c = sentry_sdk.get_client(); print(c.is_active(), c.options['send_default_pii'])"
    result = run_manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", "False"]


def test_admins_come_from_the_environment():
    env = {**PRODUCTION_ENV, "ADMINS": "Ops Team <ops@example.org>, jane@example.org"}
    code = "from django.conf import settings; print(settings.ADMINS)"
    result = run_manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.strip().splitlines()[-1]
        == "[('Ops Team', 'ops@example.org'), ('jane@example.org', 'jane@example.org')]"
    )
