"""Admin forms for organisations and listings, narrowed to what the user may choose.

The choices are the server-side check: a member who posts another
organisation's id gets a validation error, and fields reserved for
coordinators are not in a member's form at all, so a value posted for them
is ignored.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.forms import SingleLineFieldsMixin
from organisations.permissions import organisations_for, regions_for, scope_for
from regions.forms import MunicipalityPicker
from regions.models import Municipality, Region
from topics.models import Topic

#: Listing fields only coordinators set: who moderates it, and who sent it in
#: without an account.
LISTING_COORDINATOR_FIELDS = ("region", "submitter_name", "submitter_email")

#: Organisation fields only coordinators set.
ORGANISATION_COORDINATOR_FIELDS = ("region", "is_verified")


def home_regions(user):
    """The regional services a user works for: those they coordinate and their organisations' (none nationally)."""
    scope = scope_for(user)
    if scope.everything:
        return Region.objects.none()
    return Region.objects.filter(
        Q(pk__in=sorted(scope.region_ids)) | Q(organisations__in=sorted(scope.organisation_ids)), is_national=False
    ).distinct()


def municipality_picker(user):
    """The municipality widget with the user's own region's municipalities first."""
    regions = list(home_regions(user).order_by("name"))
    own = Municipality.objects.filter(regions__in=regions).values_list("pk", flat=True) if regions else []
    label = _("Municipalities of %(region)s") % {"region": ", ".join(region.name for region in regions)}
    return MunicipalityPicker(own=own, own_label=label)


class ScopedFormMixin(SingleLineFieldsMixin):
    coordinator_fields = ()

    def scope_organisations(self, name="organisation"):
        """Offer only the user's own organisations; a new object of someone with just one gets it chosen.

        Every organisation-scoped form calls this, so a member with one
        organisation never has to pick it by hand.
        """
        field = self.fields[name]
        field.queryset = organisations_for(self.for_user)
        field.error_messages["invalid_choice"] = _("Choose one of your own organisations.")
        scope = scope_for(self.for_user)
        only_one = len(scope.organisation_ids) == 1 and not scope.is_coordinator
        if only_one and self.instance.pk is None and not self.initial.get(name):
            (self.initial[name],) = scope.organisation_ids

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        scope = scope_for(user)
        if not scope.is_coordinator:
            for name in self.coordinator_fields:
                self.fields.pop(name, None)
        elif "region" in self.fields:
            self.fields["region"].queryset = regions_for(user)
            if not scope.everything:
                # A regional coordinator keeps what they create in their own region.
                self.fields["region"].required = True
                self.fields["region"].empty_label = None


class ListingAdminForm(ScopedFormMixin, WagtailAdminModelForm):
    """The admin form of every listing type."""

    coordinator_fields = LISTING_COORDINATOR_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "organisation" in self.fields:
            self.scope_organisations()
            if not scope_for(self.for_user).is_coordinator and not self.instance.organisation_optional:
                # Members always publish in an organisation's name.
                self.fields["organisation"].required = True
        if "municipalities" in self.fields:
            self.fields["municipalities"].widget = municipality_picker(self.for_user)
        if "topics" in self.fields:
            # The curated topics as checkboxes; a tag field would invite typing new ones.
            self.fields["topics"] = forms.ModelMultipleChoiceField(
                queryset=Topic.objects.order_by("name"),
                required=False,
                label=self.fields["topics"].label,
                help_text=self.fields["topics"].help_text,
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields["topics"].label_from_instance = lambda topic: topic.label


class OrganisationAdminForm(ScopedFormMixin, WagtailAdminModelForm):
    """The admin form of an organisation profile; verifying is for coordinators."""

    coordinator_fields = ORGANISATION_COORDINATOR_FIELDS


class MembershipAdminForm(SingleLineFieldsMixin, WagtailAdminModelForm):
    """A membership, with the member given by e-mail address.

    A list of every account would show coordinators the whole user register;
    the e-mail address finds the one account meant.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"] = forms.EmailField(
            label=_("Member's e-mail address"),
            help_text=_("The address the person signed up with."),
            initial=self.instance.user.email if self.instance.user_id else "",
        )
        self.initial["user"] = self.instance.user.email if self.instance.user_id else ""
        self.fields["organisation"].queryset = organisations_for(self.for_user)

    def clean_user(self):
        email = self.cleaned_data["user"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(
                _("There is no account with this e-mail address. Ask the person to sign up first.")
            )
        return user
