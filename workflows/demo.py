"""Demo moderation queue, read from workflows/demo/moderation.yaml: citizens' submissions awaiting
a region's coordinators, and a reader's flag."""

from pathlib import Path

import yaml

from listings.models import Event, NewsItem
from regions.models import Municipality, Region

from .factories import ListingFlagFactory, SubmissionFactory
from .models import ListingFlag

MODERATION = Path(__file__).resolve().parent / "demo" / "moderation.yaml"
MODELS = {"event": Event, "news": NewsItem}


def load(stdout):
    queue = yaml.safe_load(MODERATION.read_text(encoding="utf-8"))
    region = Region.objects.filter(slug=queue["region"]).first()
    if region is None:
        return
    for submission in queue["submissions"]:
        if MODELS[submission["kind"]].objects.filter(title=submission["title"]).exists():
            continue
        SubmissionFactory(
            kind=submission["kind"],
            municipality=Municipality.objects.get(code=submission["municipality"]),
            site_region=region,
            language=submission["language"],
            title=submission["title"],
            description=submission["description"],
            submitter_name=submission["submitter_name"],
            submitter_email=submission["submitter_email"],
        )
    flagged = Event.objects.visible_on(region).filter(submitter_email="").first()
    if flagged is not None and not ListingFlag.objects.filter(listing_title=flagged.title).exists():
        ListingFlagFactory(listing=flagged, message=queue["flag"]["message"])
    stdout.write(
        f"  Moderation demo: {len(queue['submissions'])} citizen submissions and a flagged listing await "
        f"{region.name}'s coordinators"
    )
