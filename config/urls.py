from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.routes import localized_patterns, old_address_patterns
from home import views as home_views
from opendata import embeds

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    # The open data API: one address for every language (a parameter chooses it).
    path("api/v1/", include("opendata.api.urls")),
    path("embed.js", embeds.embed_script, name="embed_script"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own public routes besides its page tree (the password form of a restricted page, its login),
# with their words in the URL's language like ours (core.routes); the page tree's catch-all comes last.
wagtail_routes = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
wagtail_serve = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name == "wagtail_serve"]

# Every public page carries its language: /fi/, /sv/, /en/.
urlpatterns += i18n_patterns(
    path("", include("accounts.urls")),
    path("", include("organisations.urls")),
    path("", include("registrations.urls")),
    path("", include("opendata.urls")),
    path("", include([*localized_patterns(wagtail_routes), *old_address_patterns(wagtail_routes), *wagtail_serve])),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
# allauth's rate limits answer through this handler.
handler429 = "accounts.views.rate_limited"
