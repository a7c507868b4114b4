"""What the home app plugs into every site: its sections, the site search over its pages, the social-posts panel."""

from wagtail import hooks

from regions.social_feeds import social_posts_panel

from .panels import HomePanel
from .sections import PAGES_SEARCH_SOURCE, SEARCH_SECTION, standard_sections


@hooks.register("register_site_section")
def home_sections():
    return [*standard_sections(), SEARCH_SECTION]


@hooks.register("register_search_source")
def content_pages_search_source():
    return [PAGES_SEARCH_SOURCE]


@hooks.register("register_home_panel")
def social_posts_home_panel():
    # The region's producer's social-media posts (imported by regions) on its home pages.
    return [
        HomePanel(key="social-posts", template="regions/social_posts_panel.html", context=social_posts_panel, order=80)
    ]
