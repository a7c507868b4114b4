"""Behaviour of the feedback and development-suggestion form pages (Wagtail's form builder).

The pages get the same spam defence as the citizen submissions, keep
submissions in Wagtail's stock form submissions (listed in the admin), and
e-mail the region's producer through django-tasks.
"""

from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.spam import SpamProtectedForm, honeypot_filled, is_rate_limited

from .tasks import send_form_mail

MAX_ANSWER_LENGTH = 5000

STANDARD_FIELDS = [
    {"clean_name": "name", "label": _("Your name"), "field_type": "singleline", "required": False},
    {"clean_name": "email", "label": _("Your e-mail address"), "field_type": "email", "required": False},
    {"clean_name": "message", "label": _("Message"), "field_type": "multiline", "required": True},
]


class LimitedAnswersForm(SpamProtectedForm):
    """Caps every text answer, since the form builder's multi-line fields have no length limit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name in self.protection_fields or not hasattr(field, "max_length"):
                continue
            if field.max_length is None or field.max_length > MAX_ANSWER_LENGTH:
                field.max_length = MAX_ANSWER_LENGTH
                field.validators.append(MaxLengthValidator(MAX_ANSWER_LENGTH))
                field.widget.attrs["maxlength"] = str(MAX_ANSWER_LENGTH)


class FeedbackPageMixin:
    """Mixed into `FeedbackFormPage` before Wagtail's `AbstractEmailForm`."""

    def get_form_fields(self):
        fields = list(self.form_fields.all())
        if fields:
            return fields
        field_model = self.form_fields.model
        with translation.override(self.locale.language_code):
            return [
                field_model(page=self, sort_order=number, **{**spec, "label": str(spec["label"])})
                for number, spec in enumerate(STANDARD_FIELDS)
            ]

    def get_form_class(self):
        base = super().get_form_class()
        order = [field.clean_name for field in self.get_form_fields()]
        return type("FeedbackForm", (LimitedAnswersForm, base), {"field_order": order})

    def process_form_submission(self, form):
        # The spam defence's own fields are not part of what the person sent.
        for name in SpamProtectedForm.protection_fields:
            form.cleaned_data.pop(name, None)
        return super().process_form_submission(form)

    def send_mail(self, form):
        recipients = [address.strip() for address in self.to_address.split(",") if address.strip()]
        reply_to = form.cleaned_data.get("email") or None
        subject = self.subject or self.title
        body = self.render_email(form)
        transaction.on_commit(lambda: send_form_mail.enqueue(subject, body, recipients, reply_to))

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            if is_rate_limited(request, "feedback"):
                context = self.get_context(request)
                context["form"] = self.get_form(request.POST, request.FILES, page=self, user=request.user)
                context["rate_limited"] = True
                return TemplateResponse(request, self.get_template(request), context, status=429)
            if honeypot_filled(request.POST):
                return self.render_landing_page(request)
        return super().serve(request, *args, **kwargs)
