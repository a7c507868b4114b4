"""The URLconf the middleware sees after an API view: the API alone, without the language-prefixed pages.

Django's LocaleMiddleware answers a 404 of an address without a language
prefix with a redirect to /fi/<address> whenever that would match, and the
pages' catch-all matches everything; an API client asking for an unknown id
must get the JSON 404 instead. The middleware reads `request.urlconf`, which
`http.api_view` points here once the view has answered.
"""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("opendata.api.urls"))]
