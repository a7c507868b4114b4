"""The demo's view counts: generated from the data file's parameters, the same every time, added once."""

import datetime
import io

import pytest
import yaml
from django.contrib.contenttypes.models import ContentType

from guides.factories import GuidePageFactory, guide_index
from listings.factories import EventFactory, JobFactory
from listings.models import Event
from organisations.factories import OrganisationFactory
from visits import demo, queries
from visits.models import DailyView

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def content(lapland, north_karelia, national):
    return {
        "lapland_event": EventFactory(municipality_codes=["698"]),
        "karelia_job": JobFactory(organisation=OrganisationFactory(municipality_code="167")),
        "draft": EventFactory(municipality_codes=["698"], draft=True),
        "guide": GuidePageFactory(parent=guide_index(national), title="Ohje", slug="ohje"),
    }


def parameters():
    return yaml.safe_load(demo.PARAMETERS.read_text(encoding="utf-8"))


def test_the_same_content_gets_the_same_counts(content):
    first = list(demo.generate(parameters(), TODAY))
    assert first == list(demo.generate(parameters(), TODAY))
    changed = {**parameters(), "seed": 1}
    assert first != list(demo.generate(changed, TODAY))


def test_counts_go_to_live_items_on_their_owning_site_over_the_days(content, lapland, national):
    rows = list(demo.generate(parameters(), TODAY))
    event_type = ContentType.objects.get_for_model(Event).pk
    by_object = {}
    for day, content_type_id, object_id, site_id, count in rows:
        assert TODAY - datetime.timedelta(days=parameters()["days"]) <= day < TODAY
        assert count > 0
        by_object.setdefault((content_type_id, object_id), set()).add(site_id)
    assert by_object[(event_type, content["lapland_event"].pk)] == {lapland.site.pk}
    assert (event_type, content["draft"].pk) not in by_object
    job_type = ContentType.objects.get_for_model(type(content["karelia_job"])).pk
    karelia_site = content["karelia_job"].region.site_id
    assert karelia_site != lapland.site.pk
    assert by_object[(job_type, content["karelia_job"].pk)] == {karelia_site}
    guide_type = ContentType.objects.get_for_model(type(content["guide"])).pk
    assert by_object[(guide_type, content["guide"].pk)] == {national.site.pk}


def test_loading_twice_adds_nothing_the_second_time(content):
    demo.load(io.StringIO())
    rows = list(DailyView.objects.order_by("pk").values_list("day", "object_id", "count"))
    assert rows
    out = io.StringIO()
    demo.load(out)
    assert list(DailyView.objects.order_by("pk").values_list("day", "object_id", "count")) == rows
    assert out.getvalue().strip().startswith("0 daily view counts")
    last_month = datetime.date.today() - datetime.timedelta(days=30)
    assert queries.total_views(last_month, datetime.date.today(), objects=Event) > 0


def test_view_counts_load_after_the_content_they_count():
    assert demo.RUNS_LAST is True
