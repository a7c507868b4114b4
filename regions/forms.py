"""Form fields for the places of the network: the one municipality choice of every form."""

from django import forms

from core.translation import active_language

from .models import Municipality


def municipality_name_field():
    """The column that holds municipalities' names in the reader's language."""
    return "name_sv" if active_language() == "sv" else "name_fi"


class MunicipalityChoiceIterator(forms.models.ModelChoiceIterator):
    """Lists the choices by name in the language they are rendered in, not the one the form was built in."""

    def __init__(self, field):
        super().__init__(field)
        self.queryset = self.queryset.order_by(municipality_name_field(), "pk")


class MunicipalityChoiceField(forms.ModelChoiceField):
    """A municipality select, labelled and sorted in the reader's language.

    Every municipality by default; pass `queryset` to narrow it (a region's
    coverage: `region.covered_municipalities()`).
    """

    iterator = MunicipalityChoiceIterator

    def __init__(self, queryset=None, **kwargs):
        super().__init__(Municipality.objects.all() if queryset is None else queryset, **kwargs)

    def label_from_instance(self, obj):
        return obj.name

    @staticmethod
    def code_choices(queryset):
        """The same choices as (code, name) pairs, for plain GET forms that filter by code (no query to validate)."""
        rows = queryset.values_list("code", municipality_name_field(), "name_fi")
        # Sorted here, not by the database, whose collation may differ between installations.
        return sorted(((code, name or name_fi) for code, name, name_fi in rows), key=lambda choice: choice[1])
