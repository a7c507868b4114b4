"""A 503 page instead of a 500 while the database is unreachable.

The database failing is an outage, not a bug: the reader should be told to
come back soon, in their own language, and a load balancer or crawler should
see 503 with `Retry-After`. Nothing here touches the database: the language
comes from the URL, the language cookie or the browser, and the page is a
plain template without context processors. The next request simply tries the
database again (Django drops a connection that failed), so the site recovers
by itself when the database is back.
"""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)


def retry_after():
    return int(getattr(settings, "DATABASE_OUTAGE_RETRY_AFTER", 30))


def reader_language(request):
    """The reader's language without the database: the URL's prefix, else the cookie or the browser's."""
    language = translation.get_language_from_path(request.path_info)
    if not language:
        language = translation.get_language_from_request(request, check_path=False)
    return language or settings.LANGUAGE_CODE


def database_unavailable(request):
    """The 503 page in the reader's language, with Retry-After and no caching."""
    language = reader_language(request)
    with translation.override(language):
        content = loader.get_template("503.html").render({"LANGUAGE_CODE": language})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(retry_after())
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Answers 503 for a view (or template) that failed because the database could not be reached.

    Errors raised inside other middleware never reach here (Django turns them
    into responses where they happen); the 500 handler (home.views.server_error)
    sends those to `database_unavailable` too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable, answering 503 for %s: %s", request.path, exception)
            return database_unavailable(request)
        return None
