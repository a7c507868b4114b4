"""Production: every security value comes from the environment, with no default."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import LOGGING, env_bool, env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of at least 50 characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the hostnames of every site.")

# Every app server must see the same cache invalidations (regions/cache.py),
# so a per-process cache is never right here; base.py builds CACHES from it.
if not os.environ.get("REDIS_URL", "").strip():
    raise ImproperlyConfigured(
        "REDIS_URL must point at the shared Redis cache, e.g. redis://127.0.0.1:6379/0: "
        "every app server has to see the same cache invalidations."
    )

# Notification e-mails link to the admin through this address; the development default would send readers to
# localhost.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
if not WAGTAILADMIN_BASE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be the admin's public address, e.g. https://toimeksi.fi: "
        "notification e-mails link to it."
    )

# TLS terminates at the proxy in front of the app servers (one by default).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
if env_bool("SECURE_PROXY_SSL_HEADER", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# Background work (notification e-mails, search indexing) waits in the
# database for a worker: run `manage.py db_worker` beside the app servers.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Each app server process keeps its database connection between requests
# (opening one costs the database a new backend process per request), and
# checks that it still works before reusing it.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "300"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
if DATABASE_IS_POSTGRES:  # noqa: F405
    # The site's queries are short and many run at once; a parallel plan starts worker processes for
    # each one, which on a server of a few cores costs more than it saves. DATABASE_PARALLEL_WORKERS
    # allows them again.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
        f"-c max_parallel_workers_per_gather={int(os.environ.get('DATABASE_PARALLEL_WORKERS', '0'))}"
    )

# One JSON object per log line (core/logging.py) for the log collector; LOG_FORMAT=text for plain lines.
if os.environ.get("LOG_FORMAT", "json").strip().lower() == "json":
    LOGGING = {
        **LOGGING,
        "formatters": {"json": {"()": "core.logging.JSONFormatter"}},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    }

# Error reporting to Sentry (or a compatible service) only when SENTRY_DSN is
# set; otherwise sentry_sdk is never imported.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        # Readers' and submitters' personal data stays out of the reports.
        send_default_pii=False,
    )
