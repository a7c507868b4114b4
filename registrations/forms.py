"""The public sign-up form: the fixed fields, the organiser's questions and the consent, with the spam defence
every public form has (core.spam)."""

import uuid

from django import forms
from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.spam import SpamProtectedForm
from listings.blocks import QuestionBlock, choice_list

from .services import State

KIND = QuestionBlock.Kind
YES, NO = "yes", "no"


def _question_field(value):
    label, required, help_text = value["label"], bool(value["required"]), value.get("help_text") or ""
    kind = value["kind"]
    options = {"label": label, "required": required, "help_text": help_text}
    if kind == KIND.LONG:
        return forms.CharField(
            max_length=2000, widget=forms.Textarea(attrs={"rows": 4, "maxlength": "2000"}), **options
        )
    if kind == KIND.CHOICE:
        choices = [(choice, choice) for choice in choice_list(value["choices"])]
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **options)
    if kind == KIND.CHOICES:
        choices = [(choice, choice) for choice in choice_list(value["choices"])]
        return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **options)
    if kind == KIND.YES_NO:
        return forms.ChoiceField(choices=[(YES, _("Yes")), (NO, _("No"))], widget=forms.RadioSelect, **options)
    return forms.CharField(max_length=300, **options)


class ParticipantForm(forms.Form):
    """A participant's own details, as the sign-up form and the organiser's form for adding one take them
    (registrations.admin_views), within the limits of Registration's fields."""

    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    phone = forms.CharField(label=_("Phone number"), max_length=40, required=False)


class SignUpForm(SpamProtectedForm, ParticipantForm):
    """A registration for an event or an expression of interest, built for one listing's `offer`
    (services.Availability): its dates, places per sign-up, guardian flag and questions."""

    key = forms.UUIDField(widget=forms.HiddenInput)
    date = forms.ChoiceField(label=_("Date"), widget=forms.RadioSelect, required=True)
    guardian_name = forms.CharField(label=_("Guardian's name"), max_length=200)
    places = forms.TypedChoiceField(label=_("Places"), coerce=int)
    message = forms.CharField(
        label=_("Message to the organiser"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": "2000"}),
        help_text=_("Tell a little about yourself and why you are interested."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the organiser keeps my details for this sign-up as the privacy text says."),
    )

    # The participant's details after the date and the guardian's name right after the child's.
    field_order = (*SpamProtectedForm.protection_fields, "key", "date", "name", "guardian_name")

    def __init__(self, *args, offer, listing, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer = offer
        self.questions = [(f"q_{child.id}", child) for child in listing.signup_questions if child.block_type]
        fields = self.fields
        fields["key"].initial = uuid.uuid4()
        is_interest = offer.kind == "interest"
        if offer.per_date:
            fields["date"].choices = [
                (target.key, _date_label(target)) for target in offer.targets if target.can_sign_up
            ]
        else:
            del fields["date"]
        guardian = getattr(listing, "guardian_signs_up", False)
        if guardian:
            fields["name"].label = _("Child's name")
            fields["email"].help_text = _("The guardian's address: the confirmation and the cancel link come here.")
        else:
            del fields["guardian_name"]
        if offer.max_places > 1:
            fields["places"].choices = [(n, str(n)) for n in range(1, offer.max_places + 1)]
            fields["places"].initial = 1
        else:
            del fields["places"]
        if not is_interest:
            del fields["message"]
        for name, child in self.questions:
            fields[name] = _question_field(child.value)
        fields["name"].widget.attrs["autocomplete"] = "name"
        fields["email"].widget.attrs["autocomplete"] = "email"
        fields["phone"].widget.attrs["autocomplete"] = "tel"
        # The consent last, after the questions.
        fields["consent"] = fields.pop("consent")

    def clean(self):
        cleaned = super().clean()
        if "date" in self.fields and cleaned.get("date"):
            target = self.offer.target(cleaned["date"])
            if target is None or not target.can_sign_up:
                self.add_error("date", _("Sign-up for this date has closed. Choose another date."))
        return cleaned

    def details(self, language):
        """The sign-up's own fields, ready for services.sign_up()."""
        data = self.cleaned_data
        answers = []
        for name, child in self.questions:
            answer = data.get(name)
            if answer in (None, "", []):
                continue
            value = child.value
            answers.append({"id": child.id, "question": value["label"], "kind": value["kind"], "answer": answer})
        return {
            "name": data["name"],
            "guardian_name": data.get("guardian_name", ""),
            "email": data["email"],
            "phone": data.get("phone", ""),
            "message": data.get("message", ""),
            "answers": answers,
            "language": language,
        }


def _date_label(target):
    start = timezone.localtime(target.starts_at)
    label = format_date(start, "l j.n.Y H:i")
    if target.state == State.WAITING_LIST:
        return _("%(date)s (full: waiting list)") % {"date": label}
    return label
