"""The public routes of open data: embeds (in every language) and the embedding page's script."""

from django.urls import re_path

from . import embeds

urlpatterns = [
    re_path(rf"^(?P<word>{embeds.EMBED_WORDS})/(?P<type_slug>[-\w]+)/$", embeds.embed, name="embed"),
]
