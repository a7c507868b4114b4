"""Reaching a page through a language it has not been translated into.

A reader who follows `/sv/guider/<slug>/` to a guide that exists only in
Finnish is sent to the Finnish page with a note (`?missing=sv`) instead of
meeting a 404; if the guide has a Swedish translation under another slug,
the reader goes there.
"""

from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from wagtail.models import Page
from wagtail.url_routing import RouteResult

REDIRECT_KWARG = "translation_fallback_url"


class TranslationFallbackMixin:
    """For a page whose children may exist in only some of its translations."""

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if len(path_components) != 1:
                raise
            url = self._fallback_url(request, path_components[0])
            if url is None:
                raise
            return RouteResult(self, kwargs={REDIRECT_KWARG: url})

    def serve(self, request, *args, **kwargs):
        url = kwargs.pop(REDIRECT_KWARG, None)
        if url is not None:
            return redirect(url)
        return super().serve(request, *args, **kwargs)

    def _fallback_url(self, request, slug):
        parents = list(self.get_translations(inclusive=False))
        if not parents:
            return None
        in_parents = reduce(or_, (Page.objects.child_of_q(parent) for parent in parents))
        found = Page.objects.live().public().filter(in_parents, slug=slug).select_related("locale").first()
        if found is None:
            return None
        translation = found.get_translation_or_none(self.locale)
        if translation is not None and translation.live:
            return translation.get_url(request)
        url = found.get_url(request)
        return f"{url}?{urlencode({'missing': self.locale.language_code})}" if url else None
