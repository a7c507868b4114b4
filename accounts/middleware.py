from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from wagtail.models import Site

from regions.sections import section_page

from . import terms

# Views a user who has not accepted the current terms may still use: the
# acceptance page itself, logging out, and their rights over their own data.
ALLOWED_VIEWS = {
    "accounts:accept_terms",
    "accounts:terms_declined",
    "accounts:export_data",
    "accounts:delete_account",
    "accounts:account_deleted",
    "account_logout",
}


class TermsAcceptanceMiddleware:
    """Sends a logged-in user to accept the current terms of use before anything else on the public site.

    Anonymous visitors, the Wagtail admin, static and media files, the terms
    page itself and the views in ALLOWED_VIEWS pass through.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not self._exempt_path(request.path_info)
            and terms.needs_acceptance(request) is not None
            and not self._allowed(request)
        ):
            return self._redirect(request)
        return self.get_response(request)

    def _exempt_path(self, path):
        prefixes = [reverse("wagtailadmin_home"), settings.STATIC_URL, settings.MEDIA_URL]
        return any(prefix and path.startswith(prefix) for prefix in prefixes)

    def _allowed(self, request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        if match.view_name in ALLOWED_VIEWS:
            return True
        return match.view_name == "wagtail_serve" and request.path in terms_page_paths(request)

    def _redirect(self, request):
        target = request.get_full_path() if request.method in ("GET", "HEAD") else request.path
        url = reverse("accounts:accept_terms")
        return HttpResponseRedirect(f"{url}?{urlencode({'next': target})}")


def terms_page(request):
    """The current site's terms of use page in the reader's language, as a link (`.url`), or None."""
    link = section_page(Site.find_for_request(request), "terms")
    return link if link is not None and link.live else None


def terms_page_paths(request):
    """The addresses of the current site's terms page in every language."""
    site = Site.find_for_request(request)
    links = (section_page(site, "terms", code) for code, _name in settings.LANGUAGES)
    return {link.url for link in links if link is not None and link.live}
