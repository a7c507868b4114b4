"""Demo posts for the producers' channels, read from regions/demo_feeds/ so the demo needs no network."""

from pathlib import Path

from .models import Region
from .social_feed_models import SocialFeed, SocialFeedSettings
from .social_feeds import import_feed

DEMO_FEEDS = Path(__file__).resolve().parent / "demo_feeds"

# region slug: (channel name, the address a real import would fetch, the demo file)
CHANNELS = {
    "toimeksi": ("Uutiset", "https://toimeksi.example.org/uutiset/feed.xml", "toimeksi.xml"),
    "lappilaiset": ("Facebook", "https://lappilaiset.example.org/facebook/feed.xml", "lappilaiset.xml"),
    "sinnedit": ("Blogg", "https://sinnedit.example.org/blogg/atom.xml", "sinnedit.xml"),
}


def load(stdout):
    for slug, (name, url, filename) in CHANNELS.items():
        region = Region.objects.filter(slug=slug).select_related("site").first()
        if region is None:
            continue
        settings = SocialFeedSettings.for_site(region.site)
        feed, _created = SocialFeed.objects.get_or_create(settings=settings, url=url, defaults={"name": name})
        result = import_feed(feed, data=(DEMO_FEEDS / filename).read_bytes())
        stdout.write(f"  {region.name}: {result.created} new demo post(s) on {name}")
