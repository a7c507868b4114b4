"""core.safe_fetch against a local HTTP server on 127.0.0.2, the one address these tests allow.

The server's own address is allowed explicitly (as production never does), so
that a redirect from it to 127.0.0.1 or 169.254.169.254 shows the check made
on every hop.
"""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core import safe_fetch
from core.safe_fetch import FetchError, fetch, is_public, refuse_doctype

HOST = "127.0.0.2"
ALLOWED = [f"{HOST}/32"]


class Server:
    def __init__(self):
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._route()

            def _redirect(self, location, status=302):
                self.send_response(status)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def _route(self):
                port = server.port
                if self.path == "/ok":
                    body = b"<rss/>"
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                elif self.path == "/relative":
                    self._redirect("/ok", 301)
                elif self.path == "/to-loopback":
                    self._redirect(f"http://127.0.0.1:{port}/ok")
                elif self.path == "/to-localhost-name":
                    self._redirect(f"http://localhost:{port}/ok", 307)
                elif self.path == "/to-metadata":
                    self._redirect("http://169.254.169.254/latest/meta-data/")
                elif self.path == "/to-mapped":
                    self._redirect(f"http://[::ffff:127.0.0.1]:{port}/ok", 308)
                elif self.path == "/to-file":
                    self._redirect("file:///etc/passwd")
                elif self.path.startswith("/loop"):
                    self._redirect(f"/loop{len(self.path)}")
                elif self.path == "/huge":
                    # 50 MB without a Content-Length: only the byte cap stops it.
                    self.send_response(200)
                    self.end_headers()
                    chunk = b"x" * 65536
                    for _ in range(800):
                        if server.release.is_set():
                            break
                        self.wfile.write(chunk)
                elif self.path == "/never":
                    server.release.wait(60)
                elif self.path == "/slow-headers":
                    # Each header line arrives before the socket timeout, so only the total deadline ends it.
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    while not server.release.wait(0.2):
                        self.wfile.write(b"X-Slow: 1\r\n")
                        self.wfile.flush()
                else:
                    self.send_error(404)

        self.httpd = ThreadingHTTPServer((HOST, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://{HOST}:{self.port}{path}"

    def close(self):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    server = Server()
    yield server
    server.close()


def test_the_allowed_test_server_is_fetched_and_relative_redirects_are_followed(server):
    result = fetch(server.url("/relative"), allowed_networks=ALLOWED, timeout=2, deadline=5)
    assert result.body == b"<rss/>"
    assert result.url == server.url("/ok")
    assert result.content_type == "application/rss+xml"


def test_the_setting_allows_networks_too(server, settings):
    settings.SAFE_FETCH_ALLOWED_NETWORKS = ALLOWED
    assert fetch(server.url("/ok"), timeout=2, deadline=5).body == b"<rss/>"


def test_loopback_is_refused_without_an_explicit_allowance(server, settings):
    settings.SAFE_FETCH_ALLOWED_NETWORKS = []
    with pytest.raises(FetchError, match="not on the public internet"):
        fetch(server.url("/ok"), timeout=2, deadline=5)


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ("/to-loopback", "127.0.0.1"),
        ("/to-localhost-name", "127.0.0.1"),
        ("/to-metadata", "169.254.169.254"),
        ("/to-mapped", "::ffff:"),  # 3.11 prints ::ffff:7f00:1, 3.13 ::ffff:127.0.0.1
    ],
)
def test_a_redirect_to_an_inside_address_is_refused(server, path, refused):
    started = time.monotonic()
    with pytest.raises(FetchError, match="not on the public internet") as error:
        fetch(server.url(path), allowed_networks=ALLOWED, timeout=2, deadline=5)
    assert refused in str(error.value)
    # Refused before any connection to the metadata address was tried.
    assert time.monotonic() - started < 2


def test_a_redirect_to_another_scheme_is_refused(server):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(server.url("/to-file"), allowed_networks=ALLOWED, timeout=2, deadline=5)


def test_endless_redirects_stop(server):
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(server.url("/loop"), allowed_networks=ALLOWED, timeout=2, deadline=5, max_redirects=3)


def test_a_50_mb_body_is_cut_at_the_cap_quickly(server):
    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than"):
        fetch(server.url("/huge"), allowed_networks=ALLOWED, timeout=2, deadline=10, max_bytes=1024 * 1024)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("path", ["/never", "/slow-headers"])
def test_a_server_that_never_finishes_answering_meets_the_total_deadline(server, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="longer than 1.5 seconds"):
        # The socket timeout alone (5 s per read) would never end /slow-headers.
        fetch(server.url(path), allowed_networks=ALLOWED, timeout=5, deadline=1.5)
    assert time.monotonic() - started < 3.5


def test_http_errors_and_bad_addresses_are_fetch_errors(server):
    with pytest.raises(FetchError, match="404"):
        fetch(server.url("/missing"), allowed_networks=ALLOWED, timeout=2, deadline=5)
    for url in ["ftp://example.org/", "http://user:pw@example.org/", "http://example.org:99999/", "http:///x"]:
        with pytest.raises(FetchError):
            fetch(url, timeout=2, deadline=5)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "100.64.0.1",
        "169.254.169.254",
        "0.0.0.0",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:10.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::",
    ],
)
def test_inside_addresses_are_not_public(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
def test_internet_addresses_are_public(address):
    assert is_public(address)


def test_a_host_that_resolves_to_loopback_is_refused_before_connecting(monkeypatch):
    monkeypatch.setattr(safe_fetch, "_resolve", lambda host, port, wait: ["93.184.216.34", "127.0.0.1"])
    with pytest.raises(FetchError, match="127.0.0.1"):
        fetch("http://mixed.example/feed", timeout=1, deadline=2)


@pytest.mark.parametrize(
    "document",
    [
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "x">]><rss/>',
        b'<?xml version="1.0"?><!doctype rss><rss/>',
        # Padding that pushed the old check's 64 KiB window past the declaration.
        b'<?xml version="1.0"?>' + b" " * (1024 * 1024) + b'<!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss/>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss><rss/>'.encode("utf-16"),
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss><rss/>'.encode("utf-16-le"),
    ],
)
def test_any_doctype_is_refused(document):
    with pytest.raises(FetchError, match="DOCTYPE"):
        refuse_doctype(document)


def test_a_plain_feed_passes_the_doctype_check():
    refuse_doctype(b'<?xml version="1.0"?><rss version="2.0"><channel><title>DOCTYPE talk</title></channel></rss>')
