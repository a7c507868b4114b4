from .models import Region
from .structure import prime_branding


def region(request):
    """The current region for every template, looked up once per request.

    Also puts the site's branding, from the site structure, where
    `settings.regions.BrandingSettings` finds it, so templates read it with no query.
    """
    prime_branding(request)
    return {"region": Region.for_request(request)}
