"""The public forms: citizen submissions (event, news item, story) and flagging a listing.

Every field has a size limit, and an attached image is checked for its type,
its size in bytes and its dimensions in pixels before anything is saved.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.spam import SpamProtectedForm
from listings.filters import audience_choices, topic_choices
from regions.forms import MunicipalityChoiceField
from regions.models import Municipality

from . import pending
from .records import ListingFlag

IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
DATETIME_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y klo %H.%M"]


def max_image_bytes():
    return getattr(settings, "WORKFLOWS_MAX_IMAGE_BYTES", 5 * 1024 * 1024)


def max_image_pixels():
    """The longest side an image may have, in pixels."""
    return getattr(settings, "WORKFLOWS_MAX_IMAGE_SIDE", 6000)


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class SubmissionForm(SpamProtectedForm):
    """What every citizen submission asks: the text, the place, topics and audiences, the sender and an
    optional image.

    The citizen sees a preview before sending (workflows.routes); an image
    chosen before the preview is kept (workflows.pending) and travels on as
    the signed `pending_image` token, shown as `kept_image` when they go back
    to edit.
    """

    description_max_length = 5000

    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Tell what it is about, who it is for and how to take part."),
    )
    municipality = MunicipalityChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.none(), empty_label=_("Choose…")
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        required=False,
        choices=topic_choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Readers find it under these topics."),
    )
    audiences = forms.MultipleChoiceField(
        label=_("For whom"),
        required=False,
        choices=audience_choices,
        widget=forms.CheckboxSelectMultiple,
    )
    image = forms.ImageField(
        label=_("Image"),
        required=False,
        help_text=_("A JPEG, PNG, WebP or GIF image of at most %(size)s."),
    )
    image_alt = forms.CharField(
        label=_("Image description"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Required when you attach an image."),
    )
    remove_image = forms.BooleanField(
        label=_("Remove the image"), required=False, help_text=_("The image is not sent with your submission.")
    )
    pending_image = forms.CharField(required=False, widget=forms.HiddenInput, max_length=1000)
    submitter_name = forms.CharField(label=_("Your name"), max_length=200)
    submitter_email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We tell you here when your submission has been approved or rejected. It is not published."),
    )

    #: The fields every submission form ends with: what it is about, its image and who sends it.
    CLOSING_FIELDS = ["topics", "audiences", "image", "remove_image", "image_alt", "submitter_name", "submitter_email"]
    field_order = ["title", "description", "municipality", *CLOSING_FIELDS]
    #: Fields the preview page does not carry on as hidden inputs (the kept image travels as its token).
    not_carried = ("image", "remove_image", "pending_image")

    def __init__(self, *args, region=None, **kwargs):
        super().__init__(*args, **kwargs)
        token = self.data.get(self.add_prefix("pending_image")) if self.is_bound else self.initial.get("pending_image")
        # The page shows `remove_image` only with a kept image (workflows/includes/form.html).
        self.kept_image = pending.from_token(token)
        description = self.fields["description"]
        description.max_length = self.description_max_length
        description.validators.append(MaxLengthValidator(self.description_max_length))
        description.widget.attrs["maxlength"] = str(self.description_max_length)
        self.fields["image"].help_text = self.fields["image"].help_text % {"size": filesizeformat(max_image_bytes())}
        self.fields["image"].widget.attrs["accept"] = "image/jpeg,image/png,image/webp,image/gif"
        if region is not None:
            self.fields["municipality"].queryset = region.covered_municipalities()
        self.fields["submitter_email"].widget.attrs["autocomplete"] = "email"
        self.fields["submitter_name"].widget.attrs["autocomplete"] = "name"

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if not image:
            return image
        if image.size > max_image_bytes():
            raise forms.ValidationError(
                _("The image is %(size)s; the largest allowed is %(limit)s."),
                params={"size": filesizeformat(image.size), "limit": filesizeformat(max_image_bytes())},
            )
        # forms.ImageField has already opened and verified the file with Pillow.
        pillow_image = getattr(image, "image", None)
        if pillow_image is None or pillow_image.format not in IMAGE_FORMATS:
            raise forms.ValidationError(_("Attach a JPEG, PNG, WebP or GIF image."))
        width, height = pillow_image.size
        if max(width, height) > max_image_pixels():
            raise forms.ValidationError(
                _("The image is %(width)s × %(height)s pixels; its longer side may be at most %(limit)s pixels."),
                params={"width": width, "height": height, "limit": max_image_pixels()},
            )
        return image

    def clean(self):
        cleaned = super().clean()
        if self.chosen_image() is not None and not (cleaned.get("image_alt") or "").strip():
            self.add_error("image_alt", _("Describe the image for people who cannot see it."))
        return cleaned

    def chosen_image(self):
        """The image to send: a new upload, else the one kept from the preview unless removed, else None."""
        cleaned = getattr(self, "cleaned_data", {})
        if cleaned.get("image"):
            return cleaned["image"]
        if self.kept_image is not None and not cleaned.get("remove_image"):
            return self.kept_image
        return None

    def carried_fields(self):
        """The fields the preview page keeps as hidden inputs, so that editing or sending loses nothing."""
        return [field for field in self if field.name not in self.not_carried]

    @classmethod
    def initial_from(cls, data):
        """Initial values from a preview page's POST: the form comes back as typed, without error messages."""
        form = cls(data)
        return {
            name: field.widget.value_from_datadict(data, {}, form.add_prefix(name))
            for name, field in form.fields.items()
            if name not in ("image", "remove_image")
        }


class EventSubmissionForm(SubmissionForm):
    starts_at = forms.DateTimeField(
        label=_("Starts at"), widget=DateTimeLocalInput(), input_formats=DATETIME_INPUT_FORMATS
    )
    ends_at = forms.DateTimeField(
        label=_("Ends at"), required=False, widget=DateTimeLocalInput(), input_formats=DATETIME_INPUT_FORMATS
    )
    place_name = forms.CharField(
        label=_("Place"),
        max_length=200,
        required=False,
        help_text=_("For example: the village hall. Not needed for an event that is only online."),
    )
    address = forms.CharField(label=_("Street address"), max_length=200, required=False)
    is_online = forms.BooleanField(label=_("The event takes place online"), required=False)
    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("The address where people join, if it can be published."),
    )
    is_free = forms.BooleanField(label=_("Free of charge"), required=False)
    price = forms.CharField(
        label=_("Price"), max_length=200, required=False, help_text=_("For example: 10 €, members 5 €.")
    )

    field_order = [
        "title",
        "description",
        "starts_at",
        "ends_at",
        "place_name",
        "address",
        "municipality",
        "is_online",
        "online_url",
        "is_free",
        "price",
        *SubmissionForm.CLOSING_FIELDS,
    ]

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        now = timezone.now()
        if starts_at and (ends_at or starts_at) < now:
            self.add_error("starts_at", _("The event is already over. Check the date and time."))
        if starts_at and starts_at > now + datetime.timedelta(days=2 * 365):
            self.add_error("starts_at", _("The event can be at most two years ahead."))
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("The event must end after it starts."))
        if cleaned.get("online_url") and not cleaned.get("is_online"):
            self.add_error("online_url", _("Tick that the event takes place online, or leave the link empty."))
        if not (cleaned.get("place_name") or "").strip() and not cleaned.get("is_online") and "place_name" in cleaned:
            self.add_error("place_name", _("Give the place, or tick that the event takes place online."))
        if cleaned.get("is_free") and (cleaned.get("price") or "").strip():
            self.add_error("price", _("A free event has no price; leave the price empty."))
        return cleaned


class StorySubmissionForm(SubmissionForm):
    description_max_length = 10000

    author_name = forms.CharField(
        label=_("Name shown with the story"),
        max_length=200,
        required=False,
        help_text=_("Your first name or a pen name. Leave empty to use your name."),
    )

    field_order = ["title", "description", "author_name", "municipality", *SubmissionForm.CLOSING_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["description"].label = _("Your story")
        self.fields["description"].help_text = _("What did you do, and what did it mean to you?")


def keep_valid_image(form):
    """When a submission's form comes back with errors, keep a new image that passed its own checks, so the
    form shows it as kept instead of asking for it again. True when the form now has a kept image."""
    image = getattr(form, "cleaned_data", {}).get("image")
    if image:
        form.kept_image = pending.keep(image)
        form.data = form.data.copy()
        form.data[form.add_prefix("pending_image")] = form.kept_image.token
    return form.kept_image is not None


#: A news item asks only what every submission asks.
FORMS = {"event": EventSubmissionForm, "news": SubmissionForm, "story": StorySubmissionForm}


class ListingFlagForm(SpamProtectedForm):
    """Flagging a listing: what is wrong, in a few words, and optionally how to reach the reader who flags it."""

    reason = forms.ChoiceField(label=_("What is wrong?"), widget=forms.RadioSelect, choices=())
    message = forms.CharField(
        label=_("Tell us more"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": "2000"}),
    )
    reporter_email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        max_length=254,
        help_text=_("Only if you want us to be able to ask you more. It is not published."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = ListingFlag.Reason.choices
        self.fields["reporter_email"].widget.attrs["autocomplete"] = "email"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == "other" and not (cleaned.get("message") or "").strip():
            self.add_error("message", _("Tell us what is wrong."))
        return cleaned
