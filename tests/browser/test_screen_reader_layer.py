"""The accessibility layer of the templates and forms, checked as the keyboard and screen-reader pass did (issue 17).

Every form that comes back with errors puts the focus on its error summary
and starts the title with the number of errors; every aria-describedby and
aria-labelledby names an element that exists; no public page scrolls
sideways at 320 CSS px; a filtered list says its count in the title; the
selected search type survives forced colours; only text in another language
carries a lang attribute; search results' links have names of their own;
and axe-core finds nothing of any impact.
"""

import datetime
import re

import pytest
from django.utils import timezone

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"
ROVANIEMI = "698"
KEMI = "240"
ALL_IMPACTS = ("minor", "moderate", "serious", "critical")
#: How the title's error count reads in each language (ngettext's forms of "%(count)s error(s)").
ERROR_WORDS = {"fi": ("virhe", "virhettä"), "sv": ("fel", "fel")}
RESULT_WORDS = {"fi": ("tulos", "tulosta"), "sv": ("resultat", "resultat")}

# Every element's aria-describedby / aria-labelledby ids that name no element in the page.
BROKEN_REFERENCES = """() => {
    const broken = [];
    for (const attribute of ["aria-describedby", "aria-labelledby"]) {
        for (const element of document.querySelectorAll(`[${attribute}]`)) {
            for (const id of element.getAttribute(attribute).split(/\\s+/).filter(Boolean)) {
                if (!document.getElementById(id)) broken.push(`${element.outerHTML.slice(0, 120)} -> #${id}`);
            }
        }
    }
    return broken;
}"""
# Navigation and search landmarks without a name.
UNNAMED_LANDMARKS = """() => [...document.querySelectorAll("nav, [role=search]")]
    .filter(element => !element.getAttribute("aria-label") && !element.getAttribute("aria-labelledby"))
    .map(element => element.outerHTML.slice(0, 120))"""


@pytest.fixture
def network(settings, national, lapland):
    from guides.factories import GuidePageFactory, guide_index, translate_guide
    from guides.sharing import share_guide
    from listings.factories import EventFactory, OrganisationFactory, translate

    # The browser fills forms faster than a person; the test of the fill-time check sets its own.
    settings.WORKFLOWS_MIN_FILL_SECONDS = 0
    church = OrganisationFactory(name="Rovaniemen seurakunta", municipality_code=ROVANIEMI)
    choir = OrganisationFactory(name="Kemin kamarikuoro", municipality_code=KEMI)
    start = timezone.localtime().replace(minute=0, second=0, microsecond=0) + datetime.timedelta(days=3)
    # A full page of search results with the same title: only the date and the organiser tell them apart.
    concerts = [
        EventFactory(
            title="Joulukonsertti kirkossa",
            organisation=church if number % 2 else choir,
            municipality_codes=[ROVANIEMI if number % 2 else KEMI],
            starts_at=start + datetime.timedelta(days=number // 2),
        )
        for number in range(21)
    ]
    event = concerts[0]
    translate(event, "sv", title="Julkonsert i kyrkan")
    guide = GuidePageFactory(parent=guide_index(national), title="Kokouksen ohje", slug="kokous")
    translate_guide(guide, "sv", title="Mötesguide", slug="mote", summary="Sammanfattning.", body=guide.body)
    share_guide(guide)
    return {"event": event, "organisation": church}


def public_pages(network):
    event, organisation = network["event"], network["organisation"]
    return [
        "/fi/",
        "/sv/",
        "/fi/tapahtumat/",
        "/sv/evenemang/",
        "/fi/tapahtumat/?municipality=698&date_from=2026-12-31&date_to=2026-01-01",
        "/sv/evenemang/?municipality=698",
        f"/fi/tapahtumat/{event.pk}-{event.slug}/",
        f"/sv/evenemang/{event.pk}/",
        "/fi/haku/?q=joulukonsertti",
        "/sv/sok/?q=joulukonsertti",
        "/fi/ilmoita/tapahtuma/",
        "/sv/anmal/evenemang/",
        "/fi/ohjeet/kokous/",
        "/sv/guider/mote/",
        "/fi/ohjeet/?q=kokous",
        f"/fi/toimijat/{organisation.pk}-{organisation.slug}/",
        f"/sv/aktorer/{organisation.pk}/",
    ]


def goto(page, url):
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    return response


def test_no_public_page_scrolls_sideways_at_320_px_and_every_reference_and_landmark_holds(network, page, site_url):
    failures = []
    for width, height in ((320, 640), (1280, 800)):
        page.set_viewport_size({"width": width, "height": height})
        for path in public_pages(network):
            goto(page, site_url(HOST, path))
            where = f"{path} at {width} px"
            if width == 320:
                overflow = page.evaluate(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
                )
                if overflow[0] > overflow[1]:
                    wide = page.evaluate(
                        """() => [...document.querySelectorAll("body *")]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                        .slice(-5).map(e => e.outerHTML.slice(0, 100))"""
                    )
                    failures.append(f"{where} is {overflow[0]} px wide: {wide}")
            broken = page.evaluate(BROKEN_REFERENCES)
            if broken:
                failures.append(f"{where}: references to no element: {broken}")
            unnamed = page.evaluate(UNNAMED_LANDMARKS)
            if unnamed:
                failures.append(f"{where}: landmarks without a name: {unnamed}")
            violations = axe_violations(page, impacts=ALL_IMPACTS)
            if violations:
                failures.append(f"{where}:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)


def form_paths(network):
    from workflows.routes import flag_route

    event = network["event"]
    sv_event = event.get_translation(event.locale.__class__.objects.get(language_code="sv"))
    return {
        "fi": [
            "/fi/ilmoita/tapahtuma/",
            "/fi/ilmoita/uutinen/",
            "/fi/ilmoita/tarina/",
            f"/fi/ilmoita/{flag_route(event, 'fi')}",
            "/fi/palaute/",
            "/fi/kehitysehdotukset/",
            "/fi/tili/kirjaudu/",
            "/fi/tili/rekisteroidy/",
            "/fi/tili/salasana/unohtunut/",
        ],
        "sv": [
            "/sv/anmal/evenemang/",
            "/sv/anmal/nyhet/",
            "/sv/anmal/berattelse/",
            f"/sv/anmal/{flag_route(sv_event, 'sv')}",
            "/sv/respons/",
            "/sv/utvecklingsforslag/",
            "/sv/konto/logga-in/",
            "/sv/konto/registrera/",
            "/sv/konto/losenord/aterstall/",
        ],
    }


def submit(page):
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").last.click()


def assert_focus_on_summary_and_count_in_title(page, language, where):
    focused = page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert focused, f"{where}: the focus is on {page.evaluate('document.activeElement.outerHTML.slice(0, 80)')}"
    count = page.locator(".error-summary li").count()
    one, many = ERROR_WORDS[language]
    expected = f"{count} {one if count == 1 else many} – "
    assert count and page.title().startswith(expected), f"{where}: {page.title()!r} does not start with {expected!r}"


def test_every_public_form_puts_the_focus_on_its_errors_and_counts_them_in_the_title(network, page, site_url):
    failures = []
    for language, paths in form_paths(network).items():
        for path in paths:
            goto(page, site_url(HOST, path))
            title = page.title()
            assert not re.match(r"^\d", title), f"{path}: {title!r} has a count before any submit"
            assert page.locator("[role=alert]").count() == 0, f"{path}: role=alert at load"
            submit(page)
            where = f"{path} sent empty"
            assert_focus_on_summary_and_count_in_title(page, language, where)
            assert page.locator("[role=alert]").count() == 0, f"{where}: role=alert"
            broken = page.evaluate(BROKEN_REFERENCES)
            if broken:
                failures.append(f"{where}: references to no element: {broken}")
            violations = axe_violations(page, impacts=ALL_IMPACTS)
            if violations:
                failures.append(f"{where}:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)


def test_a_form_sent_too_fast_explains_itself_at_the_button_and_sending_again_works(network, settings, page, site_url):
    from listings.models import NewsItem

    settings.WORKFLOWS_MIN_FILL_SECONDS = 2
    page.goto(site_url(HOST, "/sv/anmal/nyhet/"))
    page.fill("#id_title", "Byns nyheter")
    page.fill("#id_description", "Vi har nyheter.")
    page.select_option("#id_municipality", label="Rovaniemi")
    page.fill("#id_submitter_name", "Sara")
    page.fill("#id_submitter_email", "sara@example.org")
    submit(page)
    assert_focus_on_summary_and_count_in_title(page, "sv", "too fast")
    button = page.locator("#form-submit")
    message = page.locator(f"#{button.get_attribute('aria-describedby')}")
    assert "skickades" in message.inner_text()  # in Swedish, next to the button it describes
    assert page.locator(".error-summary a[href='#form-submit']").count() == 1
    assert page.input_value("#id_title") == "Byns nyheter"
    page.wait_for_timeout(2100)
    with page.expect_navigation():
        button.click()
    # Accepted this time: the preview comes first, then sending.
    page.wait_for_selector("#preview-note")
    with page.expect_navigation():
        page.locator("#form-submit").click()
    assert page.url.endswith("/sv/anmal/nyhet/tack/"), page.url
    assert NewsItem.objects.filter(title="Byns nyheter").exists()


@pytest.mark.parametrize(
    ("path", "language", "count", "filters"),
    [
        ("/fi/tapahtumat/", "fi", 10, "Rovaniemi"),
        ("/sv/evenemang/", "sv", 10, "Rovaniemi"),
    ],
)
def test_a_filter_submit_puts_the_count_and_the_filters_in_the_title(
    network, page, site_url, path, language, count, filters
):
    goto(page, site_url(HOST, path))
    title = page.title()
    page.select_option("#id_municipality", value=ROVANIEMI)
    with page.expect_navigation():
        page.locator("form.listing-filter button[type=submit]").click()
    one, many = RESULT_WORDS[language]
    assert page.title() == f"{count} {many if count != 1 else one} ({filters}) – {title}"
    # The results are one tab stop away, and their heading takes the focus.
    page.keyboard.press("Tab")  # the skip link to the content
    page.keyboard.press("Tab")
    for _step in range(30):
        if page.evaluate("document.activeElement.classList.contains('skip-to-results')"):
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("No skip-to-results link before the filter form.")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "listing-results-heading"


def test_search_types_links_and_languages_read_right(network, page, site_url):
    # A page of 20 results of the same title: every link has a name of its own.
    goto(page, site_url(HOST, "/fi/haku/?q=joulukonsertti&type=events"))
    snapshot = page.locator("ol.search-results").aria_snapshot()
    names = re.findall(r'- link "([^"]*)"', snapshot)
    assert len(names) == 20
    assert len(set(names)) == 20, names
    named = re.compile(r"Joulukonsertti kirkossa \(\d+\.\d+\.\d{4} \d+:\d\d, [^)]+\)")
    assert all(named.fullmatch(name) for name in names), names

    # The selected type differs from the others by more than its background, also in forced colours.
    page.emulate_media(forced_colors="active")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    styles = """element => {
        const style = getComputedStyle(element), before = getComputedStyle(element, "::before");
        return {weight: style.fontWeight, decoration: style.textDecorationLine, outline: style.outlineStyle,
                border: style.borderTopStyle + " " + style.borderTopWidth, mark: before.content};
    }"""
    selected = page.locator(".facets a[aria-current]").evaluate(styles)
    others = page.locator(".facets a:not([aria-current])").evaluate_all(f"elements => elements.map({styles})")
    assert others
    for other in others:
        assert other != selected, f"the selected type {selected} looks like {other} but for its colours"
    page.emulate_media(forced_colors="none")

    # The section's menu item is the current section on a detail page, the current page on its list.
    event = network["event"]
    goto(page, site_url(HOST, f"/fi/tapahtumat/{event.pk}-{event.slug}/"))
    assert page.locator(".site-nav a[aria-current]").get_attribute("aria-current") == "true"
    assert page.locator(".site-nav a[aria-current]").get_attribute("href") == "/fi/tapahtumat/"
    # The breadcrumb's separator is not read.
    breadcrumb = page.locator("nav.breadcrumbs").aria_snapshot()
    assert "›" not in breadcrumb and "Joulukonsertti kirkossa" in breadcrumb
    goto(page, site_url(HOST, "/fi/tapahtumat/"))
    assert page.locator(".site-nav a[aria-current]").get_attribute("aria-current") == "page"

    # On the Swedish home page, Finnish-only listings mark their titles Finnish, and nothing else.
    goto(page, site_url(HOST, "/sv/"))
    marked = page.locator(".home-listings [lang]").evaluate_all(
        "elements => elements.map(e => [e.tagName, e.lang, e.textContent.trim()])"
    )
    assert ["A", "fi", "Joulukonsertti kirkossa"] in marked
    assert all(tag == "A" and lang != "sv" for tag, lang, _text in marked), marked
    page_language_parts = page.locator(".home-listings time, .home-listings .language-label").evaluate_all(
        "elements => elements.map(e => e.closest('[lang]').lang)"
    )
    assert page_language_parts and set(page_language_parts) == {"sv"}
