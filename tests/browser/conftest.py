"""Playwright driving Debian's chromium against pytest-django's live server.

The browser tests skip with a clear message where chromium or axe-core is
missing; CI sets REQUIRE_BROWSER_TESTS=1 so that they fail there instead.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _missing():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"chromium not found at {CHROMIUM}: install it with `apt-get install chromium` (Debian)"
    if not AXE.exists():
        return "axe-core not installed: run `npm install --no-package-lock` (make test does it)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER_TESTS"):
        raise pytest.UsageError(f"Browser tests are required here, but {reason}.")
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def base_data(request):
    """Browser tests flush the database after each test; restore what migrations loaded."""
    if "live_server" in request.fixturenames or request.node.get_closest_marker("browser"):
        request.getfixturevalue("transactional_db")
        from network.services import ensure_base_data

        ensure_base_data()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fi-FI")
    page = context.new_page()
    # What the Content-Security-Policy blocked, as the browser reports it on the console.
    page.csp_violations = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and page.csp_violations.append(message.text),
    )
    yield page
    context.close()


@pytest.fixture
def site_url(live_server):
    """`site_url("lappilaiset.localhost", "/fi/")`: a URL on one of the network's sites.

    Chromium sends every *.localhost name to the loopback address, where the
    live server listens; Wagtail picks the site by the hostname.
    """
    port = live_server.url.rsplit(":", 1)[1]

    def build(hostname, path="/"):
        return f"http://{hostname}:{port}{path}"

    return build


def axe_violations(page, impacts=("serious", "critical"), exclude=()):
    """Run axe-core in the page and return its violations of the given impacts.

    `exclude` lists CSS selectors of parts that are not ours to fix (Wagtail's own admin chrome).
    """
    # Evaluated through the browser's debugging protocol, which the page's
    # Content-Security-Policy does not govern (an injected <script> would be blocked).
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
    results = page.evaluate(
        "async (exclude) => await axe.run({include: [document], exclude: exclude.map((s) => [s])}, "
        "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})",
        list(exclude),
    )
    return [v for v in results["violations"] if v["impact"] in impacts]


def format_violations(violations):
    lines = []
    for violation in violations:
        targets = ", ".join(str(node["target"]) for node in violation["nodes"][:5])
        lines.append(f"{violation['impact']}: {violation['id']} – {violation['help']} ({targets})")
    return "\n".join(lines)
