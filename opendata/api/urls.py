"""The API's addresses under /api/v1/, each view wrapped with CORS, conditional GET and the rate limit."""

from django.urls import URLPattern

from .endpoints import api
from .http import api_view


def _wrapped(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            yield URLPattern(pattern.pattern, api_view(pattern.callback), pattern.default_args, pattern.name)
        else:
            yield pattern


_patterns, _app, namespace = api.urls
#: ninja reverses its own views (the docs page finds the description) in this namespace.
app_name = namespace
urlpatterns = list(_wrapped(_patterns))
