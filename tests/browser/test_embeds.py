"""An embed inside a partner's page on another origin: it loads, sizes itself, passes axe-core; other pages refuse."""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from listings.factories import EventFactory, OrganisationFactory

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"


class PartnerSite:
    """Another origin (127.0.0.1 on its own port) serving one page that embeds our embed and our list page."""

    def __init__(self, page_html):
        body = page_html.encode()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def events(lapland):
    organisation = OrganisationFactory(name="Napapiirin Testiyhdistys ry", municipality_code="698")
    return [EventFactory(organisation=organisation, title=f"Upotettava tapahtuma {n}") for n in range(6)]


def test_an_embed_loads_in_another_origins_iframe_sizes_itself_and_passes_axe(page, site_url, events):
    embed_url = site_url(HOST, "/fi/upota/tapahtumat/?count=6")
    partner = PartnerSite(
        "<!DOCTYPE html><html lang='fi'><head><meta charset='utf-8'><title>Kumppanin sivu</title></head><body>"
        "<main><h1>Kumppanin tapahtumat</h1>"
        f"<iframe id='embed' src='{embed_url}' title='Tapahtumat' data-toimeksi-embed "
        "style='width: 100%; border: 0;'></iframe>"
        f"<iframe id='list' src='{site_url(HOST, '/fi/tapahtumat/')}' title='Lista'></iframe>"
        f"<script src='{site_url(HOST, '/embed.js')}' async></script>"
        "</main></body></html>"
    )
    try:
        page.goto(partner.url)
        frame = page.frame_locator("#embed")
        frame.get_by_text("Upotettava tapahtuma 5").wait_for()
        # The embed's own script reports its height and the partner page's script applies it.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            height = page.evaluate("document.getElementById('embed').getBoundingClientRect().height")
            if height > 300:
                break
            page.wait_for_timeout(100)
        assert height > 300, height

        embed_frame = next(f for f in page.frames if f.url.startswith(embed_url.split("?")[0]))
        content_height = embed_frame.evaluate("document.documentElement.scrollHeight")
        assert abs(height - content_height) <= 2
        violations = axe_violations(embed_frame)
        assert not violations, format_violations(violations)
        assert embed_frame.locator("a[target=_top]").count() >= 6

        # The list page refuses to be framed: its frame never shows our page.
        page.wait_for_timeout(500)
        list_frame = page.frame(url=lambda url: "/fi/tapahtumat/" in url and "upota" not in url)
        shown = list_frame.evaluate("document.body ? document.body.innerText : ''") if list_frame else ""
        assert "Upotettava tapahtuma" not in shown
    finally:
        partner.close()
