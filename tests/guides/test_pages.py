import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.blocks import GuideBodyBlock, TableBlock
from guides.factories import GuidePageFactory, guide_index
from guides.models import GuideIndexPage, GuidePage

pytestmark = pytest.mark.django_db


def test_every_site_gets_a_guide_index_in_each_language(national, lapland):
    for region in (national, lapland):
        index = region.section_page("guides")
        assert isinstance(index, GuideIndexPage)
        slugs = {page.locale.language_code: page.slug for page in index.get_translations(inclusive=True)}
        assert slugs == {"fi": "ohjeet", "sv": "guider", "en": "guides"}
        assert index.show_in_menus


def test_index_lists_guides_by_topic(client, national_guide):
    GuidePageFactory(parent=national_guide.get_parent().specific, title="Ilman aihetta", slug="ilman-aihetta")
    response = client.get("/fi/ohjeet/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Yhdistystoiminta" in html
    assert html.index("Yhdistystoiminta") < html.index("Vuosikokouksen järjestäminen")
    assert "Ilman aihetta" in html
    assert 'href="/fi/ohjeet/vuosikokous/"' in html


def test_index_filters_by_topic_and_searches(client, national_guide):
    index = national_guide.get_parent().specific
    GuidePageFactory(parent=index, title="Rahoituksen hakeminen", slug="rahoitus", topics=["rahoitus"])
    html = client.get("/fi/ohjeet/?topic=rahoitus", HTTP_HOST="localhost").content.decode()
    assert "Rahoituksen hakeminen" in html and "Vuosikokouksen järjestäminen" not in html
    html = client.get("/fi/ohjeet/?q=vuosikokouksen", HTTP_HOST="localhost").content.decode()
    assert "Vuosikokouksen järjestäminen" in html and "Rahoituksen hakeminen" not in html
    html = client.get("/fi/ohjeet/?q=vuosikokouksen&topic=rahoitus", HTTP_HOST="localhost").content.decode()
    assert "Vuosikokouksen järjestäminen" not in html


def test_a_filtered_index_starts_its_title_with_the_count(client, national_guide):
    def title(query):
        html = client.get("/fi/ohjeet/" + query, HTTP_HOST="localhost").content.decode()
        return html.split("<title>")[1].split("</title>")[0]

    plain = title("")
    assert not plain[0].isdigit()
    assert title("?q=vuosikokouksen") == f"1 ohje löytyi – {plain}"
    assert title("?q=eimitaan") == f"0 ohjetta löytyi – {plain}"
    assert title("?topic=ei-ole") == plain  # no count for a topic that does not exist: the page says so


def test_index_survives_bad_filter_input(client, national_guide):
    for query in ["?topic=ei-ole", "?page=abc", "?q=" + "x" * 5000, "?q=%00%27%22"]:
        response = client.get("/fi/ohjeet/" + query, HTTP_HOST="localhost")
        assert response.status_code == 200, query


def test_guide_page_shows_toc_reading_time_review_date_and_blocks(client, national_guide):
    response = client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="#ennen-kokousta">Ennen kokousta</a>' in html
    assert '<h2 class="guide-heading" id="ennen-kokousta">' in html
    assert "1 minute" in html or "1 minuutti" in html
    assert '<time datetime="2026-01-15">' in html
    for css_class in ("guide-note--tip", "guide-note--warning", "guide-checklist", "guide-steps", "guide-quote"):
        assert css_class in html
    assert '<th scope="col">Mitä</th>' in html
    assert '<link rel="canonical" href="http://localhost/fi/ohjeet/vuosikokous/">' in html


def test_duplicate_headings_get_distinct_anchors(national):
    guide = GuidePageFactory(
        parent=guide_index(national),
        body=[{"type": "heading", "value": {"text": "Sama"}}, {"type": "heading", "value": {"text": "Sama"}}],
    )
    assert [item["anchor"] for item in guide.table_of_contents()] == ["sama", "sama-2"]


def test_reading_time_grows_with_the_text(national):
    words = " ".join(["sana"] * 900)
    guide = GuidePageFactory(parent=guide_index(national), body=[{"type": "paragraph", "value": f"<p>{words}</p>"}])
    assert guide.reading_minutes == 6


def test_table_rows_cannot_be_wider_than_the_header():
    block = TableBlock()
    value = block.to_python({"caption": "T", "header": ["A"], "rows": [["1", "2"]]})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_every_block_has_a_template_and_previews(national_guide):
    body = GuideBodyBlock()
    for name, block in body.child_blocks.items():
        assert block.meta.template.startswith("guides/blocks/"), name
        assert block.is_previewable, name
        value = block.get_preview_value()
        html = block.render(value, context={"request": None})
        assert html is not None, name


def test_admin_block_previews_render(admin_client, national_guide):
    from django.urls import reverse

    body = GuidePage._meta.get_field("body").stream_block
    for name, block in body.child_blocks.items():
        response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
        assert response.status_code == 200, name
        assert "css/site.css" in response.content.decode(), name


def test_guides_only_live_under_a_guide_index(national):
    assert GuidePage.parent_page_types == ["guides.GuideIndexPage"]
    assert GuideIndexPage in national.site.root_page.specific.creatable_subpage_models()


def test_guides_are_a_site_search_source(rf, national_guide, lapland):
    from guides.sharing import share_guide
    from home.search import get_search_sources

    share_guide(national_guide)
    source = next(source for source in get_search_sources() if source.key == "guides")
    request = rf.get("/fi/haku/", HTTP_HOST="lappilaiset.localhost")
    results = list(source.results(request, lapland, "vuosikokouksen"))
    assert [page.alias_of_id for page in results] == [national_guide.pk]
    assert list(source.results(request, lapland, '"')) == []


def test_the_home_pages_newest_guides_are_kept_and_follow_a_publish_and_an_unpublish_at_once(client, national_guide):
    assert "Vuosikokouksen järjestäminen" in client.get("/fi/", HTTP_HOST="localhost").content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get("/fi/", HTTP_HOST="localhost")
    # Kept under the site's version: no guide is read on a warm home page.
    assert not [query["sql"] for query in queries.captured_queries if "guides_guidepage" in query["sql"]]
    newest = GuidePageFactory(parent=national_guide.get_parent().specific, title="Avustuksen hakeminen", slug="avustus")
    newest.save_revision().publish()
    assert "Avustuksen hakeminen" in client.get("/fi/", HTTP_HOST="localhost").content.decode()
    newest.unpublish()
    assert "Avustuksen hakeminen" not in client.get("/fi/", HTTP_HOST="localhost").content.decode()
