"""A URLconf with a view that fails, for testing the 500 page."""

from django.urls import path


def failing_view(request):
    raise RuntimeError("A deliberate failure for the 500 page test.")


urlpatterns = [path("sv/boom/", failing_view)]
handler500 = "home.views.server_error"
