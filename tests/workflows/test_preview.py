"""Citizen forms (issue 13, item 6): topics, audiences, price, online link, and the preview before sending."""

import datetime
import html
import io
from html.parser import HTMLParser

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from listings.models import Event, NewsItem, Story
from workflows import pending
from workflows.models import Submission
from workflows.privacy import purge_personal_data

from ..i18n import fi
from .helpers import DONE_PATHS, FORM_PATHS, approve, form_data

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
MODELS = {"event": Event, "news": NewsItem, "story": Story}


class HiddenInputs(HTMLParser):
    """The hidden inputs of a page's forms, as a browser would send them ({name: [values]})."""

    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.values.setdefault(attrs["name"], []).append(html.unescape(attrs.get("value") or ""))


def carried(response):
    parser = HiddenInputs()
    parser.feed(response.content.decode())
    values = dict(parser.values)
    values.pop("csrfmiddlewaretoken", None)
    return values


def png(name="kylatalo.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#336699").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def post(client, kind, data, language="fi"):
    return client.post(FORM_PATHS[language][kind], data, HTTP_HOST=HOST)


def event_data(rovaniemi, **overrides):
    fields = {
        "topics": ["kulttuuri", "liikunta"],
        "audiences": ["perheet"],
        "price": "5 €, lapset ilmaiseksi",
        "is_online": "on",
        "online_url": "https://meet.example.org/kylailta",
    }
    return form_data("event", rovaniemi, **{**fields, **overrides})


def test_the_forms_offer_the_curated_topics_and_audiences_as_checkboxes(client, lapland):
    for kind in ("event", "news", "story"):
        body = client.get(FORM_PATHS["fi"][kind], HTTP_HOST=HOST).content.decode()
        assert 'type="checkbox" name="topics" value="kulttuuri"' in body
        assert 'type="checkbox" name="audiences" value="perheet"' in body
        # Grouped under a legend, as the shared field template does for checkbox groups.
        assert f"<legend>{fi('Topics')}" in body
    event_form = client.get(FORM_PATHS["fi"]["event"], HTTP_HOST=HOST).content.decode()
    for name in ("is_free", "price", "is_online", "online_url"):
        assert f'name="{name}"' in event_form
    assert 'name="price"' not in client.get(FORM_PATHS["fi"]["news"], HTTP_HOST=HOST).content.decode()
    # The form leads to the preview, not straight to sending.
    assert '<input type="hidden" name="action" value="preview">' in event_form


def test_the_preview_shows_the_item_as_it_will_look_and_sends_nothing(client, lapland, rovaniemi):
    data = event_data(rovaniemi, action="preview")
    response = post(client, "event", data)
    assert response.status_code == 200
    assert "workflows/submission_preview.html" in [t.name for t in response.templates]
    assert "listings/event_detail.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert fi("Preview: not sent yet.") in body
    assert f"<h1>{data['title']}</h1>" in body
    assert "Toinen kappale &lt;b&gt;ei HTML:ää&lt;/b&gt;." in body
    assert "Kylätalo, Kylätie 1" in body
    assert "5 €, lapset ilmaiseksi" in body
    assert 'href="https://meet.example.org/kylailta"' in body
    for label in ("Kulttuuri", "Liikunta ja ulkoilu", "Perheet", "Rovaniemi"):
        assert label in body
    # Nothing of a listing's published page that needs a saved row: no flag link, no calendar file.
    assert fi("Add to calendar (.ics)") not in body
    assert not Event.objects.filter(title=data["title"]).exists()
    assert not Submission.objects.exists()
    values = carried(response)
    assert values["title"] == [data["title"]]
    assert values["topics"] == ["kulttuuri", "liikunta"]
    assert "action" not in values


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_preview_of_a_news_item_and_a_story_uses_their_own_detail_pages(client, lapland, rovaniemi, language):
    for kind, template in (("news", "listings/newsitem_detail.html"), ("story", "listings/story_detail.html")):
        data = form_data(kind, rovaniemi, action="preview", topics=["vertaistuki"])
        response = post(client, kind, data, language=language)
        assert response.status_code == 200, kind
        assert template in [t.name for t in response.templates]
        assert data["title"] in response.content.decode()
        assert {"fi": "Vertaistuki", "sv": "Kamratstöd"}[language] in response.content.decode()


def test_edit_brings_back_everything_typed_without_error_messages(client, lapland, rovaniemi):
    data = event_data(rovaniemi, action="preview")
    values = carried(post(client, "event", data))
    response = client.post(FORM_PATHS["fi"]["event"], {**values, "action": "edit"}, HTTP_HOST=HOST)
    assert response.status_code == 200
    assert "workflows/submission_form.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert 'class="error-summary"' not in body and 'aria-invalid="true"' not in body
    for field in ("title", "place_name", "address", "price", "online_url", "submitter_name", "submitter_email"):
        assert f'value="{html.escape(data[field], quote=True)}"' in body, field
    assert f'value="{data["starts_at"]}"' in body
    assert "Toinen kappale &lt;b&gt;ei HTML:ää&lt;/b&gt;." in body
    assert f'<option value="{rovaniemi.pk}" selected>' in body
    for name, value in (("topics", "kulttuuri"), ("topics", "liikunta"), ("audiences", "perheet")):
        assert f'name="{name}" value="{value}"' in body
    checked = {(name, value) for name, value in _checked_boxes(body)}
    assert checked == {("topics", "kulttuuri"), ("topics", "liikunta"), ("audiences", "perheet"), ("is_online", "")}
    # The same start time is kept, so sending works at once.
    assert carried(response)["started"] == values["started"]


def _checked_boxes(body):
    parser = _Checked()
    parser.feed(body)
    return parser.checked


class _Checked(HTMLParser):
    def __init__(self):
        super().__init__()
        self.checked = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "checkbox" and "checked" in attrs:
            value = attrs.get("value") if attrs.get("name") in ("topics", "audiences") else ""
            self.checked.append((attrs["name"], value))


def test_send_from_the_preview_creates_exactly_one_submission_with_every_field(client, lapland, rovaniemi):
    data = event_data(rovaniemi, action="preview")
    values = carried(post(client, "event", data))
    response = client.post(FORM_PATHS["fi"]["event"], values, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == DONE_PATHS["fi"]["event"]
    event = Event.objects.get(title=data["title"])
    assert Submission.objects.count() == 1
    assert Submission.for_object(event).region == lapland
    assert sorted(event.topics.values_list("slug", flat=True)) == ["kulttuuri", "liikunta"]
    assert list(event.audiences.values_list("slug", flat=True)) == ["perheet"]
    assert (event.price, event.is_free) == ("5 €, lapset ilmaiseksi", False)
    assert (event.is_online, event.online_url) == (True, "https://meet.example.org/kylailta")
    assert event.live is False
    # The moderated draft carries them too: approval publishes the revision, not the row.
    revision = event.latest_revision.as_object()
    assert sorted(topic.slug for topic in revision.topics.all()) == ["kulttuuri", "liikunta"]


def test_an_approved_citizen_event_shows_under_its_topic_filter(
    client, django_capture_on_commit_callbacks, lapland, rovaniemi, lapland_coordinator
):
    data = event_data(rovaniemi, topics=["ymparisto"], price="", is_free="on", is_online="", online_url="")
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, "event", data).status_code == 302
    event = Event.objects.get(title=data["title"])
    assert event.is_free is True
    events_page = lapland.section_page("events")
    with django_capture_on_commit_callbacks(execute=True):
        approve(event, lapland_coordinator)

    def listed(query):
        response = client.get(events_page.url, {"topic": query}, HTTP_HOST=HOST)
        assert response.status_code == 200
        return data["title"] in response.content.decode()

    assert listed("ymparisto")
    assert not listed("kulttuuri")
    audience = client.get(events_page.url, {"audience": "perheet"}, HTTP_HOST=HOST).content.decode()
    assert data["title"] in audience


def test_an_image_chosen_before_the_preview_is_kept_through_edit_and_send(
    client, django_capture_on_commit_callbacks, lapland, rovaniemi
):
    data = form_data("news", rovaniemi, action="preview", image_alt="Kylätalo talvella")
    response = post(client, "news", {**data, "image": png()})
    assert response.status_code == 200
    body = response.content.decode()
    assert '<img src="data:image/jpeg;base64,' in body and 'alt="Kylätalo talvella"' in body
    values = carried(response)
    kept = pending.from_token(values["pending_image"][0])
    assert kept is not None and default_storage.exists(kept.name)

    edit = client.post(FORM_PATHS["fi"]["news"], {**values, "action": "edit"}, HTTP_HOST=HOST)
    edit_body = edit.content.decode()
    assert (
        html.escape(
            fi(
                "Your image “%(name)s” is kept and will be sent with your submission. "
                "Choose another file only to replace it."
            )
            % {"name": "kylatalo.png"}
        )
        in edit_body
    )
    assert 'name="remove_image"' in edit_body

    # The edited form carries the same kept image on to the next preview.
    assert carried(edit)["pending_image"] == values["pending_image"]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(FORM_PATHS["fi"]["news"], values, HTTP_HOST=HOST).status_code == 302
    item = NewsItem.objects.get(title=data["title"])
    assert (item.image.width, item.image_alt) == (40, "Kylätalo talvella")
    assert not default_storage.exists(kept.name)


def test_a_kept_image_can_be_removed(client, lapland, rovaniemi):
    data = form_data("news", rovaniemi, action="preview", image_alt="Kuva")
    values = carried(post(client, "news", {**data, "image": png()}))
    response = client.post(FORM_PATHS["fi"]["news"], {**values, "remove_image": "on"}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert NewsItem.objects.get(title=data["title"]).image is None


def test_a_forged_image_token_is_ignored(client, lapland, rovaniemi):
    default_storage.save("original_images/someone-else.png", png())
    forged = "x" + pending.PendingImage("original_images/someone-else.png", "x.png").token
    data = form_data("news", rovaniemi, pending_image=forged)
    assert post(client, "news", data).status_code == 302
    assert NewsItem.objects.get(title=data["title"]).image is None
    assert pending.from_token(pending.PendingImage("original_images/someone-else.png", "x.png").token) is None


def test_bad_input_comes_back_with_everything_typed_and_clear_messages(client, lapland, rovaniemi):
    data = event_data(
        rovaniemi, action="preview", is_free="on", place_name="", is_online="", online_url="", image_alt="Kuva"
    )
    response = post(client, "event", {**data, "image": png()})
    assert response.status_code == 200
    assert "workflows/submission_form.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert html.escape(fi("A free event has no price; leave the price empty.")) in body
    assert html.escape(fi("Give the place, or tick that the event takes place online.")) in body
    assert 'href="#id_price"' in body and 'href="#id_place_name"' in body
    assert f'value="{html.escape(data["price"], quote=True)}"' in body
    assert {("topics", "kulttuuri"), ("topics", "liikunta"), ("is_free", "")} <= set(_checked_boxes(body))
    # The image passed its own checks, so it is kept instead of asked for again.
    assert carried(response)["pending_image"][0]
    assert "kylatalo.png" in body
    assert not Event.objects.filter(title=data["title"]).exists()


def test_an_unknown_topic_is_refused_with_a_message(client, lapland, rovaniemi):
    response = post(client, "news", form_data("news", rovaniemi, action="preview", topics=["ei-ole"]))
    assert response.status_code == 200
    assert response.context["form"].errors["topics"]


def test_unsent_images_are_removed_by_the_daily_purge(lapland):
    kept = pending.keep(png())
    later = timezone.now() + pending.MAX_AGE + datetime.timedelta(minutes=1)
    pending.remove_stale(timezone.now())
    assert default_storage.exists(kept.name)
    assert purge_personal_data(later).others["unsent submission images removed"] >= 1
    assert not default_storage.exists(kept.name)


def test_an_online_link_needs_the_online_tick(client, lapland, rovaniemi):
    response = post(client, "event", event_data(rovaniemi, action="preview", is_online=""))
    assert response.status_code == 200
    assert response.context["form"].errors["online_url"]
