"""No English word in a Finnish or Swedish public address (issue 13, item 7).

The test walks the routes: every URL pattern of the resolver under /fi/ and
/sv/, every live page of the test network in those languages, and the routes
of the routable pages (section pages and the "Submit" page) with the words
each page puts in its addresses. Each path segment, whole and split at "-",
"_" and ".", is looked up in tests/data/english_route_words.txt; numbers and
the values of placeholders (ids, slugs made from names, tokens) are data, not
route words. The English addresses that redirect to the translated ones
(core.routes.old_address_patterns) are skipped: they are there to be left.
"""

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.urls import URLResolver, get_resolver, translate_url
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from core.routes import is_old_address
from listings import registry
from listings.models import EventIndexPage, ListingIndexPage
from listings.models.pages import CALENDAR_SLUGS, FEED_SLUGS
from opendata.embeds import EMBED_SLUGS
from workflows.models import SubmissionPage
from workflows.routes import DONE_SLUGS, FLAG_SLUGS, KIND_SLUGS

pytestmark = pytest.mark.django_db

LANGUAGES = ("fi", "sv")
WORDS = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "data" / "english_route_words.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
NAMED_GROUP = re.compile(r"\(\?P<\w+>((?:[^()]|\([^()]*\))*)\)")
CONVERTER = re.compile(r"<[^>]+>")
REGEX_SYNTAX = re.compile(r"[\^$?*+()\[\]\\|{}]")


def english_words(path):
    """The English words in a path's literal text."""
    found = []
    for segment in path.lower().split("/"):
        for word in {segment, *re.split(r"[-_.]+", segment)}:
            if word and not word.isdigit() and word in WORDS:
                found.append(word)
    return sorted(set(found))


def literal_text(route):
    """A route's own words: placeholders (converters, regex groups) and regex syntax removed."""
    return REGEX_SYNTAX.sub("", CONVERTER.sub("", NAMED_GROUP.sub("", route)))


def alternatives(route):
    """The words of each alternation group of a regex route, e.g. [["arkisto", "arkiv", "archive"]]."""
    return [group.split("|") for group in NAMED_GROUP.findall(route) if re.fullmatch(r"[\w-]+(\|[\w-]+)+", group)]


def urlconf_routes(language):
    """(route, view name) of every URL pattern under the language's prefix, old addresses left out."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif not is_old_address(pattern.callback) and pattern.name != "wagtail_serve":
                yield route, pattern.name

    with translation.override(language):
        return [(route, name) for route, name in walk(get_resolver().url_patterns, "") if route.startswith(language)]


def routable_pages(language):
    pages = Page.objects.live().filter(locale__language_code=language).specific()
    return [page for page in pages if isinstance(page, RoutablePageMixin)]


def page_route_paths(page):
    """The addresses a routable page makes with its route words (the words, not the ids, matter)."""
    base = urlparse(page.get_url()).path
    language = page.locale.language_code
    paths = []
    if isinstance(page, ListingIndexPage):
        feed = page.route_word(FEED_SLUGS)
        paths += [f"{base}{feed}/", f"{base}{feed}/atom/", f"/{language}/{EMBED_SLUGS[language]}/{page.slug}/"]
    if isinstance(page, EventIndexPage):
        calendar = page.route_word(CALENDAR_SLUGS)
        paths.append(base + page.archive_path().lstrip("/"))
        paths += [f"{base}1-x/{calendar}/", f"{base}{calendar}/"]
    if isinstance(page, SubmissionPage):
        for kind in KIND_SLUGS:
            paths.append(page.kind_url(kind))
            paths.append(page.route_url(KIND_SLUGS[kind][language], DONE_SLUGS[language]))
        for record in registry.listing_types():
            paths.append(f"{base}{FLAG_SLUGS[language]}/{registry.type_slug(record, language)}/1/")
    return paths


def test_the_word_list_catches_the_old_addresses():
    assert english_words("/fi/tapahtumat/archive/") == ["archive"]
    assert english_words("/fi/ilmoita/raportoi/event/257/") == ["event"]
    assert english_words("/fi/tili/confirm-email/") == ["confirm", "email"]
    assert english_words("/fi/2026/lappilaiset/") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_url_pattern_has_an_english_word(language):
    routes = urlconf_routes(language)
    # allauth's, ours and Wagtail's: the walk sees them all.
    names = {name for _route, name in routes}
    assert {"account_login", "account_reset_password_from_key", "invite_member", "cancel", "wagtailcore_login"} <= names
    assert len(routes) > 20
    offending = {route: english_words(literal_text(route)) for route, _name in routes}
    assert {route: words for route, words in offending.items() if words} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_address_has_an_english_word(national, lapland, north_karelia, language):
    pages = Page.objects.live().filter(locale__language_code=language).specific()
    paths = [urlparse(page.get_url()).path for page in pages if page.get_url()]
    assert len(paths) > 20
    offending = {path: english_words(path) for path in paths}
    assert {path: words for path, words in offending.items() if words} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_route_has_an_english_word(national, lapland, north_karelia, language):
    pages = routable_pages(language)
    assert any(isinstance(page, EventIndexPage) for page in pages)
    assert any(isinstance(page, SubmissionPage) for page in pages)
    offending = {}
    for page in pages:
        for pattern in page.get_subpage_urls():
            route = str(pattern.pattern)
            words = english_words(literal_text(route))
            # A group of words is the page's choice per language; it needs words that are not English.
            words += [f"only English in {group}" for group in alternatives(route) if all(w in WORDS for w in group)]
            if words:
                offending[f"{type(page).__name__} {route}"] = words
        for path in page_route_paths(page):
            if english_words(path):
                offending[path] = english_words(path)
    assert offending == {}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/fi/tili/login/?next=/fi/tili/", "/fi/tili/kirjaudu/?next=/fi/tili/"),
        ("/sv/konto/signup/", "/sv/konto/registrera/"),
        ("/fi/tili/password/reset/", "/fi/tili/salasana/unohtunut/"),
        ("/fi/tili/password/reset/key/1a-set-password/", "/fi/tili/salasana/unohtunut/avain/1a-set-password/"),
        ("/fi/tili/confirm-email/abc:def/", "/fi/tili/vahvista-sahkoposti/abc:def/"),
        ("/fi/tili/data/", "/fi/tili/tietoni/"),
        ("/sv/konto/terms/declined/", "/sv/konto/anvandarvillkor/avbojt/"),
        ("/fi/tili/organisations/7/invite/", "/fi/tili/organisaatiot/7/kutsu/"),
        ("/sv/konto/invitations/tok/", "/sv/konto/inbjudningar/tok/"),
        ("/fi/ilmoittautuminen/cancel/tok/", "/fi/ilmoittautuminen/peru/tok/"),
        ("/sv/anmalan/done/tok/", "/sv/anmalan/klar/tok/"),
        ("/fi/_util/login/", "/fi/_sivu/kirjaudu/"),
    ],
)
def test_the_old_addresses_redirect_permanently(client, lapland, old, new):
    response = client.get(old, HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 301
    assert response["Location"] == new


@pytest.mark.parametrize("path", ["/en/account/login/", "/en/account/signup/", "/en/account/password/reset/"])
def test_english_addresses_stay_english(client, lapland, path):
    assert client.get(path, HTTP_HOST="lappilaiset.localhost").status_code == 200


def test_the_language_switch_finds_the_translated_route():
    with translation.override("fi"):
        assert translate_url("/fi/tili/kirjaudu/?next=/fi/", "sv") == "/sv/konto/logga-in/?next=/fi/"
        assert translate_url("/fi/tili/organisaatiot/3/kutsu/", "en") == "/en/account/organisations/3/invite/"
