"""What every API response shares: CORS for any origin, conditional GET, an anonymous rate limit, the language.

Applied around each of the API's views where it is mounted (urls.py), so
that the OpenAPI description and the docs page get it too.
"""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import conditional_page
from django_ratelimit.core import is_ratelimited

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in LANGUAGES else LANGUAGES[0]


def rate():
    """Requests per client address; readers' apps poll, so the default is generous."""
    return getattr(settings, "OPENDATA_API_RATE_LIMIT", "300/m")


def is_limited(request):
    """Count this request against the client's address; True once over the limit. Signed-in staff are not counted.

    The counts live in the shared cache, like the public forms' (core/spam.py).
    """
    if request.user.is_authenticated:
        return False
    return is_ratelimited(
        request, group="opendata:api", key="ip", rate=rate(), method=is_ratelimited.ALL, increment=True
    )


def error(status, detail, errors=()):
    return JsonResponse({"detail": str(detail), "errors": [str(item) for item in errors]}, status=status)


def allow_any_origin(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    return response


def preflight():
    """The answer to a browser's CORS preflight: GET from anywhere, with the conditional headers."""
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response["Access-Control-Max-Age"] = "86400"
    return allow_any_origin(response)


def request_language(request):
    """The `language` parameter when it names one of the site's languages, else the default one."""
    language = request.GET.get("language")
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def api_view(view):
    """Wrap one of the API's views: preflight, rate limit, language, ETag and 304, CORS."""
    conditional = conditional_page(view)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return preflight()
        # The middleware after the view must not turn the API's 404s into redirects (root_urls.py).
        request.urlconf = "opendata.api.root_urls"
        if is_limited(request):
            with translation.override(request_language(request)):
                response = error(429, _("Too many requests. Please wait a moment and try again."))
            response["Retry-After"] = "60"
            return allow_any_origin(response)
        with translation.override(request_language(request)):
            response = conditional(request, *args, **kwargs)
        return allow_any_origin(response)

    return wrapped
