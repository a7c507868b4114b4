"""Counts the views that responses are marked with (visits/counting.py), also the page cache's replays.

It sits above the page cache in MIDDLEWARE, so a response the cache answers
with (its stored headers, the mark among them) passes through here just as
a freshly rendered one does. The mark is removed before the response leaves.
"""

from .bots import is_bot
from .counting import HEADER, parse, record

# Wagtail's admin (config/urls.py): an editor looking at a page there is not a reader.
ADMIN_PREFIX = "/admin/"


def _counts(request, response):
    if request.method != "GET" or response.status_code != 200:
        return False
    if getattr(request, "is_preview", False) or request.path.startswith(ADMIN_PREFIX):
        return False
    # A browser's speculative prefetch is not someone reading the page.
    if "prefetch" in request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose") == "prefetch":
        return False
    return not is_bot(request.headers.get("User-Agent"))


class ViewCountMiddleware:
    """Counts a marked 200 response to a reader's GET (not bots, previews or the admin) and removes the mark."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if HEADER in response:
            key = parse(response[HEADER])
            del response[HEADER]
            if key is not None and _counts(request, response):
                record(*key)
        return response
