"""The interactive API docs page, from local files only.

django-ninja's own page loads Swagger UI from a CDN unless "ninja" is an
installed app; ours renders a page of the site's own (language, title, the
static files ninja ships) that loads nothing from third parties and runs no
inline script, so the site's Content-Security-Policy applies unchanged.
"""

import json

from django.shortcuts import render
from ninja.openapi.docs import DocsBase


class LocalSwagger(DocsBase):
    settings = {
        "layout": "BaseLayout",
        "deepLinking": True,
        # Swagger UI would otherwise send the description to validator.swagger.io for a badge.
        "validatorUrl": None,
    }

    def render_page(self, request, api, **kwargs):
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(
            request,
            "opendata/api_docs.html",
            {"api": api, "swagger_settings": json.dumps(settings)},
        )
