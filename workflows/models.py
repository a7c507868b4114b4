"""The public form pages: the "Submit" section and the feedback forms.

The data models (submissions, flags, coordinators' preferences) live in
`records.py`; they are imported here so that Django registers them with the app.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .feedback import FeedbackPageMixin
from .records import LANGUAGE_CHOICES, CoordinatorPreference, ListingFlag, ListingFlagQuerySet, Submission
from .routes import SubmissionRoutesMixin

__all__ = [
    "LANGUAGE_CHOICES",
    "CoordinatorPreference",
    "FeedbackFormField",
    "FeedbackFormPage",
    "ListingFlag",
    "ListingFlagQuerySet",
    "Submission",
    "SubmissionPage",
]


class SubmissionPage(SubmissionRoutesMixin, RoutablePageMixin, Page):
    """The "Submit" section: citizens send an event, a news item or a story for moderation.

    Its routes are the three forms and their confirmation pages, with slugs
    in the page's language (/fi/ilmoita/tapahtuma/, /sv/anmal/evenemang/...),
    and the form that flags a listing as wrong or inappropriate.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("submission page")
        verbose_name_plural = _("submission pages")


class FeedbackFormField(AbstractFormField):
    """A field that a coordinator adds to a feedback or suggestion form."""

    page = ParentalKey("FeedbackFormPage", on_delete=models.CASCADE, related_name="form_fields")


class FeedbackFormPage(FeedbackPageMixin, AbstractEmailForm):
    """A form-builder page for feedback or development suggestions, e-mailed to the region's producer.

    Until a coordinator adds fields of their own, the form asks for a name,
    an e-mail address and a message, in the page's language (see
    `standard_fields`), so that every site has a working form from its first
    day in all three languages.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=1000)
    thank_you_text = models.TextField(_("thank-you text"), blank=True, max_length=1000)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel(
            "form_fields",
            label=_("Form fields"),
            help_text=_("Leave empty to use the standard fields: name, e-mail address and message."),
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback form page")
        verbose_name_plural = _("feedback form pages")
