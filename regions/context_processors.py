from wagtail.models import Site

from . import site_data
from .models import Region


def _footer_contacts(site, region):
    """The footer's contact details: the site's own (FooterSettings), each empty one the producer's."""
    if site is None or region is None:
        return None
    own = site_data.footer_contacts(site)
    return {
        "email": own.email or region.producer_email,
        "phone": own.phone or region.producer_phone,
        "address": own.address,
        "website": own.website or region.producer_url,
    }


def region(request):
    """The current region, its site's branding and footer contacts for every template, from the site's cached data."""
    site = Site.find_for_request(request)
    current = Region.for_request(request)
    return {
        "region": current,
        "branding": site_data.branding(site) if site is not None else None,
        "footer_contacts": _footer_contacts(site, current),
    }
