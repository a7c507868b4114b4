"""The one way to fetch an address someone outside gave us (a social feed, a calendar).

Such an address may point, directly or through a redirect or a DNS name, at
the machines behind the firewall: the database, Redis, a cloud provider's
metadata service on 169.254.169.254. So every host is resolved here and each
of its addresses must be public before anything is sent; the connection then
goes to the address that was checked (a second lookup could answer
differently), and redirects are followed one by one, each new address checked
again. The other server may also be slow or enormous: every network wait has
a timeout, the whole fetch (lookups, redirects and body) has one deadline
that a watchdog enforces even while headers trickle in, and the body has a
byte cap.

Tests serve their fixtures from 127.0.0.x, which production refuses: they
allow their own address through `allowed_networks` or the
`SAFE_FETCH_ALLOWED_NETWORKS` setting (empty by default, and in production).
"""

import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

TIMEOUT = 10  # seconds for connecting and for each read
DEADLINE = 30  # seconds for the whole fetch, redirects included
MAX_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Toimeksi importer (+https://toimeksi.fi/)"
REDIRECT_STATUSES = {301, 302, 303, 307, 308}

# IPv6 prefixes that carry an IPv4 address inside (NAT64), so 64:ff9b::7f00:1 is 127.0.0.1.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """The address could not or may not be fetched; the message says why, for a log or an admin."""


@dataclass(frozen=True)
class FetchResult:
    url: str  # the address finally fetched, after redirects
    status: int
    content_type: str
    body: bytes


def _networks(allowed):
    if allowed is None:
        allowed = getattr(settings, "SAFE_FETCH_ALLOWED_NETWORKS", ())
    return [ipaddress.ip_network(network, strict=False) for network in allowed]


def _embedded_ipv4(address):
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if address.sixtofour is not None:
            return address.sixtofour
    return None


def is_public(address):
    """True for an address on the public internet: not private, loopback, link-local, multicast or reserved."""
    address = ipaddress.ip_address(address)
    inner = _embedded_ipv4(address)
    if inner is not None and not is_public(inner):
        return False
    # is_global alone lets multicast through (224.0.0.0/4 is not "private"), so each kind is named.
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def check_address(address, allowed_networks=None):
    """Raise FetchError unless the address is public or inside an explicitly allowed network."""
    ip = ipaddress.ip_address(address)
    if any(ip in network for network in _networks(allowed_networks)):
        return
    if not is_public(ip):
        raise FetchError(f"the address {ip} is not on the public internet, so it is not fetched")


def _resolve(host, port, wait):
    """The host's addresses, looked up within `wait` seconds (getaddrinfo itself has no timeout)."""
    outcome = {}

    def lookup():
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as error:
            outcome["error"] = error

    # A daemon thread: a resolver that hangs past the deadline is left behind, not waited for.
    thread = threading.Thread(target=lookup, daemon=True)
    thread.start()
    thread.join(wait)
    if thread.is_alive():
        raise FetchError(f"looking up {host} took too long")
    if "error" in outcome:
        raise FetchError(f"the host {host} could not be found")
    addresses = []
    for _family, _type, _proto, _name, sockaddr in outcome["infos"]:
        # An IPv6 address may carry a zone ("fe80::1%eth0"); ipaddress wants it without.
        address = sockaddr[0].split("%", 1)[0]
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(f"the host {host} could not be found")
    return addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the address that was checked, whatever the host name resolves to now."""

    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    default_port = 443

    def connect(self):
        super().connect()
        # The certificate is checked against the host name, not the address.
        self.sock = ssl.create_default_context().wrap_socket(self.sock, server_hostname=self.host)


class _Watchdog:
    """Shuts the connection's socket when the deadline passes, which ends any read blocked on it.

    It also tells the fetch how much of its deadline is left, so that no
    single network wait is allowed to outlast the whole fetch.
    """

    def __init__(self, seconds):
        self.seconds = seconds
        self.started = time.monotonic()
        self.expired = False
        self._connection = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, connection):
        with self._lock:
            self._connection = connection
            if self.expired:
                self._shut()

    def _fire(self):
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self):
        sock = getattr(self._connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

    def cancel(self):
        self._timer.cancel()

    def overdue(self):
        return time.monotonic() - self.started > self.seconds

    def wait(self, timeout):
        """How long one network wait may take: `timeout`, but not past the deadline (a socket needs more than 0)."""
        remaining = self.seconds - (time.monotonic() - self.started)
        return max(min(timeout, remaining), 0.01)


def _split(url):
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError("only http and https addresses can be fetched")
    if parts.username is not None or parts.password is not None:
        raise FetchError("addresses with a user name or password are not fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise FetchError("the address has an invalid port") from error
    if not parts.hostname:
        raise FetchError("the address has no host")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port, path


def _one_request(url, *, timeout, max_bytes, allowed_networks, headers, watchdog):
    """One request without following redirects: (status, headers, body or None for a redirect)."""
    scheme, host, port, path = _split(url)
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        addresses = _resolve(host, port, watchdog.wait(timeout))
    else:
        addresses = [str(literal)]
    # Every address must pass, so a name that mixes public and private ones is refused whichever comes first.
    for address in addresses:
        check_address(address, allowed_networks)
    connection_class = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last_error = None
    for address in addresses:
        connection = connection_class(host, port, address, watchdog.wait(timeout))
        watchdog.watch(connection)
        try:
            connection.connect()
        except OSError as error:
            last_error = error
            connection.close()
            continue
        # The watchdog cannot cut a connect that had no socket yet; it is checked once there is one.
        watchdog.watch(connection)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            if response.status in REDIRECT_STATUSES:
                return response.status, response.headers, None
            if not 200 <= response.status < 300:
                raise FetchError(f"the server answered {response.status}")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"the answer is larger than {max_bytes} bytes")
            chunks, size = [], 0
            while True:
                # read1 returns whatever one network read brings, so the
                # deadline is checked while a server trickles bytes too.
                chunk = response.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"the answer is larger than {max_bytes} bytes")
                chunks.append(chunk)
                if watchdog.overdue():
                    raise FetchError(f"the fetch took longer than {watchdog.seconds} seconds")
            return response.status, response.headers, b"".join(chunks)
        finally:
            connection.close()
    raise FetchError(f"could not connect to {host}: {last_error}")


def fetch(
    url,
    *,
    timeout=TIMEOUT,
    deadline=DEADLINE,
    max_bytes=MAX_BYTES,
    max_redirects=MAX_REDIRECTS,
    accept="*/*",
    allowed_networks=None,
):
    """GET an outside address and return a FetchResult, or raise FetchError.

    Only public addresses are contacted, at every redirect; the whole fetch
    ends within `deadline` seconds (plus the time to notice) and reads at most
    `max_bytes`. `allowed_networks` (CIDR strings) lets tests reach their own
    server; None means the `SAFE_FETCH_ALLOWED_NETWORKS` setting.
    """
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity", "Connection": "close"}
    watchdog = _Watchdog(deadline)
    try:
        for _hop in range(max_redirects + 1):
            try:
                status, response_headers, body = _one_request(
                    url,
                    timeout=timeout,
                    max_bytes=max_bytes,
                    allowed_networks=allowed_networks,
                    headers=headers,
                    watchdog=watchdog,
                )
            except FetchError:
                if watchdog.expired:
                    raise FetchError(f"the fetch took longer than {deadline} seconds") from None
                raise
            except (OSError, http.client.HTTPException, ValueError) as error:
                if watchdog.expired or isinstance(error, TimeoutError):
                    raise FetchError(f"the fetch took longer than {deadline} seconds") from error
                raise FetchError(f"the address could not be fetched: {error.__class__.__name__}") from error
            if watchdog.expired:
                raise FetchError(f"the fetch took longer than {deadline} seconds")
            if body is not None:
                content_type = response_headers.get("Content-Type", "")
                return FetchResult(url=url, status=status, content_type=content_type, body=body)
            location = response_headers.get("Location", "").strip()
            if not location:
                raise FetchError(f"the server answered {status} without a Location")
            url = urljoin(url, location)
        raise FetchError(f"more than {max_redirects} redirects")
    finally:
        watchdog.cancel()


def fetch_body(url, *, error=FetchError, **options):
    """The body of `fetch(url, **options)`, or `error` (an importer's own exception) saying why it failed."""
    try:
        return fetch(url, **options).body
    except FetchError as failure:
        raise error(str(failure)) from failure


# `<!DOCTYPE` opens the internal subset where entities are declared (billion
# laughs, external entities). No feed or calendar needs one, so any is refused.
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def _xml_text(data):
    """The document as bytes in which ASCII markup can be searched, whatever its encoding."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="ignore").encode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="ignore").encode("utf-8")
    head = data[:4]
    if b"\x00" in head:
        # UTF-16 or UTF-32 without a byte order mark: drop the zero bytes around the ASCII markup.
        return data.replace(b"\x00", b"")
    return data


def refuse_doctype(data):
    """Raise FetchError if the XML document declares a DOCTYPE or an entity anywhere in it."""
    if _DOCTYPE.search(_xml_text(data)):
        raise FetchError("the document declares a DOCTYPE (XML entities), which is refused")
