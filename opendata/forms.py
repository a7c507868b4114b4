"""The admin form of a calendar import, and the embed builder's form."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.forms import SingleLineFieldsMixin
from listings.filters import audience_choices, topic_choices
from organisations.permissions import organisations_for, scope_for
from regions.forms import MunicipalityChoiceField
from regions.models import Municipality, Region

from .embeds import DEFAULT_COUNT, MAX_COUNT, embed_path, embed_types


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


class EmbedBuilderForm(forms.Form):
    """What an embed shows: one of the user's organisations (or a whole site), a type, filters and a count."""

    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None, required=False)
    region = forms.ModelChoiceField(
        label=_("Site"),
        queryset=None,
        required=False,
        help_text=_("Whose site the listings come from. Empty: the organisation's own region."),
    )
    listing_type = forms.ChoiceField(label=_("What to show"))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    audience = forms.ChoiceField(label=_("For whom"), required=False)
    count = forms.IntegerField(label=_("How many"), min_value=1, max_value=MAX_COUNT, initial=DEFAULT_COUNT)

    #: The fields that become the embed's filter parameters.
    filter_fields = ("municipality", "topic", "audience")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        scope = scope_for(user)
        organisations = organisations_for(user).order_by("name")
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].error_messages["invalid_choice"] = _("Choose one of your own organisations.")
        if not scope.is_coordinator:
            # A member embeds their own organisations' listings; coordinators may embed a whole site's.
            self.fields["organisation"].required = True
            self.fields["organisation"].empty_label = None
        else:
            self.fields["organisation"].empty_label = _("All of the site's listings")
        self.fields["region"].queryset = Region.objects.select_related("site").order_by("-is_national", "name")
        self.fields["region"].empty_label = _("The organisation's region")
        self.fields["listing_type"].choices = [
            (record.key, capfirst(record.model_class()._meta.verbose_name_plural)) for record in embed_types()
        ]
        self.fields["municipality"].choices = [
            ("", _("All municipalities")),
            *MunicipalityChoiceField.code_choices(Municipality.objects.all()),
        ]
        self.fields["topic"].choices = [("", _("All topics")), *topic_choices()]
        self.fields["audience"].choices = [("", _("All audiences")), *audience_choices()]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("region") and not cleaned.get("organisation") and not self.has_error("organisation"):
            self.add_error("region", _("Choose a site, or an organisation whose region's site is used."))
        return cleaned

    def site(self):
        region = self.cleaned_data.get("region") or self.cleaned_data["organisation"].region
        return region.site if region else None

    def embed_url(self):
        """The embed's full address on the chosen site, or "" when the site has no address."""
        site = self.site()
        if site is None:
            return ""
        data = self.cleaned_data
        record = next(record for record in embed_types() if record.key == data["listing_type"])
        params = {name: data[name] for name in self.filter_fields if data.get(name)}
        if data.get("organisation"):
            params["organisation"] = data["organisation"].pk
        params["count"] = data["count"]
        return site.root_url + embed_path(record, data["language"], "?" + urlencode(params))
