"""The public sign-up pages, under a prefix in the URL's language: /fi/ilmoittautuminen/, /sv/anmalan/,
/en/sign-up/ (a lazy prefix, as accounts.urls does), the routes' words too (/fi/ilmoittautuminen/peru/...,
core.routes); the English addresses redirect."""

from django.urls import include, path
from django.utils.functional import lazy

from core.routes import localized_patterns, old_address_patterns
from core.translation import active_language

from . import views

PREFIXES = {"fi": "ilmoittautuminen/", "sv": "anmalan/", "en": "sign-up/"}


def _prefix():
    return PREFIXES.get(active_language(), PREFIXES["en"])


routes = [
    path("<slug:model_name>/<int:pk>/", views.signup, name="signup"),
    path("done/<str:token>/", views.done, name="done"),
    path("cancel/<str:token>/", views.cancel_view, name="cancel"),
]
patterns = (localized_patterns(routes), "registrations")

urlpatterns = [
    path(
        lazy(_prefix, str)(),
        include([path("", include(patterns)), *old_address_patterns(routes, namespace="registrations")]),
    )
]
