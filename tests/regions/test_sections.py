import pytest
from django.utils import translation

from regions.sections import section_page


@pytest.mark.django_db
def test_a_section_is_found_in_the_active_language_with_no_query_when_warm(lapland, django_assert_num_queries):
    with translation.override("sv"):
        link = section_page(lapland.site, "search")
        assert (link.url, link.language, link.live) == ("/sv/sok/", "sv", True)
        assert link.get_page().slug == "sok"
        with django_assert_num_queries(0):
            assert section_page(lapland.site, "search") == link
    with translation.override("fi"):
        assert section_page(lapland.site, "search").url == "/fi/haku/"
    assert section_page(lapland.site, "search", "en").url == "/en/search/"
    assert section_page(lapland.site, "no-such-section") is None
    assert section_page(None, "search") is None


@pytest.mark.django_db
def test_a_section_of_another_site_has_its_full_address(lapland, national):
    from regions import site_data

    home = site_data.localized_home(national.site, "fi")
    link = section_page(lapland.site, "search", "fi")
    assert link.full_url.startswith("http://lappilaiset.localhost")
    assert home.url == "/fi/"
