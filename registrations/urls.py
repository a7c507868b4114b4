"""The public sign-up pages, under a prefix in the URL's language: /fi/ilmoittautuminen/, /sv/anmalan/,
/en/sign-up/ (a lazy prefix, as accounts.urls does), the routes' words too (/fi/ilmoittautuminen/peru/...,
core.routes); the English addresses redirect."""

from django.urls import path

from core.routes import language_prefix, section_patterns

from . import views

PREFIXES = {"fi": "ilmoittautuminen/", "sv": "anmalan/", "en": "sign-up/"}

routes = [
    path("<slug:model_name>/<int:pk>/", views.signup, name="signup"),
    path("done/<str:token>/", views.done, name="done"),
    path("cancel/<str:token>/", views.cancel_view, name="cancel"),
]

urlpatterns = section_patterns(language_prefix(PREFIXES), (routes, "registrations"))
