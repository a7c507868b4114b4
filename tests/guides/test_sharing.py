import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from guides.factories import GuidePageFactory, guide_index, translate_guide
from guides.models import GuidePage
from guides.sharing import SharingError, share_guide, shared_regions

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(national_guide, lapland, north_karelia):
    call_command("share_guides", "--all", stdout=_Null(), stderr=_Null())
    return national_guide


class _Null:
    def write(self, *args, **kwargs):
        pass


def test_shared_guide_is_at_the_same_path_on_each_region_with_canonical_link(client, shared):
    for host in ("lappilaiset.localhost", "jelli.localhost"):
        response = client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST=host)
        assert response.status_code == 200, host
        html = response.content.decode()
        assert "Vuosikokouksen järjestäminen" in html
        assert '<link rel="canonical" href="http://localhost/fi/ohjeet/vuosikokous/">' in html


def test_editing_the_national_guide_updates_every_region(client, shared):
    guide = GuidePage.objects.get(pk=shared.pk)
    guide.summary = "Uusi tiivistelmä kaikille alueille."
    guide.body = [{"type": "paragraph", "value": "<p>Päivitetty ohjeteksti.</p>"}]
    guide.save_revision().publish()
    for host in ("lappilaiset.localhost", "jelli.localhost"):
        html = client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST=host).content.decode()
        assert "Päivitetty ohjeteksti." in html, host
        assert "Uusi tiivistelmä kaikille alueille." in html, host


def test_regional_index_shows_shared_and_own_guides(client, shared, lapland):
    GuidePageFactory(parent=guide_index(lapland), title="Tunturikylän talkoot", slug="talkoot")
    html = client.get("/fi/ohjeet/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert "Vuosikokouksen järjestäminen" in html
    assert "Tunturikylän talkoot" in html
    html = client.get("/fi/ohjeet/", HTTP_HOST="jelli.localhost").content.decode()
    assert "Tunturikylän talkoot" not in html


def test_sharing_twice_creates_no_duplicates(shared, lapland, north_karelia):
    assert GuidePage.objects.filter(alias_of=shared).count() == 2
    report = share_guide(shared)
    assert report.created == []
    assert GuidePage.objects.filter(alias_of=shared).count() == 2
    assert {region.slug for region in shared_regions(shared)} == {"lappilaiset", "jelli"}


def test_sharing_to_chosen_regions_only(national_guide, lapland, north_karelia):
    call_command("share_guides", "--guide", "vuosikokous", "--region", "jelli", stdout=_Null())
    assert [region.slug for region in shared_regions(national_guide)] == ["jelli"]


def test_translations_are_aliased_into_the_regional_language_tree(client, shared, lapland):
    translate_guide(
        shared,
        "sv",
        title="Att ordna årsmötet",
        slug="arsmote",
        summary="Så håller föreningen sitt årsmöte.",
        body=[{"type": "paragraph", "value": "<p>Styrelsen kallar till möte.</p>"}],
    )
    # Publishing the translation shares it where the original is shared.
    response = client.get("/sv/guider/arsmote/", HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    assert "Styrelsen kallar till möte." in response.content.decode()
    fi_alias = GuidePage.objects.get(alias_of=shared, locale__language_code="fi", url_path__startswith="/lappilaiset/")
    sv_alias = fi_alias.get_translation_or_none(fi_alias.get_translations().first().locale)
    assert sv_alias is not None and sv_alias.alias_of_id is not None
    # The language switcher on the regional Finnish copy goes to the regional Swedish copy.
    html = client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert 'href="/sv/guider/arsmote/"' in html


def test_regional_guides_cannot_be_shared(lapland):
    guide = GuidePageFactory(parent=guide_index(lapland), title="Paikallinen", slug="paikallinen")
    with pytest.raises(SharingError):
        share_guide(guide)


def test_command_reports_bad_input(national, lapland):
    with pytest.raises(CommandError, match="--all"):
        call_command("share_guides")
    with pytest.raises(CommandError, match="No published national guide"):
        call_command("share_guides", "--guide", "ei-ole")
    GuidePageFactory(parent=guide_index(national), title="Ohje", slug="ohje")
    with pytest.raises(CommandError, match="Unknown region"):
        call_command("share_guides", "--guide", "ohje", "--region", "atlantis")


def test_admin_action_shares_with_chosen_regions(admin_client, national_guide, lapland, north_karelia):
    url = reverse("guides_share", args=[national_guide.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    response = admin_client.post(url, {})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    response = admin_client.post(url, {"regions": [lapland.pk]})
    assert response.status_code == 302
    assert [region.slug for region in shared_regions(national_guide)] == ["lappilaiset"]
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[national_guide.pk])).content.decode()
    assert url in edit


def test_admin_action_is_for_national_coordinators_only(client, national_guide, lapland):
    from accounts.factories import UserFactory

    coordinator = UserFactory(email="lappi@example.org", groups=[lapland.coordinator_group])
    client.force_login(coordinator)
    response = client.get(reverse("guides_share", args=[national_guide.pk]))
    assert response.status_code in (302, 403)
    assert not shared_regions(national_guide)


def test_deleting_the_national_guide_removes_the_regional_copies(client, shared):
    assert GuidePage.objects.filter(alias_of=shared).count() == 2
    GuidePage.objects.get(pk=shared.pk).delete()
    assert not GuidePage.objects.filter(slug="vuosikokous").exists()
    assert client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="jelli.localhost").status_code == 404


def test_unpublishing_the_national_guide_hides_the_regional_copies(client, shared):
    GuidePage.objects.get(pk=shared.pk).unpublish()
    assert client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="lappilaiset.localhost").status_code == 404
