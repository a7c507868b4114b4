"""The social-media feed import, against feeds served from a local HTTP server."""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from regions.social_feed_models import SocialFeed, SocialFeedSettings, SocialPost
from regions.social_feeds import FeedError, clean_summary, fetch, import_feed, parse

pytestmark = pytest.mark.django_db

VALID_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Lappilaiset Facebook</title><link>https://example.org/</link>
<item>
  <title>Talkoot &amp; kahvit lauantaina</title>
  <link>https://example.org/posts/1</link>
  <guid>post-1</guid>
  <pubDate>Mon, 02 Mar 2026 10:00:00 +0200</pubDate>
  <description><![CDATA[<p>Tule mukaan!<script>alert('x')</script> <a href="javascript:alert(1)">klikkaa</a>
  <img src="https://tracker.example/pixel.gif" onerror="alert(2)"> <a href="https://example.org/info">Lisätietoa</a></p>]]></description>
  <media:thumbnail url="https://example.org/images/1.jpg"/>
</item>
<item>
  <title>Vuosikokous</title>
  <link>https://example.org/posts/2</link>
  <guid>post-2</guid>
  <pubDate>Sun, 01 Mar 2026 09:00:00 +0200</pubDate>
  <description>Hallitus kutsuu vuosikokoukseen.</description>
</item>
<item>
  <title>Ei linkkiä</title>
  <link>javascript:alert(3)</link>
  <guid>post-3</guid>
</item>
</channel></rss>"""

VALID_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blogi</title><id>urn:blog</id><updated>2026-03-01T10:00:00Z</updated>
<entry><title type="html">&lt;b&gt;Syksyn&lt;/b&gt; koulutukset</title><id>urn:blog:1</id>
<link href="https://example.org/blog/1"/><updated>2026-03-01T10:00:00Z</updated>
<summary>Koulutuskalenteri on julkaistu.</summary></entry>
</feed>"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><link>https://example.org/x</link></item></channel></rss>"""

VALID_RSS, VALID_ATOM, BOMB = (text.encode() for text in (VALID_RSS, VALID_ATOM, BOMB))


class FeedServer:
    """Serves fixture feeds on 127.0.0.1; never reaches outside the machine."""

    def __init__(self):
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, body, content_type="application/rss+xml", length=True):
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._route()

            def _route(self):
                if self.path == "/valid.xml":
                    self._send(VALID_RSS)
                elif self.path == "/atom.xml":
                    self._send(VALID_ATOM, "application/atom+xml")
                elif self.path == "/broken.xml":
                    self._send(b"<html><body><h1>Not a feed</h1><p>Oops", "text/html")
                elif self.path == "/bomb.xml":
                    self._send(BOMB)
                elif self.path == "/to-metadata.xml":
                    self.send_response(302)
                    self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
                    self.end_headers()
                elif self.path == "/never.xml":
                    # Accept the connection and never answer.
                    server.release.wait(60)
                elif self.path == "/trickle.xml":
                    self.send_response(200)
                    self.end_headers()
                    self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
                    while not server.release.wait(0.1):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                elif self.path == "/huge.xml":
                    # 50 MB without a Content-Length: only the byte cap stops it.
                    self.send_response(200)
                    self.end_headers()
                    chunk = b"<item>" + b"x" * 65530
                    for _ in range(800):
                        if server.release.is_set():
                            break
                        self.wfile.write(chunk)
                elif self.path == "/huge-declared.xml":
                    self.send_response(200)
                    self.send_header("Content-Length", str(50 * 1024 * 1024))
                    self.end_headers()
                else:
                    self.send_error(404)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(autouse=True)
def allow_the_feed_server(settings):
    # The fixture feeds are served from loopback, which the safe fetch refuses unless a network is allowed.
    settings.SAFE_FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]


@pytest.fixture
def feed_server():
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture
def channels(lapland):
    return SocialFeedSettings.for_site(lapland.site)


def add_feed(settings, name, url):
    return SocialFeed.objects.create(settings=settings, name=name, url=url)


LIMITS = ["--timeout", "1", "--deadline", "2", "--max-bytes", str(1024 * 1024)]


def test_import_stores_valid_posts_once_and_reports_the_bad_feeds(feed_server, channels):
    valid = add_feed(channels, "Facebook", feed_server.url("/valid.xml"))
    bad = {
        name: add_feed(channels, name, feed_server.url(path))
        for name, path in [
            ("broken", "/broken.xml"),
            ("never", "/never.xml"),
            ("huge", "/huge.xml"),
            ("declared", "/huge-declared.xml"),
            ("trickle", "/trickle.xml"),
            ("bomb", "/bomb.xml"),
            ("missing", "/missing.xml"),
        ]
    }
    atom = add_feed(channels, "Blogi", feed_server.url("/atom.xml"))

    started = time.monotonic()
    out, err = StringIO(), StringIO()
    call_command("import_social_feeds", *LIMITS, stdout=out, stderr=err)
    elapsed = time.monotonic() - started
    assert elapsed < 15, f"the import took {elapsed:.1f} s"

    assert set(valid.posts.values_list("guid", flat=True)) == {"post-1", "post-2"}
    assert atom.posts.count() == 1
    for name, feed in bad.items():
        feed.refresh_from_db()
        assert feed.last_error, name
        assert f"{name} (" in err.getvalue(), name
        assert not feed.posts.exists(), name
    valid.refresh_from_db()
    assert valid.last_error == "" and valid.last_success_at is not None
    assert "larger than" in SocialFeed.objects.get(pk=bad["huge"].pk).last_error
    assert "larger than" in SocialFeed.objects.get(pk=bad["declared"].pk).last_error
    assert "longer than" in SocialFeed.objects.get(pk=bad["trickle"].pk).last_error
    assert "entities" in SocialFeed.objects.get(pk=bad["bomb"].pk).last_error
    assert "404" in SocialFeed.objects.get(pk=bad["missing"].pk).last_error

    call_command("import_social_feeds", "--region", "lappilaiset", *LIMITS, stdout=StringIO(), stderr=StringIO())
    assert SocialPost.objects.filter(feed=valid).count() == 2


def test_post_values_are_sanitised(feed_server, channels):
    feed = add_feed(channels, "Facebook", feed_server.url("/valid.xml"))
    assert import_feed(feed, timeout=1, deadline=2).ok
    post = feed.posts.get(guid="post-1")
    assert post.title == "Talkoot & kahvit lauantaina"
    assert "<script" not in post.summary and "alert" not in post.summary
    assert "javascript:" not in post.summary and "onerror" not in post.summary and "<img" not in post.summary
    assert '<a href="https://example.org/info" rel="nofollow noopener noreferrer">Lisätietoa</a>' in post.summary
    assert post.image_url == "https://example.org/images/1.jpg"
    assert post.published_at.isoformat() == "2026-03-02T08:00:00+00:00"
    assert not feed.posts.filter(guid="post-3").exists()


def test_html_in_atom_titles_becomes_plain_text(feed_server, channels):
    feed = add_feed(channels, "Blogi", feed_server.url("/atom.xml"))
    import_feed(feed, timeout=1, deadline=2)
    assert feed.posts.get().title == "Syksyn koulutukset"


def test_fetch_refuses_other_schemes():
    with pytest.raises(FeedError):
        fetch("file:///etc/passwd")


def test_feeds_redirecting_inside_are_refused(feed_server, channels):
    feed = add_feed(channels, "Sisään", feed_server.url("/to-metadata.xml"))
    result = import_feed(feed, timeout=1, deadline=2)
    assert not result.ok and "169.254.169.254" in result.error
    assert not feed.posts.exists()


def test_a_doctype_padded_past_the_first_64_kib_is_refused():
    padded = b'<?xml version="1.0"?>' + b" " * 70000 + BOMB[BOMB.index(b"<!DOCTYPE") :]
    with pytest.raises(FeedError, match="DOCTYPE"):
        parse(padded)


def test_parse_refuses_non_feeds():
    with pytest.raises(FeedError):
        parse(b"just some text")


def test_long_summaries_are_cut_as_plain_text():
    summary = clean_summary("<p>" + "sana " * 1000 + "</p>")
    assert len(summary) <= 2000 and summary.endswith("…") and "<p>" not in summary


def test_the_command_skips_feeds_that_are_switched_off_and_other_regions(feed_server, channels, north_karelia):
    paused = add_feed(channels, "Facebook", feed_server.url("/valid.xml"))
    paused.active = False
    paused.save()
    karelia = SocialFeedSettings.for_site(north_karelia.site)
    elsewhere = add_feed(karelia, "Blogi", feed_server.url("/atom.xml"))
    out = StringIO()
    call_command("import_social_feeds", "--region", "lappilaiset", *LIMITS, stdout=out, stderr=StringIO())
    assert "0 feed(s)" in out.getvalue()
    assert not SocialPost.objects.exists()
    call_command("import_social_feeds", *LIMITS, stdout=StringIO(), stderr=StringIO())
    assert list(SocialPost.objects.values_list("feed", flat=True)) == [elsewhere.pk]


def test_home_page_shows_the_latest_posts_with_attribution(client, feed_server, channels, north_karelia):
    feed = add_feed(channels, "Facebook", feed_server.url("/valid.xml"))
    import_feed(feed, timeout=1, deadline=2)
    # Recent enough for the front page's age limit, whatever day the test runs.
    feed.posts.update(published_at=timezone.now())
    html = client.get("/fi/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert "Talkoot &amp; kahvit lauantaina" in html
    assert 'href="https://example.org/posts/1"' in html
    assert "Facebook" in html and "Lapin sosiaali- ja terveysturvayhdistys ry" in html
    assert "<script>alert" not in html
    other = client.get("/fi/", HTTP_HOST="jelli.localhost").content.decode()
    assert "Talkoot" not in other and "social-posts" not in other


def test_cron_hands_the_import_to_the_background_worker(feed_server, channels):
    add_feed(channels, "Facebook", feed_server.url("/valid.xml"))
    out = StringIO()
    call_command("import_social_feeds", "--enqueue", "--region", "lappilaiset", stdout=out)
    assert "queued" in out.getvalue()
    # Tests run django-tasks' immediate backend: the queued task has run.
    assert SocialPost.objects.filter(guid="post-1").exists()


def test_an_imported_post_once_hidden_stays_hidden_after_the_next_import(feed_server, channels):
    feed = add_feed(channels, "Facebook", feed_server.url("/valid.xml"))
    import_feed(feed, timeout=1, deadline=2)
    feed.posts.filter(guid="post-1").update(hidden=True)
    import_feed(feed, timeout=1, deadline=2)
    assert list(feed.posts.filter(guid="post-1").values_list("hidden", flat=True)) == [True]
