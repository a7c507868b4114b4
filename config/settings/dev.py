"""Local development: `make demo` serves every site on *.localhost:8000."""

from .base import *  # noqa: F401,F403
from .base import SECRET_KEY, env_list, refuse_in_production

refuse_in_production("development")

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
# Browsers and curl send every *.localhost name to 127.0.0.1.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,.localhost,127.0.0.1")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The manifest storage needs collectstatic; plain files are enough locally.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files come straight from the apps and static/ (no collectstatic).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
