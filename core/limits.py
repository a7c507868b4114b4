"""A cap on the size of a request body, checked before anything reads it.

Django caps the form fields it keeps in memory (DATA_UPLOAD_MAX_MEMORY_SIZE)
but streams uploaded files to disk whatever their size, so a single POST of
gigabytes would fill the disk. The declared length is refused above
`REQUEST_BODY_MAX_SIZE` with 413; the largest legitimate body is an admin
uploading an image or a document.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            # A length that is not a number is a malformed request, not a server error.
            return HttpResponse(_("The request is malformed."), status=400, content_type="text/plain; charset=utf-8")
        if length > settings.REQUEST_BODY_MAX_SIZE:
            return HttpResponse(_("The upload is too large."), status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
