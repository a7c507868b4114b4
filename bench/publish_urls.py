"""The app's own addresses plus one that publishes a change, for `bench.two_servers` only.

`bench.two_servers` publishes through one app server and reads through
another; this view does on server A what the admin's "Publish" does (a new
revision of the listing, published), so the change travels only through the
shared database and cache. Served only with `BENCH_PUBLISH_VIEW=1` in the
benchmark's settings, never by the app's own settings.
"""

from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import urlpatterns as app_urlpatterns
from listings.models import Event


@csrf_exempt
def publish_title(request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    event = Event.objects.get(pk=pk)
    event.title = request.POST["title"]
    event.save_revision().publish()
    return HttpResponse("published", content_type="text/plain")


urlpatterns = [path("bench-publish/<int:pk>/", publish_title), *app_urlpatterns]
