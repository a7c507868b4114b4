"""The Content-Security-Policy: strict on public pages, Wagtail's needs under /admin/, framing opened per view."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.test import override_settings

from listings.factories import EventFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
LAPLAND = "lappilaiset.localhost"
ROVANIEMI = "698"
#: <script> types that browsers never run (data blocks), so the policy need not allow them.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts, event handlers and style attributes."""

    def __init__(self):
        super().__init__()
        self.blocked, self.style_nonces = [], []
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.blocked.append(f"<{tag} {name}=…>")
        if tag == "script" and "src" not in attrs and attrs.get("type") not in DATA_SCRIPT_TYPES:
            self._in_script = tag
        if tag == "style":
            self.style_nonces.append(attrs.get("nonce"))

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.blocked.append(f"inline <script>: {data.strip()[:60]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def test_public_pages_get_the_strict_policy_and_need_nothing_it_forbids(client, lapland):
    event = EventFactory(municipality_codes=[ROVANIEMI], title="Konsertti")
    for path in [
        "/fi/",
        "/sv/",
        "/fi/tapahtumat/",
        f"/fi/tapahtumat/{event.pk}-{event.slug}/",
        "/fi/haku/?q=konsertti",
        "/fi/tili/kirjaudu/",
        "/fi/tili/rekisteroidy/",
        "/fi/ei-ole/",
    ]:
        response = client.get(path, HTTP_HOST=LAPLAND)
        assert response.status_code in (200, 404), path
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], path
        assert directives["script-src"] == ["'self'"], path
        assert directives["frame-ancestors"] == ["'none'"], path
        assert directives["object-src"] == ["'none'"], path
        parser = InlineCode()
        parser.feed(response.content.decode())
        assert parser.blocked == [], path
        # The one inline <style> (the accent colour) carries this response's nonce.
        nonces = [value.removeprefix("'nonce-").removesuffix("'") for value in directives["style-src"]]
        assert parser.style_nonces and all(nonce in nonces for nonce in parser.style_nonces), path


def test_each_response_gets_its_own_nonce(client, lapland):
    first = policy(client.get("/fi/", HTTP_HOST=LAPLAND))["style-src"]
    second = policy(client.get("/fi/", HTTP_HOST=LAPLAND))["style-src"]
    assert first != second


def test_no_template_has_inline_scripts_or_style_attributes():
    offending = []
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for match in re.finditer(r"<script\b[^>]*>", text):
            tag = match.group(0)
            if "src=" not in tag and not any(kind in tag for kind in DATA_SCRIPT_TYPES):
                offending.append(f"{template.relative_to(ROOT)}: {tag}")
        if re.search(r"\sstyle=|\son[a-z]+=", text):
            offending.append(f"{template.relative_to(ROOT)}: style or event attribute")
    assert offending == []


def test_the_admin_gets_its_own_policy_framed_only_by_itself(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["object-src"] == ["'none'"]


@override_settings(ROOT_URLCONF="tests.core.csp_urls")
def test_an_embed_view_opens_framing_for_its_partner_only(client):
    embed = client.get("/embed/")
    assert policy(embed)["frame-ancestors"] == ["https://partner.example"]
    assert "X-Frame-Options" not in embed
    plain = client.get("/plain/")
    assert policy(plain)["frame-ancestors"] == ["'none'"]
    assert plain["X-Frame-Options"] == "DENY"


def test_allow_framing_needs_an_origin():
    from core.csp import allow_framing

    with pytest.raises(ValueError):
        allow_framing()
