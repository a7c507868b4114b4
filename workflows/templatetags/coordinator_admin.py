"""The admin dashboard's heading for regional coordinators: their own site's name, not the network's."""

from django import template

from workflows.dashboard import own_sites

register = template.Library()


@register.simple_tag(takes_context=True)
def own_site_name(context, default):
    request = context.get("request")
    sites = own_sites(request.user) if request is not None else None
    return sites.name if sites is not None else default
