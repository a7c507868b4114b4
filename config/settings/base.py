"""Settings shared by every environment.

Deploy-time values come from the environment (see .env.example); this module
only gives development-friendly defaults where a default is safe.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_list(name, default=""):
    """A comma-separated environment variable as a list without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def refuse_in_production(settings_name):
    """Stop a development or test settings module from loading on a production machine (DJANGO_ENV=production)."""
    from django.core.exceptions import ImproperlyConfigured

    if os.environ.get("DJANGO_ENV", "").strip().lower() == "production":
        raise ImproperlyConfigured(
            f"DJANGO_ENV=production, but the {settings_name} settings were loaded: "
            "set DJANGO_SETTINGS_MODULE=config.settings.production (or unset it)."
        )


def parse_admins(value):
    """ADMINS from "Name <address>, address, ...": the people who get mail about server errors."""
    admins = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        if "<" in item and item.endswith(">"):
            name, address = item[:-1].split("<", 1)
            admins.append((name.strip() or address.strip(), address.strip()))
        else:
            admins.append((item, item))
    return admins


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ADMINS = parse_admins(os.environ.get("ADMINS", ""))
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so that their templates and translations win.
    "core",
    "visits",
    "accounts",
    "regions",
    "home",
    "topics",
    "organisations",
    "guides",
    "listings",
    "registrations",
    "workflows",
    "reports",
    "opendata",
    "network",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # For its static files: the API's docs page serves Swagger UI from here, not from a CDN.
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    # The database task backend's tables; production runs `manage.py db_worker`.
    "django_tasks_db",
]

MIDDLEWARE = [
    # /healthz, answered before the host check and the HTTPS redirect (core/health.py).
    "core.health.HealthCheckMiddleware",
    # Refuses an oversized body before anything reads it (core/limits.py).
    "core.limits.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The Content-Security-Policy header, the admin's own under /admin/ (core/csp.py).
    "core.csp.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A view that cannot reach the database answers 503 with Retry-After (core/outage.py).
    "core.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The request's site version and the network's, read once (regions/cache.py).
    "regions.cache.SiteCacheMiddleware",
    # Counts listing and guide views from their responses' mark; above the page cache, so that its replays
    # count too (visits/middleware.py).
    "visits.middleware.ViewCountMiddleware",
    # Anonymous readers' pages from the shared cache (regions/page_cache.py). Below every middleware that
    # must see each response, cached or not (visits' view counter); above the rest, which a kept page skips.
    "regions.page_cache.PageCacheMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.TermsAcceptanceMiddleware",
    # Wagtail's network-wide reports for national coordinators only (organisations/reports.py).
    "organisations.reports.NetworkReportsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "regions.context_processors.region",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite under var/ is the zero-setup default; production sets DATABASE_URL
# to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    # The Wagtail admin's login form goes through Django's backend.
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish first, then Swedish and English, for both the interface
# and the content.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("Finnish")),
    ("sv", _("Swedish")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

# Translations are created as drafts that go through the same moderation as
# the original (see shared notes, section 4).
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Approving a moderation workflow publishes without the approver holding the
# model-wide publish permission (shared notes, section 1). Wagtail reads this
# once, when its models are imported: override_settings cannot change it.
WAGTAIL_FINISH_WORKFLOW_ACTION = "workflows.actions.publish_workflow_state_skip_perms"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


def redis_caches(url):
    """CACHES for a shared Redis at `url`.

    The backend answers misses while Redis is unreachable (core/cache.py), so
    pages come from the database then; the short timeouts keep an unreachable
    host from holding each request for long before that is known.
    """
    return {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "1")),
                "RETRY_INTERVAL": float(os.environ.get("REDIS_RETRY_INTERVAL", "5")),
            },
        }
    }


# A shared cache (Redis) when REDIS_URL is set, so that every app server sees
# the same invalidations; a per-process cache only for a single dev server.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache for anonymous readers (regions/page_cache.py): the most a page is kept (what only the clock
# changes, such as an event ending, shows within this), and what a CDN in front may keep (`s-maxage`). 0: off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "60"))
# A CDN or Varnish in front: Wagtail purges a page's address there when it is published or unpublished,
# and listings/invalidation.py a listing's addresses. FRONTEND_CACHE_PURGE_URL is the proxy's purge address
# (Varnish/Squid: HTTP PURGE); other providers (Cloudflare, CloudFront...) are configured in settings as
# Wagtail's frontend_cache documentation shows.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL", "").strip():
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"].strip(),
    }

# Sessions in the database (and so shared by every app server).
SESSION_ENGINE = "django.contrib.sessions.backends.db"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Toimeksi <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Public accounts (django-allauth): e-mail address and password, no username,
# mandatory e-mail verification. The pages live under /fi/tili/, /sv/konto/
# and /en/account/ (accounts/urls.py).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:my_account"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Confirming takes a button press, so that mail scanners that open links do
# not confirm addresses on the owner's behalf.
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
# allauth's default rate limits (per IP, per address and per user) stay on;
# a limited request gets templates/accounts/rate_limited.html with status 429.

WAGTAIL_SITE_NAME = "Toimeksi"
# One set of sign-in limits for everyone: the admin's form authenticates through
# allauth's adapter (accounts.forms.AdminLoginForm), and forgotten passwords are
# reset only through allauth's rate-limited flow (the admin links to it).
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# PostgreSQL stems Finnish; SQLite's FTS5 does no stemming but is fine for
# trying the product out.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        **({"SEARCH_CONFIG": "finnish"} if DATABASE_IS_POSTGRES else {}),
    }
}

# Background work: run inline unless a deployment configures a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Every search-index update and publish is logged at INFO; too chatty for the console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Content-Security-Policy (django-csp). Public pages load only their own
# scripts, styles and images: no inline script anywhere, and the one inline
# <style> of base.html carries the request's nonce. Nobody may frame a page;
# an embed route opens that for itself with core.csp.allow_framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin runs inline scripts and styles, shows previews in a frame of
# its own origin and embeds (videos) and avatars from elsewhere.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Request size caps. Form fields held in memory (not files): 2.5 MB; files
# above FILE_UPLOAD_MAX_MEMORY_SIZE go to a temporary file; a whole body above
# REQUEST_BODY_MAX_SIZE is refused with 413 before it is read (core/limits.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440)))
DATA_UPLOAD_MAX_NUMBER_FIELDS = int(os.environ.get("DATA_UPLOAD_MAX_NUMBER_FIELDS", "1000"))
FILE_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("FILE_UPLOAD_MAX_MEMORY_SIZE", str(2_621_440)))
REQUEST_BODY_MAX_SIZE = int(os.environ.get("REQUEST_BODY_MAX_SIZE", str(30 * 1024 * 1024)))
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILDOCS_MAX_UPLOAD_SIZE", str(25 * 1024 * 1024)))

# The periodic jobs that `manage.py run_scheduler` runs (core/scheduler.py); daily times are local (TIME_ZONE).
SCHEDULED_JOBS = [
    # Pages and snippets whose "go live" or "expire" time has come.
    {"command": ["publish_scheduled"], "every_minutes": 5},
    {"command": ["import_social_feeds"], "every_minutes": 60},
    # Organisations' own calendars (opendata.calendar_import).
    {"command": ["import_calendars"], "every_minutes": 60},
    # Event series whose date has ended move on to their next date in the lists.
    {"command": ["refresh_event_dates"], "every_minutes": 60},
    {"command": ["purge_personal_data"], "daily_at": "03:30"},
    {"command": ["clearsessions"], "daily_at": "04:00"},
    # Finished background tasks' results, kept two weeks for looking into failures.
    {"command": ["prune_db_task_results", "--min-age-days", "14"], "daily_at": "04:30"},
    {"command": ["send_digests"], "daily_at": "07:00"},
    # Page views counted in the shared cache move to the daily counts (visits/counting.py).
    {"command": ["flush_page_views"], "every_minutes": 5},
    {"command": ["send_freshness_reminders"], "daily_at": "08:00"},
]

# Freshness reminders to organisations' members (listings/reminders.py): a listing's visibility ends
# within this many days, or the organisation has published nothing for this many days.
FRESHNESS_EXPIRY_NOTICE_DAYS = int(os.environ.get("FRESHNESS_EXPIRY_NOTICE_DAYS", "7"))
FRESHNESS_QUIET_DAYS = int(os.environ.get("FRESHNESS_QUIET_DAYS", "180"))

# /healthz reports the task queue as failing once a task has waited this many seconds for a worker.
HEALTHZ_MAX_TASK_AGE = int(os.environ.get("HEALTHZ_MAX_TASK_AGE", "600"))

# Seconds a reader (or a load balancer) is told to wait while the database is unreachable.
DATABASE_OUTAGE_RETRY_AFTER = int(os.environ.get("DATABASE_OUTAGE_RETRY_AFTER", "30"))

# How many proxies in front of the app servers append to X-Forwarded-For; the
# rate limits (ours and allauth's) read the client's address through them.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
RATELIMIT_IP_META_KEY = "config.proxy.client_ip"
