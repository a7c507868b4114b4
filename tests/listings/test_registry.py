"""Every list of listing types is derived from the one registry (listings/registry.py)."""

import pytest
from django.apps import apps
from django.utils import translation

from home.models import HomePage
from home.panels import get_home_panels
from home.search import get_search_sources
from listings import registry
from listings.models import LISTING_MODELS, Event, Listing, StaffMember, Story
from listings.wagtail_hooks import SCOPED_MODELS, ListingsViewSetGroup, ListingViewSet
from organisations.models import Organisation
from regions.sections import get_sections
from workflows.models import Submission
from workflows.services import SUBMITTED_MODELS


def test_the_listing_models_are_the_registry_s_listing_types_in_order():
    assert tuple(apps.get_model(record.model) for record in registry.TYPES if record.is_listing) == LISTING_MODELS
    assert all(issubclass(model, Listing) for model in LISTING_MODELS)
    assert (Organisation, *LISTING_MODELS) == SCOPED_MODELS


# Instantiating a page reads its content type, which Django caches only after a first query.
@pytest.mark.django_db
def test_each_section_page_lists_its_registry_type():
    for record in registry.section_types():
        page = record.index_page_class()()
        assert page.listing_model is apps.get_model(record.model)
        assert page.empty_text == record.empty_text and page.card_template == record.card_template
        assert page.get_filter_form_class().__name__ == record.filter_form.rsplit(".", 1)[1]
    assert registry.section_for_model(StaffMember) is None
    assert registry.section_for_model(Event).key == "events"


def test_every_site_gets_a_section_page_for_each_registry_type_under_its_home_page():
    sections = {section.key: section for section in get_sections()}
    for record in registry.section_types():
        section = sections[record.key]
        assert (section.model, section.titles, section.slugs) == (record.index_page, record.titles, record.slugs)
        assert section.page_values(None, "sv")["introduction"] == record.introductions["sv"]
    # HomePage names no page types: each section's own parent_page_types admits it.
    assert {section.page_model() for section in sections.values()} <= set(HomePage.creatable_subpage_models())


def test_search_sources_and_home_panels_follow_the_registry():
    sources = {source.key: source for source in get_search_sources()}
    for record in registry.searchable_types():
        assert sources[record.key].label == record.search_label
        assert sources[record.key].order == record.search_order
    assert "staff" not in sources and "organisations" not in sources
    panels = {panel.key for panel in get_home_panels()}
    with_panel = {f"listings-{record.key}" for record in registry.TYPES if record.home_panel}
    assert with_panel == {"listings-events", "listings-volunteering", "listings-news"} and with_panel <= panels


def test_citizens_submit_the_types_the_registry_allows():
    assert SUBMITTED_MODELS == {"event": "listings.Event", "news": "listings.NewsItem", "story": "listings.Story"}
    # Submission.Kind is made of the same records; its members keep the names and labels the code and the
    # migrations know.
    with translation.override("en"):
        assert Submission.Kind.choices == [("event", "Event"), ("news", "News item"), ("story", "Story")]
    assert (Submission.Kind.EVENT, Submission.Kind.NEWS, Submission.Kind.STORY) == ("event", "news", "story")
    assert Submission.Kind.__qualname__ == "Submission.Kind" and Submission.Kind.__module__ == "workflows.records"


def test_the_admin_menu_has_each_listing_type_with_its_registry_icon():
    viewsets = ListingsViewSetGroup().registerables[2:]
    assert [viewset.model for viewset in viewsets] == list(LISTING_MODELS)
    assert [viewset.icon for viewset in viewsets] == [record.admin_icon for record in registry.listing_types()]


def test_a_type_without_its_own_viewset_gets_the_shared_admin_with_its_own_fields():
    viewset = ListingViewSet(model=Story, icon="openquote")
    form_fields = viewset.edit_handler.bind_to_model(Story).get_form_options()["fields"]
    assert "author_name" in form_fields and "title" in form_fields and "municipalities" in form_fields
