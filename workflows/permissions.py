"""Which regions a user coordinates: the scope of the dashboard panel, flags and digests."""

from regions.models import Region


def coordinated_regions(user):
    """The regions whose coordinator group the user is in, as a queryset.

    None means every region: superusers and national coordinators look after
    the whole network.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return Region.objects.none()
    if user.is_superuser:
        return None
    regions = Region.objects.filter(coordinator_group__in=user.groups.values("pk"))
    if regions.filter(is_national=True).exists():
        return None
    return regions


def is_coordinator(user):
    regions = coordinated_regions(user)
    return regions is None or regions.exists()


def can_handle_region(user, region):
    regions = coordinated_regions(user)
    if regions is None:
        return True
    return region is not None and regions.filter(pk=region.pk).exists()
