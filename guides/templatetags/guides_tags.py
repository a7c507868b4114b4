from django import template

from guides.models import GuidePage
from regions.models import Region

register = template.Library()


def _site_root(request):
    region = Region.for_request(request) if request is not None else None
    return region.site.root_page.localized if region else None


@register.filter
def guide_links(guides, request):
    """Links to chosen guides in the reader's language, on the reader's own site where it has a copy.

    A national guide chosen as related lives on the national site; a regional
    reader follows the link to the region's alias of it instead.
    """
    root = _site_root(request)
    links = []
    for guide in guides:
        if guide is None or not guide.live:
            continue
        target = guide.localized
        if root is not None and not target.is_descendant_of(root):
            alias = GuidePage.objects.live().filter(alias_of=target).descendant_of(root).first()
            target = alias or target
        url = target.get_url(request)
        if url:
            links.append({"title": target.title, "url": url})
    return links
