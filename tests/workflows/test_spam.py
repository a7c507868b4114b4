"""Spam defence of the public forms: rate limit, honeypot, minimum fill time and size limits."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.html import escape
from PIL import Image

from core.spam import new_token
from listings.models import Event, NewsItem

from ..i18n import fi
from .conftest import old_token
from .helpers import DONE_PATHS, FORM_PATHS, form_data

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"


def png(width=40, height=30, image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#336699").save(buffer, format=image_format)
    return SimpleUploadedFile(f"kuva.{image_format.lower()}", buffer.getvalue(), content_type="image/png")


def post(client, kind, data, **extra):
    return client.post(FORM_PATHS["fi"][kind], data, HTTP_HOST=HOST, **extra)


def test_fifty_posts_in_a_row_are_stopped_by_the_rate_limit_with_a_clear_message(client, lapland, rovaniemi):
    statuses = []
    for number in range(50):
        data = form_data("event", rovaniemi, title=f"Tapahtuma numero {number}")
        response = post(client, "event", data)
        statuses.append(response.status_code)
        if response.status_code == 429:
            html = response.content.decode()
            assert escape(fi("Too many messages from your address")) in html
            # Said first in the title, and the summary takes the focus like a form's errors.
            assert "<title>1 virhe – " in html
            assert 'class="error-summary" id="error-summary" tabindex="-1" autofocus data-focus-on-load' in html
            # Nothing typed is lost while the sender waits.
            assert f'value="Tapahtuma numero {number}"' in html
            assert "Toinen kappale" in html
    assert statuses[:5] == [302] * 5
    assert set(statuses[5:]) == {429}
    assert Event.objects.filter(submitter_email="kaisa@example.org").count() == 5


def test_the_limit_is_per_address_and_per_form(client, lapland, rovaniemi):
    for number in range(6):
        post(client, "event", form_data("event", rovaniemi, title=f"T{number}"))
    assert post(client, "event", form_data("event", rovaniemi)).status_code == 429
    assert post(client, "news", form_data("news", rovaniemi)).status_code == 302
    other = post(client, "event", form_data("event", rovaniemi, title="Toisesta osoitteesta"), REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 302
    assert Event.objects.filter(title="Toisesta osoitteesta").exists()


def test_reading_the_form_is_not_limited(client, lapland):
    for _number in range(20):
        assert client.get(FORM_PATHS["fi"]["event"], HTTP_HOST=HOST).status_code == 200


def test_the_honeypot_drops_bots_silently(client, lapland, rovaniemi):
    data = form_data("news", rovaniemi, homepage="http://spam.example.com", title="Roskapostia")
    response = post(client, "news", data)
    assert response.status_code == 302
    assert response["Location"] == DONE_PATHS["fi"]["news"]
    assert not NewsItem.objects.filter(title="Roskapostia").exists()


def test_fifty_bot_posts_create_nothing_and_never_fail(client, lapland, rovaniemi):
    for number in range(50):
        response = post(client, "news", form_data("news", rovaniemi, homepage="x", title=f"Botti {number}"))
        assert response.status_code in (302, 429)
    assert not NewsItem.objects.filter(title__startswith="Botti").exists()


def test_a_validation_error_keeps_everything_typed(client, lapland, rovaniemi):
    data = form_data("event", rovaniemi, submitter_email="ei-osoite", image_alt="Kylätalo talvella")
    response = post(client, "event", {**data, "image": png()})
    assert response.status_code == 200
    html = response.content.decode()
    for field in ("title", "place_name", "address", "submitter_name", "image_alt"):
        assert f'value="{data[field]}"' in html, field
    assert f'value="{data["starts_at"]}"' in html
    assert "Toinen kappale &lt;b&gt;ei HTML:ää&lt;/b&gt;." in html
    assert f'<option value="{rovaniemi.pk}" selected>' in html
    assert 'aria-invalid="true"' in html
    # The image passed its own checks, so it is kept (workflows.pending) instead of asked for again.
    assert (
        escape(
            fi(
                "Your image “%(name)s” is kept and will be sent with your submission. "
                "Choose another file only to replace it."
            )
            % {"name": "kuva.png"}
        )
        in html
    )
    assert not Event.objects.filter(title=data["title"]).exists()


def test_a_form_sent_too_fast_comes_back_filled_with_a_clear_error(client, settings, lapland, rovaniemi):
    settings.WORKFLOWS_MIN_FILL_SECONDS = 30
    data = form_data("news", rovaniemi, started=new_token())
    response = post(client, "news", data)
    assert response.status_code == 200
    html = response.content.decode()
    message = escape(
        fi(
            "The form was sent only a moment after the page opened, as automated spam is, so it was not "
            "sent yet. Everything you typed is kept: check it and send the form again."
        )
    )
    # Explained next to the submit button, which names it, and listed in the summary with a link there.
    assert '<p class="field__error form-submit__error" id="form-submit_error">' in html
    button = '<button type="submit" id="form-submit" aria-describedby="form-submit_error">'
    assert html.index(message) < html.index(button)
    assert f'<a href="#form-submit">{message}</a>' in html
    assert f'value="{data["title"]}"' in html
    assert not NewsItem.objects.filter(title=data["title"]).exists()
    # The same start time is sent back, so the person's next try succeeds once enough time has passed.
    data["started"] = old_token(seconds_ago=31)
    assert post(client, "news", data).status_code == 302


def test_a_forged_or_missing_start_time_is_renewed_and_the_form_kept(client, lapland, rovaniemi):
    for number, started in enumerate(("", "forged:value", old_token(seconds_ago=3 * 24 * 3600))):
        address = f"10.0.0.{number + 1}"
        data = form_data("news", rovaniemi, started=started)
        response = post(client, "news", data, REMOTE_ADDR=address)
        assert response.status_code == 200, started
        html = response.content.decode()
        assert (
            escape(
                fi(
                    "The form had been open too long or could not be checked. Everything you typed is kept below: "
                    "please send it again."
                )
            )
            in html
        )
        assert f'value="{data["title"]}"' in html
        renewed = response.context["form"].data["started"]
        assert renewed and renewed != started
        assert post(client, "news", {**data, "started": renewed}, REMOTE_ADDR=address).status_code == 302


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "x" * 201),
        ("description", "x" * 5001),
        ("submitter_name", "x" * 201),
        ("place_name", "x" * 201),
        ("image_alt", "x" * 251),
        ("submitter_email", "a" * 250 + "@example.org"),
    ],
)
def test_every_field_has_a_size_limit(client, lapland, rovaniemi, field, value):
    response = post(client, "event", form_data("event", rovaniemi, **{field: value}))
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert not Event.objects.exists() or not Event.objects.filter(submitter_email="kaisa@example.org").exists()


def test_a_story_may_be_longer(client, lapland, rovaniemi):
    assert post(client, "story", form_data("story", rovaniemi, description="x" * 9000)).status_code == 302


def test_an_attached_image_is_saved_with_its_description(client, lapland, rovaniemi):
    data = form_data("news", rovaniemi, image_alt="Kylätalo talvella")
    assert post(client, "news", {**data, "image": png()}).status_code == 302
    item = NewsItem.objects.get(title=data["title"])
    assert item.image.width == 40
    assert item.image_alt == "Kylätalo talvella"
    assert item.image.collection == lapland.collection


def fi_file_size(size):
    with translation.override("fi"):
        return filesizeformat(size)


@pytest.mark.parametrize(
    ("upload", "settings_values", "message"),
    [
        (
            lambda: png(),
            {"WORKFLOWS_MAX_IMAGE_BYTES": 50},
            lambda: fi(
                "The image is %(size)s; the largest allowed is %(limit)s.",
                size=fi_file_size(png().size),
                limit=fi_file_size(50),
            ),
        ),
        (
            lambda: png(120, 20),
            {"WORKFLOWS_MAX_IMAGE_SIDE": 100},
            lambda: fi(
                "The image is %(width)s × %(height)s pixels; its longer side may be at most %(limit)s pixels.",
                width=120,
                height=20,
                limit=100,
            ),
        ),
        (lambda: SimpleUploadedFile("kuva.png", b"not an image at all", content_type="image/png"), {}, lambda: ""),
        (lambda: png(image_format="BMP"), {}, lambda: fi("Attach a JPEG, PNG, WebP or GIF image.")),
    ],
    ids=["too-many-bytes", "too-many-pixels", "not-an-image", "unsupported-format"],
)
def test_images_are_checked_for_type_bytes_and_pixels(
    client, settings, lapland, rovaniemi, upload, settings_values, message
):
    for name, value in settings_values.items():
        setattr(settings, name, value)
    data = form_data("news", rovaniemi, image_alt="Kuva")
    response = post(client, "news", {**data, "image": upload()})
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["image"])
    assert message() in errors
    assert not NewsItem.objects.filter(title=data["title"]).exists()


def test_an_image_needs_a_description(client, lapland, rovaniemi):
    response = post(client, "news", {**form_data("news", rovaniemi), "image": png()})
    assert response.status_code == 200
    assert response.context["form"].errors["image_alt"]


def test_an_event_in_the_past_or_ending_before_it_starts_is_refused(client, lapland, rovaniemi):
    past = form_data("event", rovaniemi, starts_at="2020-01-01T10:00", ends_at="2020-01-01T12:00")
    assert post(client, "event", past).context["form"].errors["starts_at"]
    data = form_data("event", rovaniemi)
    backwards = {**data, "ends_at": data["starts_at"]}
    assert post(client, "event", backwards).context["form"].errors["ends_at"]


def test_other_methods_are_refused(client, lapland):
    assert client.put(FORM_PATHS["fi"]["event"], HTTP_HOST=HOST).status_code == 405
