from wagtail.models import Site

from . import site_data
from .models import Region


def region(request):
    """The current region and its site's branding for every template, from the site's cached data."""
    site = Site.find_for_request(request)
    return {
        "region": Region.for_request(request),
        "branding": site_data.branding(site) if site is not None else None,
    }
