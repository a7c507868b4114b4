"""Citizen submissions: the forms, moderation and visibility (issue 4, points 4 and 6)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import WorkflowState

from listings.models import Event, NewsItem, Story
from workflows.models import Submission

from .helpers import DONE_PATHS, FORM_PATHS, HOSTS, allowed_actions, approve, form_data, in_progress_state, reject

pytestmark = pytest.mark.django_db

MODELS = {"event": Event, "news": NewsItem, "story": Story}
LIST_SECTIONS = {"event": "events", "news": "news", "story": "stories"}
SEARCH_PATHS = {"fi": "/fi/haku/", "sv": "/sv/sok/", "en": "/en/search/"}


def regions_and_languages(*regions):
    for region in regions:
        for language in ("fi", "sv", "en"):
            yield region, language


def shown_on(obj, region, language, client):
    """Whether the region's site shows the listing: the queryset, the site search and the list page."""
    model = type(obj)
    in_queryset = model.objects.visible_on(region, locale=language).filter(pk=obj.pk).exists()
    host = HOSTS[region.slug]
    search = client.get(SEARCH_PATHS[language], {"q": obj.title}, HTTP_HOST=host)
    assert search.status_code == 200
    in_search = any(
        isinstance(result, model) and result.translation_key == obj.translation_key
        for facet in search.context["facets"]
        for result in facet["results"]
    )
    pages = [in_queryset, in_search]
    list_page = region.section_page(LIST_SECTIONS[kind_of(obj)])
    if list_page is not None:
        localized = list_page.get_translations(inclusive=True).filter(locale__language_code=language).first()
        response = client.get(localized.url, HTTP_HOST=host)
        assert response.status_code == 200
        pages.append(obj.title in response.content.decode())
    assert len(set(pages)) == 1, f"{region} {language}: queryset, search and list page disagree: {pages}"
    return pages[0]


def kind_of(obj):
    return {Event: "event", NewsItem: "news", Story: "story"}[type(obj)]


def submit(client, kind, municipality, host="lappilaiset.localhost", language="fi", **overrides):
    data = form_data(kind, municipality, **overrides)
    return client.post(FORM_PATHS[language][kind], data, HTTP_HOST=host), data


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", ["event", "news", "story"])
def test_each_form_answers_at_its_translated_address(client, lapland, kind, language):
    response = client.get(FORM_PATHS[language][kind], HTTP_HOST="lappilaiset.localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'name="homepage"' in html and 'tabindex="-1"' in html and 'aria-hidden="true"' in html
    assert 'name="started"' in html


def test_a_slug_in_another_language_is_not_found(client, lapland):
    assert client.get("/fi/ilmoita/evenemang/", HTTP_HOST="lappilaiset.localhost").status_code == 404
    assert client.get("/sv/anmal/tapahtuma/", HTTP_HOST="lappilaiset.localhost").status_code == 404
    assert client.get("/fi/ilmoita/tapahtuma/tack/", HTTP_HOST="lappilaiset.localhost").status_code == 404


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_section_page_links_the_three_forms_in_the_readers_language(client, lapland, language):
    section = {"fi": "/fi/ilmoita/", "sv": "/sv/anmal/", "en": "/en/submit/"}[language]
    html = client.get(section, HTTP_HOST="lappilaiset.localhost").content.decode()
    for path in FORM_PATHS[language].values():
        assert f'href="{path}"' in html


def test_the_header_links_the_event_form(client, lapland):
    html = client.get("/sv/", HTTP_HOST="lappilaiset.localhost").content.decode()
    assert 'href="/sv/anmal/evenemang/"' in html


@pytest.mark.parametrize("kind", ["event", "news", "story"])
def test_a_submission_is_hidden_everywhere_until_a_coordinator_of_its_region_approves_it(
    client,
    django_capture_on_commit_callbacks,
    mailoutbox,
    national,
    lapland,
    north_karelia,
    rovaniemi,
    lapland_coordinator,
    karelia_coordinator,
    kind,
):
    with django_capture_on_commit_callbacks(execute=True):
        response, data = submit(client, kind, rovaniemi)
    assert response.status_code == 302
    assert response["Location"] == DONE_PATHS["fi"][kind]
    assert client.get(response["Location"], HTTP_HOST="lappilaiset.localhost").status_code == 200

    obj = MODELS[kind].objects.get(title=data["title"])
    assert obj.live is False
    assert obj.region == lapland
    assert (obj.submitter_name, obj.submitter_email) == ("Kaisa Kyläläinen", "kaisa@example.org")
    assert obj.locale.language_code == "fi"
    assert list(obj.municipalities.all()) == [rovaniemi]
    # The citizen's text is escaped, never taken as HTML.
    assert "&lt;b&gt;" in obj.body and "<b>" not in obj.body
    state = in_progress_state(obj)
    assert state.workflow == lapland.workflow
    assert state.requested_by is None
    submission = Submission.for_object(obj)
    assert (submission.language, submission.status, submission.region) == ("fi", "pending", lapland)

    for region, language in regions_and_languages(national, lapland, north_karelia):
        assert not shown_on(obj, region, language, client)

    # North Karelia's coordinator is offered no action and cannot approve.
    assert allowed_actions(obj, karelia_coordinator) == set()
    with pytest.raises(PermissionError):
        approve(obj, karelia_coordinator)
    assert "approve" in allowed_actions(obj, lapland_coordinator)
    assert not lapland_coordinator.has_perm(f"listings.publish_{obj._meta.model_name}")

    with django_capture_on_commit_callbacks(execute=True):
        approve(obj, lapland_coordinator)
    obj.refresh_from_db()
    assert obj.live is True
    for region, language in regions_and_languages(national, lapland):
        assert shown_on(obj, region, language, client)
    for language in ("fi", "sv", "en"):
        assert not shown_on(obj, north_karelia, language, client)

    submission.refresh_from_db()
    assert submission.status == "approved"
    approval = [mail for mail in mailoutbox if mail.to == ["kaisa@example.org"]]
    assert len(approval) == 1
    # The wording is translated in locale/; the mail is rendered in the submitter's language.
    assert approval[0].extra_headers["Content-Language"] == "fi"
    list_slug = {"event": "tapahtumat", "news": "ajankohtaista", "story": "tarinat"}[kind]
    assert f"http://lappilaiset.localhost/fi/{list_slug}/" in approval[0].body


def test_on_the_national_site_the_municipality_decides_the_owner(
    client, national, lapland, north_karelia, rovaniemi, joensuu
):
    submit(client, "news", joensuu, host="localhost", title="Uutinen Joensuusta")
    submit(client, "news", rovaniemi, host="localhost", title="Uutinen Rovaniemeltä")
    assert NewsItem.objects.get(title="Uutinen Joensuusta").region == north_karelia
    assert NewsItem.objects.get(title="Uutinen Rovaniemeltä").region == lapland
    assert in_progress_state(NewsItem.objects.get(title="Uutinen Joensuusta")).workflow == north_karelia.workflow


def test_the_national_site_offers_every_municipality_a_regional_site_only_its_own(client, national, lapland, joensuu):
    regional = client.get("/fi/ilmoita/uutinen/", HTTP_HOST="lappilaiset.localhost").content.decode()
    whole = client.get("/fi/ilmoita/uutinen/", HTTP_HOST="localhost").content.decode()
    assert f'value="{joensuu.pk}"' not in regional
    assert f'value="{joensuu.pk}"' in whole
    response, _data = submit(client, "news", joensuu)
    assert response.status_code == 200
    assert not NewsItem.objects.filter(submitter_email="kaisa@example.org").exists()


def test_a_swedish_submission_is_written_in_swedish_and_mailed_in_swedish(
    client, django_capture_on_commit_callbacks, mailoutbox, lapland, rovaniemi, lapland_coordinator
):
    with django_capture_on_commit_callbacks(execute=True):
        response, data = submit(client, "event", rovaniemi, language="sv", title="Byafest")
    assert response["Location"] == "/sv/anmal/evenemang/tack/"
    event = Event.objects.get(title="Byafest")
    assert event.locale.language_code == "sv"
    assert Submission.for_object(event).language == "sv"
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(event, lapland_coordinator)
    (mail,) = [mail for mail in mailoutbox if mail.to == ["kaisa@example.org"]]
    assert mail.extra_headers["Content-Language"] == "sv"
    assert "http://lappilaiset.localhost/sv/evenemang/" in mail.body


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_rejection_reaches_the_submitter_with_the_reason_in_their_language(
    client, django_capture_on_commit_callbacks, mailoutbox, lapland, rovaniemi, lapland_coordinator, language
):
    with django_capture_on_commit_callbacks(execute=True):
        _response, data = submit(client, "story", rovaniemi, language=language)
    story = Story.objects.get(title=data["title"])
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reject(story, lapland_coordinator, comment="Tarina ei liity kansalaistoimintaan.")
    story.refresh_from_db()
    assert story.live is False
    submission = Submission.for_object(story)
    assert submission.status == "rejected"
    assert submission.rejection_reason == "Tarina ei liity kansalaistoimintaan."
    (mail,) = mailoutbox
    assert mail.to == ["kaisa@example.org"]
    assert "Tarina ei liity kansalaistoimintaan." in mail.body
    assert mail.extra_headers["Content-Language"] == language


def test_a_rejection_without_a_comment_says_that_no_reason_was_given(
    client, django_capture_on_commit_callbacks, mailoutbox, lapland, rovaniemi, lapland_coordinator
):
    with django_capture_on_commit_callbacks(execute=True):
        _response, data = submit(client, "news", rovaniemi, language="en")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reject(NewsItem.objects.get(title=data["title"]), lapland_coordinator)
    (mail,) = mailoutbox
    assert "did not give a reason" in mail.body


def test_coordinators_get_one_mail_per_submission_and_digest_users_none(
    client, django_capture_on_commit_callbacks, mailoutbox, lapland, rovaniemi, lapland_coordinator
):
    from accounts.factories import UserFactory
    from workflows.factories import CoordinatorPreferenceFactory

    digest_user = UserFactory(email="digest@example.org", groups=[lapland.coordinator_group])
    CoordinatorPreferenceFactory(user=digest_user, digest=True)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, "event", rovaniemi)
    to_coordinator = [mail for mail in mailoutbox if mail.to == [lapland_coordinator.email]]
    assert len(to_coordinator) == 1
    assert "Kansalaisen event Lumikylästä" in to_coordinator[0].body or "Kansalaisen event" in to_coordinator[0].subject
    assert not [mail for mail in mailoutbox if mail.to == ["digest@example.org"]]


def test_a_second_start_is_refused_quietly(lapland, rovaniemi):
    from workflows.factories import SubmissionFactory
    from workflows.services import start_workflow

    submission = SubmissionFactory(kind="news", municipality=rovaniemi, site_region=lapland)
    listing = submission.listing
    start_workflow(listing)
    content_type = ContentType.objects.get_for_model(listing)
    assert WorkflowState.objects.filter(base_content_type=content_type, object_id=str(listing.pk)).count() == 1
