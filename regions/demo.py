"""Demo posts lifted by hand onto the regional front pages, read from regions/demo/lifted_posts.yaml."""

import datetime
from pathlib import Path

from django.utils import timezone

from core.content import read_yaml

from .factories import LiftedPostFactory, RegionImageFactory
from .models import Region
from .social_feed_models import LiftedPost

LIFTED_POSTS = Path(__file__).resolve().parent / "demo" / "lifted_posts.yaml"


def load(stdout):
    for slug, posts in read_yaml(LIFTED_POSTS).items():
        region = Region.objects.filter(slug=slug).first()
        if region is None:
            continue
        created = 0
        for post in posts:
            # The link names the original post: one lifted post per original, however often the demo loads.
            if LiftedPost.objects.filter(region=region, link=post["link"]).exists():
                continue
            image = post.get("image")
            LiftedPostFactory(
                region=region,
                channel=post["channel"],
                link=post["link"],
                title=post.get("title", ""),
                text=post["text"],
                published_at=timezone.now() - datetime.timedelta(days=post["days_ago"]),
                image=RegionImageFactory(region=region, title=image["title"], description=image["alt"])
                if image
                else None,
                image_alt=image["alt"] if image else "",
            )
            created += 1
        stdout.write(f"  {region.name}: {created} new lifted post(s)")
