"""The admin's listing forms: one's only organisation chosen, municipalities grouped and findable, topics ticked."""

import re

import pytest
from django.urls import reverse

from accounts.factories import UserFactory
from listings import factories
from listings.models import Event
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.permissions import ensure_member_group
from regions.models import AdministrativeRegion, Municipality
from topics.models import Topic

pytestmark = pytest.mark.django_db

ADD_EVENT = reverse("wagtailsnippets_listings_event:add")


@pytest.fixture
def member(lapland):
    ensure_member_group()
    user = UserFactory(email="ainoa@example.org")
    MembershipFactory(user=user, organisation=OrganisationFactory(slug="ainoa-yhdistys", name="Ainoa Yhdistys ry"))
    return user


def add_form(client, user):
    client.force_login(user)
    response = client.get(ADD_EVENT)
    assert response.status_code == 200
    return response.context["form"], response.content.decode()


def test_a_member_with_one_organisation_has_it_chosen(client, member):
    form, _html = add_form(client, member)
    organisation = member.organisations.get()
    assert form["organisation"].value() == organisation.pk


def test_a_member_with_two_organisations_chooses_one(client, member):
    MembershipFactory(user=member, organisation=OrganisationFactory(slug="toinen-yhdistys", name="Toinen ry"))
    form, _html = add_form(client, member)
    assert not form["organisation"].value()


def test_a_coordinator_chooses_the_organisation(client, lapland):
    OrganisationFactory(slug="lapin-yhdistys", name="Lapin Yhdistys ry")
    coordinator = UserFactory(email="koordinaattori@example.org", groups=[lapland.coordinator_group])
    form, _html = add_form(client, coordinator)
    assert not form["organisation"].value()


def test_editing_keeps_the_listings_own_organisation(client, member):
    other = OrganisationFactory(slug="muu-yhdistys", name="Muu Yhdistys ry")
    MembershipFactory(user=member, organisation=other)
    event = factories.EventFactory(organisation=other, with_revision=True)
    client.force_login(member)
    form = client.get(reverse("wagtailsnippets_listings_event:edit", args=[event.pk])).context["form"]
    assert form["organisation"].value() == other.pk


def checkbox_names(html, fieldset_start, fieldset_end):
    part = html[html.index(fieldset_start) : html.index(fieldset_end, html.index(fieldset_start))]
    return re.findall(r'<label for="[^"]+">([^<]+)</label>', part)


def test_a_lapland_member_sees_laplands_municipalities_first_and_a_filter_box(client, member, lapland):
    _form, html = add_form(client, member)
    picker = html[html.index("data-municipality-picker") :]
    # The filter box is a labelled search field; the script is our own, from our static files.
    assert re.search(r'<label [^>]*for="id_municipalities_filter">', picker)
    assert '<input type="search" id="id_municipalities_filter"' in picker
    # Wagtail's label of the field ("Municipalities") names the filter box too.
    assert len(re.findall(r'<label [^>]*for="id_municipalities_filter"', html)) == 2
    assert "/static/js/municipality-picker.js" in html
    own = checkbox_names(picker, "<fieldset", "</fieldset>")
    lapland_names = sorted(lapland.coverage.values_list("name_fi", flat=True))
    assert own == lapland_names
    assert "Rovaniemi" in own and "Joensuu" not in own
    # Every other municipality is in a closed group of its administrative region.
    groups = re.findall(r"<details [^>]*data-municipality-group>\s*<summary>([^<]+)</summary>", picker)
    assert "Pohjois-Karjala" in groups and "Lappi" not in groups
    assert picker.count('type="checkbox" name="municipalities"') == Municipality.objects.count()


def test_a_chosen_municipality_elsewhere_opens_its_group(client, member):
    joensuu = Municipality.objects.get(code="167")
    event = factories.EventFactory(organisation=member.organisations.get(), with_revision=True)
    event.municipalities.set([joensuu])
    event.save_revision()
    client.force_login(member)
    html = client.get(reverse("wagtailsnippets_listings_event:edit", args=[event.pk])).content.decode()
    assert re.search(r"<details [^>]*data-municipality-group open>\s*<summary>Pohjois-Karjala</summary>", html)
    assert re.search(rf'value="{joensuu.pk}" id="[^"]+" checked>', html)


def test_a_national_coordinator_gets_every_region_as_a_group(client, national):
    coordinator = UserFactory(email="valtakunnallinen@example.org", groups=[national.coordinator_group])
    _form, html = add_form(client, coordinator)
    picker = html[html.index("data-municipality-picker") :]
    assert '<fieldset class="municipality-picker__group"' not in picker.split("<details", 1)[0]
    assert len(re.findall(r"<details [^>]*data-municipality-group", picker)) == AdministrativeRegion.objects.count()


def test_topics_are_the_curated_list_as_checkboxes(client, member):
    form, html = add_form(client, member)
    topics = list(Topic.objects.order_by("name"))
    assert len(topics) > 3
    assert html.count('type="checkbox" name="topics"') == len(topics)
    assert 'name="topics" type="text"' not in html and "data-w-tag" not in html


def test_a_member_saves_an_event_with_ticked_topics_and_municipalities(client, member):
    from tests.listings.test_admin import post_data

    client.force_login(member)
    form = Event.snippet_viewset.get_form_class()(instance=Event(), for_user=member)
    data = post_data(form)
    sports, culture = Topic.objects.order_by("name")[:2]
    rovaniemi = Municipality.objects.get(code="698")
    data.update(
        title="Tunturihiihto",
        starts_at="2030-01-10 10:00",
        topics=[str(sports.pk), str(culture.pk)],
        municipalities=[str(rovaniemi.pk)],
    )
    response = client.post(ADD_EVENT, data)
    assert response.status_code == 302, response.context["form"].errors
    event = Event.objects.get(title="Tunturihiihto")
    assert set(event.topics.all()) == {sports, culture}
    assert list(event.municipalities.all()) == [rovaniemi]
    assert event.organisation == member.organisations.get()


def test_a_topic_outside_the_list_is_refused(client, member):
    from tests.listings.test_admin import post_data

    client.force_login(member)
    data = post_data(Event.snippet_viewset.get_form_class()(instance=Event(), for_user=member))
    data.update(title="Uusi aihe", starts_at="2030-01-10 10:00", topics=["keksitty aihe"])
    response = client.post(ADD_EVENT, data)
    assert response.status_code == 200
    assert "topics" in response.context["form"].errors
    assert not Event.objects.filter(title="Uusi aihe").exists()
