"""The admin form of a calendar import, and the embed builder's form."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.forms import SingleLineFieldsMixin
from organisations.permissions import organisations_for


class CalendarFeedForm(SingleLineFieldsMixin, WagtailAdminModelForm):
    """A calendar address for one of the user's own organisations (a coordinator's: their region's)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = organisations_for(self.for_user)
        field.error_messages["invalid_choice"] = _("Choose one of your own organisations.")

    def clean_url(self):
        url = self.cleaned_data["url"]
        if not url.lower().startswith(("https://", "http://")):
            raise forms.ValidationError(_("Give a web address starting with https://."))
        return url
