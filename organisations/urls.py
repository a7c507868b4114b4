"""The self-service pages, under the account prefix (/fi/tili/, /sv/konto/, /en/account/) as before."""

from django.urls import include, path

from accounts.urls import localized_prefix

from . import views

app_name = "organisations"

organisation_patterns = [
    path("", views.my_organisations, name="my_organisations"),
    path("new/", views.create_organisation, name="create_organisation"),
    path("join/", views.join_organisation, name="join_organisation"),
    path("<int:pk>/requests/", views.organisation_requests, name="organisation_requests"),
    path("<int:pk>/invite/", views.invite_member, name="invite_member"),
]

urlpatterns = [
    path(
        localized_prefix,
        include(
            [
                path("organisations/", include(organisation_patterns)),
                path("invitations/<str:token>/", views.invitation, name="invitation"),
            ]
        ),
    )
]
