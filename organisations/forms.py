"""The self-service forms: a new organisation, a request to join one, an invitation."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.forms import text_to_html
from core.forms import SingleLineFieldsMixin
from regions.forms import MunicipalityChoiceField

from .models import Membership, MembershipRequest, Organisation


def _optional_text(label, help_text, rows, max_length):
    """A free-text field that may be left empty."""
    return forms.CharField(
        label=label,
        widget=forms.Textarea(attrs={"rows": rows}),
        max_length=max_length,
        required=False,
        help_text=help_text,
    )


class OrganisationForm(SingleLineFieldsMixin, forms.ModelForm):
    """What a registered user tells about a new organisation; coordinators check the rest."""

    description = _optional_text(
        gettext_lazy("Description"),
        gettext_lazy("What the organisation does and for whom. Separate paragraphs with an empty line."),
        rows=6,
        max_length=5000,
    )
    website = forms.URLField(
        label=gettext_lazy("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    home_municipality = MunicipalityChoiceField(
        label=gettext_lazy("Home municipality"),
        help_text=gettext_lazy("The coordinators of the region of this municipality verify the organisation."),
    )

    class Meta:
        model = Organisation
        fields = ["name", "type", "business_id", "home_municipality", "email", "website", "description"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def clean_description(self):
        return text_to_html(self.cleaned_data.get("description", ""))


class JoinRequestForm(SingleLineFieldsMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.filter(live=True), widget=forms.HiddenInput)
    message = _optional_text(
        gettext_lazy("Message to the organisation's administrators"),
        gettext_lazy("Who you are and what you would like to do for the organisation."),
        rows=4,
        max_length=1000,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_organisation(self):
        organisation = self.cleaned_data["organisation"]
        if Membership.objects.filter(user=self.user, organisation=organisation).exists():
            raise forms.ValidationError(_("You are already a member of this organisation."))
        if MembershipRequest.objects.filter(
            user=self.user, organisation=organisation, status=MembershipRequest.Status.PENDING
        ).exists():
            raise forms.ValidationError(_("You have already asked to join this organisation."))
        return organisation


class InvitationForm(SingleLineFieldsMixin, forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=Membership.Role.choices, initial="editor")

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(organisation=self.organisation, user__email__iexact=email).exists():
            raise forms.ValidationError(_("This person is already a member of the organisation."))
        return email
