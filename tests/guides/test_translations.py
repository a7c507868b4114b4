import pytest
from django.urls import reverse
from wagtail.models import Locale

from guides.factories import translate_guide
from guides.models import GuidePage

pytestmark = pytest.mark.django_db

SV_BODY = [{"type": "paragraph", "value": "<p>Styrelsen kallar till årsmöte.</p>"}]
EN_BODY = [{"type": "paragraph", "value": "<p>The board calls the annual meeting.</p>"}]


@pytest.fixture
def translated(national_guide):
    translate_guide(national_guide, "sv", title="Årsmötet", slug="arsmote", summary="Om årsmötet.", body=SV_BODY)
    translate_guide(
        national_guide, "en", title="The annual meeting", slug="annual-meeting", summary="About it.", body=EN_BODY
    )
    return national_guide


def test_translations_render_in_their_language(client, translated):
    response = client.get("/sv/guider/arsmote/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="sv">' in html and "Styrelsen kallar till årsmöte." in html
    response = client.get("/en/guides/annual-meeting/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html and "The board calls the annual meeting." in html


def test_language_switcher_goes_to_the_same_guides_translation(client, translated):
    html = client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="localhost").content.decode()
    assert 'href="/sv/guider/arsmote/"' in html
    assert 'href="/en/guides/annual-meeting/"' in html


def test_untranslated_guide_in_another_language_leads_to_the_original_with_a_note(client, national_guide):
    response = client.get("/sv/guider/vuosikokous/", HTTP_HOST="localhost")
    assert response.status_code == 302
    assert response["Location"] == "/fi/ohjeet/vuosikokous/?missing=sv"
    response = client.get(response["Location"], HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<div class="missing-translation" role="note" lang="sv">' in html
    assert "Vuosikokouksen järjestäminen" in html
    assert 'href="/sv/"' in html


def test_translation_under_another_slug_is_found_from_the_original_slug(client, translated):
    response = client.get("/sv/guider/vuosikokous/", HTTP_HOST="localhost")
    assert response.status_code == 302
    assert response["Location"] == "/sv/guider/arsmote/"


def test_switcher_links_to_the_original_with_a_note_when_a_translation_is_missing(client, national_guide):
    html = client.get("/fi/ohjeet/vuosikokous/", HTTP_HOST="localhost").content.decode()
    assert 'href="/fi/ohjeet/vuosikokous/?missing=sv"' in html
    assert 'href="/fi/ohjeet/vuosikokous/?missing=en"' in html
    assert "missing-translation" not in html


def test_no_note_when_the_translation_exists_or_the_language_is_unknown(client, translated):
    for query in ("?missing=sv", "?missing=xx", "?missing=fi", "?missing="):
        html = client.get("/fi/ohjeet/vuosikokous/" + query, HTTP_HOST="localhost").content.decode()
        assert "missing-translation" not in html, query


def test_unknown_guide_is_still_a_404(client, national_guide):
    assert client.get("/sv/guider/ei-ole/", HTTP_HOST="localhost").status_code == 404
    assert client.get("/sv/guider/vuosikokous/extra/", HTTP_HOST="localhost").status_code == 404


def test_untranslated_draft_does_not_leak_through_the_fallback(client, national_guide):
    national_guide.unpublish()
    assert client.get("/sv/guider/vuosikokous/", HTTP_HOST="localhost").status_code == 404


def test_localize_translation_is_a_draft_in_the_national_workflow(admin_client, national, national_guide):
    sv = Locale.objects.get(language_code="sv")
    url = reverse("wagtail_localize:submit_page_translation", args=[national_guide.pk])
    response = admin_client.post(url, {"locales": [sv.pk]})
    assert response.status_code == 302
    translation = GuidePage.objects.get(translation_key=national_guide.translation_key, locale=sv)
    assert not translation.live
    assert translation.get_workflow() == national.workflow
