import sys

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from core.outage import DATABASE_ERRORS, database_unavailable

from .sitemaps import SiteSitemap


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", "", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": SiteSitemap})


def page_not_found(request, exception=None):
    return TemplateResponse(request, "404.html", status=404)


def server_error(request):
    # A database that cannot be reached from a middleware (the view's own
    # failures are caught by core.outage's middleware) is an outage: 503.
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable(request)
    # Rendered without context processors or database queries: the database
    # may be what failed. The language comes from the URL alone.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        content = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    return HttpResponseServerError(content)
