from django import forms
from django.utils.translation import gettext_lazy as _

from regions.models import Region


class ShareGuideForm(forms.Form):
    """Which regions get an alias of a national guide."""

    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.regional().order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Leave all unticked and choose “Every region” to share with every regional site."),
    )
    everywhere = forms.BooleanField(label=_("Every region"), required=False)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("everywhere") and not cleaned.get("regions"):
            raise forms.ValidationError(_("Choose at least one region, or every region."))
        return cleaned

    def chosen_regions(self):
        if self.cleaned_data["everywhere"]:
            return list(Region.objects.regional().select_related("site"))
        return list(self.cleaned_data["regions"])
