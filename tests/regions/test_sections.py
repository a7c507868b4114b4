import pytest
from django.test import RequestFactory
from django.utils import translation

from regions.sections import localized_section_page


@pytest.mark.django_db
def test_a_section_is_found_in_the_active_language_once_per_request(lapland, django_assert_num_queries):
    request = RequestFactory().get("/sv/", HTTP_HOST="lappilaiset.localhost")
    with translation.override("sv"):
        page = localized_section_page(request, "search")
        assert (page.slug, page.locale.language_code) == ("sok", "sv")
        with django_assert_num_queries(0):
            assert localized_section_page(request, "search") == page
    with translation.override("fi"):
        assert localized_section_page(request, "search").slug == "haku"
    assert localized_section_page(request, "no-such-section") is None
    assert localized_section_page(None, "search") is None
