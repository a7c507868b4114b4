"""Demo moderation queue: a citizen's event and news item awaiting Lapland's coordinators, and a reader's flag."""

from listings.models import Event, NewsItem
from regions.models import Municipality, Region

from .factories import ListingFlagFactory, SubmissionFactory
from .models import ListingFlag


def load(stdout, port=8000):
    lapland = Region.objects.filter(slug="lappilaiset").first()
    if lapland is None:
        return
    rovaniemi = Municipality.objects.get(code="698")
    if not Event.objects.filter(title="Lumilyhtyjen ilta kylätalolla").exists():
        SubmissionFactory(
            kind="event",
            municipality=rovaniemi,
            site_region=lapland,
            title="Lumilyhtyjen ilta kylätalolla",
            description="Tehdään yhdessä lumilyhtyjä kylätalon pihalle.\n\nMukaan mahtuvat kaikenikäiset.",
            submitter_name="Kaisa Kyläläinen",
            submitter_email="kaisa@example.org",
        )
    if not NewsItem.objects.filter(title="Byns nya bokhylla har öppnat").exists():
        SubmissionFactory(
            kind="news",
            municipality=rovaniemi,
            site_region=lapland,
            language="sv",
            title="Byns nya bokhylla har öppnat",
            description="I byagården finns nu en bokhylla där vem som helst kan byta böcker.",
            submitter_name="Ola Byman",
            submitter_email="ola@example.org",
        )
    flagged = Event.objects.visible_on(lapland).filter(submitter_email="").first()
    if flagged is not None and not ListingFlag.objects.filter(listing_title=flagged.title).exists():
        ListingFlagFactory(listing=flagged, message="Tapahtuman kellonaika on muuttunut.")
    stdout.write("  Moderation demo: two citizen submissions and a flagged listing await lapland@example.org")
