"""The test suite: fast hashing, in-memory mail, inline tasks."""

from .base import *  # noqa: F401,F403
from .base import refuse_in_production

refuse_in_production("test")

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off by default: most tests change rows directly and read the page again; the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = 0
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come straight from the apps and static/ (no collectstatic).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
