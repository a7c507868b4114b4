from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class SiteSitemap(Sitemap):
    """Every live page of the request's site, in all of its languages.

    Wagtail's own sitemap follows only the site's root page, which is the
    Finnish tree; the Swedish and English trees are its translations.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return Page.objects.filter(in_site).live().public().order_by("path").defer_streamfields().specific()
