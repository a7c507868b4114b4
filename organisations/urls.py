"""The self-service pages, under the account prefix (/fi/tili/, /sv/konto/, /en/account/) as before, their
words in the URL's language (/fi/tili/organisaatiot/uusi/, core.routes); the English addresses redirect."""

from django.urls import include, path

from accounts.urls import localized_prefix
from core.routes import section_patterns

from . import views

# One organisation's pages for its admins, under /<pk>/.
one_organisation_patterns = [
    path("requests/", views.organisation_requests, name="organisation_requests"),
    path("invite/", views.invite_member, name="invite_member"),
]

organisation_patterns = [
    path("", views.my_organisations, name="my_organisations"),
    path("new/", views.create_organisation, name="create_organisation"),
    path("join/", views.join_organisation, name="join_organisation"),
    path("<int:pk>/", include(one_organisation_patterns)),
]

routes = [
    path("organisations/", include(organisation_patterns)),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
]

urlpatterns = section_patterns(localized_prefix, (routes, "organisations"))
