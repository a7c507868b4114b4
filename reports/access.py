"""Who sees which statistics: the organisations' and regions' permission scope, asked once here.

A member sees their own organisations' statistics, a regional coordinator
those of their region's organisations and their region's view, a national
coordinator (or superuser) everything and the national view. Every page
and every export goes through these functions.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.permissions import policy_registry

from organisations.models import Organisation
from organisations.permissions import scope_for
from regions.models import Region


def can_see_statistics(user):
    return not scope_for(user).is_empty


def organisation_or_refuse(user, pk):
    """The organisation, when the user may see its statistics (the organisations' own admin scope)."""
    organisation = Organisation.objects.filter(pk=pk).select_related("region").first()
    if organisation is None:
        raise Http404
    policy = policy_registry.get_by_type(Organisation)
    if not policy.user_has_permission_for_instance(user, "change", organisation):
        raise PermissionDenied
    return organisation


def visible_organisations(user):
    """The organisations whose statistics the user may open, for the index page."""
    policy = policy_registry.get_by_type(Organisation)
    return policy.instances_user_has_any_permission_for(user, ["change"]).order_by("name")


def visible_regions(user):
    """The regions whose figures the user may read: those they coordinate, or all of them."""
    scope = scope_for(user)
    if scope.everything:
        return Region.objects.all().order_by("-is_national", "name")
    return Region.objects.filter(pk__in=sorted(scope.region_ids)).order_by("name")


def region_or_refuse(user, pk):
    region = Region.objects.filter(pk=pk).first()
    if region is None:
        raise Http404
    if not visible_regions(user).filter(pk=region.pk).exists():
        raise PermissionDenied
    return region


def require_national(user):
    if not scope_for(user).everything:
        raise PermissionDenied
