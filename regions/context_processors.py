from .models import Region


def region(request):
    """The current region for every template, looked up once per request."""
    return {"region": Region.for_request(request)}
