"""The fixed ceiling every page is divided by: what `django-admin startproject` gives, plus one view.

Its own tiny settings (the seven default middlewares, no database use, no
apps of ours), served by the same gunicorn as the app, so the ratio of a
page to it compares across runs, machines and other Django sites.
"""

SECRET_KEY = "bench-hello-only-" + "x" * 50
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bench.hello.urls"
WSGI_APPLICATION = "bench.hello.wsgi.application"
# startproject's default apps and its seven default middlewares.
INSTALLED_APPS = [
    f"django.contrib.{app}" for app in ("admin", "auth", "contenttypes", "sessions", "messages", "staticfiles")
]
MIDDLEWARE = [
    f"django.{path}"
    for path in (
        "middleware.security.SecurityMiddleware",
        "contrib.sessions.middleware.SessionMiddleware",
        "middleware.common.CommonMiddleware",
        "middleware.csrf.CsrfViewMiddleware",
        "contrib.auth.middleware.AuthenticationMiddleware",
        "contrib.messages.middleware.MessageMiddleware",
        "middleware.clickjacking.XFrameOptionsMiddleware",
    )
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
USE_TZ = True
STATIC_URL = "static/"
