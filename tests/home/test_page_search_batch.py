"""The search page's page sources (guides, content pages) are answered by one query on PostgreSQL.

Their counts and first results must equal the search backend's own answer,
source by source, whatever the page tree holds: drafts, other sites' pages,
other languages and pages under a view restriction.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from wagtail.models import Locale, PageViewRestriction

from guides.factories import GuidePageFactory, guide_index
from guides.models import GuidePage
from guides.sharing import share_guide
from home.models import StandardPage
from home.search import BatchResults, PageSearchBatch, SearchSource

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the batch's query is PostgreSQL-only"),
]

HOST = "lappilaiset.localhost"


def standard_page(region, title, language="fi"):
    home = region.site.root_page.specific
    if language != "fi":
        home = home.get_translation(Locale.objects.get(language_code=language))
    page = StandardPage(title=title, slug=slugify(title), introduction=title)
    home.add_child(instance=page)
    return page


def test_the_batch_equals_the_search_backends_answer(lapland, north_karelia, national):
    for number in range(7):
        GuidePageFactory(
            parent=guide_index(lapland), title=f"Vuosikokous {number}", summary="Opas." + " vuosikokous" * number
        )
    shared = GuidePageFactory(parent=guide_index(national), title="Vuosikokouksen opas", summary="Vuosikokous.")
    share_guide(shared)
    GuidePageFactory(parent=guide_index(north_karelia), title="Joensuun vuosikokous")
    GuidePageFactory(parent=guide_index(lapland), title="Luonnos vuosikokouksesta").unpublish()
    standard_page(lapland, "Vuosikokoukset")
    hidden = standard_page(lapland, "Salainen vuosikokous")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    standard_page(lapland, "Årsmöte", language="sv")

    for language, words in (("fi", "vuosikokous"), ("sv", "årsmöte")):
        batch = PageSearchBatch(lapland, language, words)
        assert batch.usable and set(batch.models) == {GuidePage, StandardPage}
        for model in batch.models:
            backend = list(batch.results(model))
            assert batch.count(model) == len(backend), (language, model)
            assert [page.pk for page in batch.preview(model)] == [page.pk for page in backend[:5]], (language, model)
            for start, stop in ((0, 20), (5, 10)):
                page = BatchResults(batch, model)[start:stop]
                assert [item.pk for item in page] == [item.pk for item in backend[start:stop]], (language, model)
    batch = PageSearchBatch(lapland, "fi", "vuosikokous")
    found = {page.title for page in batch.results(GuidePage)} | {page.title for page in batch.results(StandardPage)}
    assert {"Vuosikokous 6", "Vuosikokouksen opas", "Vuosikokoukset"} <= found
    assert not found & {"Joensuun vuosikokous", "Luonnos vuosikokouksesta", "Salainen vuosikokous"}
    assert batch.count(GuidePage) == len(found) - 1


def test_the_search_page_reads_guides_and_pages_in_one_query_and_their_rows_in_one_each(client, lapland):
    for number in range(3):
        GuidePageFactory(parent=guide_index(lapland), title=f"Vuosikokous {number}")
    standard_page(lapland, "Vuosikokoukset")
    client.get("/fi/haku/", {"q": "vuosikokous"}, HTTP_HOST=HOST)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fi/haku/", {"q": "vuosikokous"}, HTTP_HOST=HOST)
    counts = {facet["source"].key: facet["count"] for facet in response.context["facets"]}
    assert counts["guides"] == 3 and counts["pages"] == 1
    index_reads = [query for query in queries.captured_queries if "wagtailsearch_indexentry" in query["sql"]]
    assert len(index_reads) == 1
    guide_reads = [query for query in queries.captured_queries if 'FROM "guides_guidepage"' in query["sql"]]
    assert len(guide_reads) == 1


@pytest.mark.parametrize("options", [{}, {"search": lambda request, region, query: [], "pages": StandardPage}])
def test_a_search_source_takes_either_a_search_or_a_page_model(options):
    with pytest.raises(ValueError, match="give either `search` or `pages`"):
        SearchSource(key="mistake", label="Mistake", **options)
