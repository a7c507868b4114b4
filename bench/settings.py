"""Benchmark settings: production behaviour (DEBUG off) on plain HTTP.

`bench.run` serves the pages twice: with the page cache off
(PAGE_CACHE_SECONDS=0, every request computed) and on (its cached variants).
"""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-key-" + "x" * 50)
os.environ.setdefault("ALLOWED_HOSTS", "*")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
# Production shares its cache between app servers through Redis; so does the benchmark (its own database).
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/2")
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "http://localhost:8000")

from config.settings.production import *  # noqa: E402,F401,F403

ROOT_URLCONF = "config.urls"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

if os.environ.get("BENCH_PUBLISH_VIEW") == "1":
    # bench.two_servers: server A also answers the publish address (bench/publish_urls.py).
    ROOT_URLCONF = "bench.publish_urls"
