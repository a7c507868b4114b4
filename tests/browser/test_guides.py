"""Guides, their blocks and the feed panel pass axe-core in a real browser."""

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from guides.demo import demo_image
from guides.demo_blocks import document, image, related
from guides.factories import GuidePageFactory, guide_index, sample_body, translate_guide
from guides.sharing import share_guide
from regions.social_feed_models import SocialFeed, SocialFeedSettings
from regions.social_feeds import import_feed

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Kanava</title>
<item><title>Talkoot lauantaina</title><link>https://example.org/1</link><guid>1</guid>
<pubDate>Mon, 02 Mar 2026 10:00:00 +0200</pubDate><description>&lt;p&gt;Tule mukaan!&lt;/p&gt;</description></item>
</channel></rss>"""


@pytest.fixture
def guides(national, lapland):
    picture = demo_image(national.collection, {"title": "Kokous", "filename": "kokous.png"})
    doc = get_document_model().objects.create(
        title="Malli", collection=national.collection, file=ContentFile(b"malli", name="malli.txt")
    )
    first = GuidePageFactory(parent=guide_index(national), title="Toinen ohje", slug="toinen", topics=["rahoitus"])
    body = sample_body() + [
        image(picture.pk, "Ihmisiä pöydän ääressä", "Kuvateksti"),
        document(doc.pk, "Pöytäkirjamalli", "Kuvaus"),
        related("Lue myös", [first.pk]),
    ]
    guide = GuidePageFactory(
        parent=guide_index(national),
        title="Kaikki lohkot",
        slug="kaikki-lohkot",
        body=body,
        topics=["yhdistystoiminta"],
        audiences=["yhdistysaktiivit"],
    )
    translate_guide(guide, "sv", title="Alla block", slug="alla-block", summary="Sammanfattning.", body=body)
    share_guide(first)
    share_guide(guide)
    feed = SocialFeed.objects.create(
        settings=SocialFeedSettings.for_site(lapland.site), name="Facebook", url="https://example.org/feed"
    )
    import_feed(feed, data=FEED)
    # Recent enough for the front page's age limit, whatever day the test runs.
    feed.posts.update(published_at=timezone.now())
    assert get_image_model().objects.count() == 1
    return guide


def test_guide_pages_pass_axe(guides, page, site_url):
    paths = [
        ("localhost", "/fi/ohjeet/kaikki-lohkot/"),
        ("lappilaiset.localhost", "/fi/ohjeet/kaikki-lohkot/"),
        ("lappilaiset.localhost", "/sv/guider/alla-block/"),
        ("lappilaiset.localhost", "/fi/ohjeet/"),
        ("lappilaiset.localhost", "/fi/ohjeet/?topic=rahoitus&q=ohje"),
        ("lappilaiset.localhost", "/fi/ohjeet/toinen/?missing=sv"),
        ("lappilaiset.localhost", "/fi/"),
        ("lappilaiset.localhost", "/fi/haku/?q=lohkot"),
    ]
    failures = []
    for hostname, path in paths:
        response = page.goto(site_url(hostname, path))
        assert response.status == 200, f"{hostname}{path} answered {response.status}"
        violations = axe_violations(page)
        if violations:
            failures.append(f"{hostname}{path}:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)


def test_every_block_is_on_the_tested_page(guides, page, site_url):
    page.goto(site_url("lappilaiset.localhost", "/fi/ohjeet/kaikki-lohkot/"))
    body = guides.body.stream_block
    for name in body.child_blocks:
        assert page.locator(f".guide__body .block-{name}").count() >= 1, name
    assert page.locator(".guide-related a").first.get_attribute("href") == "/fi/ohjeet/toinen/"
