"""A URLconf with an embed view that opens framing for one partner, for testing core.csp.allow_framing."""

from django.http import HttpResponse
from django.urls import path

from core.csp import allow_framing


@allow_framing("https://partner.example")
def embed(request):
    return HttpResponse("<p>embedded</p>")


def plain(request):
    return HttpResponse("<p>plain</p>")


urlpatterns = [path("embed/", embed), path("plain/", plain)]
