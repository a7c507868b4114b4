"""Form fields for the places of the network: the one municipality choice of every form."""

from django import forms
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

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


class MunicipalityPicker(forms.CheckboxSelectMultiple):
    """Municipalities as checkboxes: the editor's own region's first, the others by administrative region.

    Over 300 municipalities in one select cannot be read or scrolled; here the
    editor's own municipalities are open at the top, every other region is a
    `<details>` group (open when something in it is chosen), and a filter box
    narrows the list as one types (static/js/municipality-picker.js; without
    JavaScript the groups still work). Everything is a native control, so it
    works by keyboard.
    """

    template_name = "regions/widgets/municipality_picker.html"

    class Media:
        js = ["js/municipality-picker.js"]

    def __init__(self, own=(), own_label="", attrs=None):
        super().__init__(attrs)
        self.own = frozenset(own)
        self.own_label = own_label

    def id_for_label(self, id_, index=None):
        # The field's own label (Wagtail's, above the widget) names the filter box; a click on it goes there.
        return f"{id_}_filter" if id_ and index is None else super().id_for_label(id_, index)

    def _render(self, template_name, context, renderer=None):
        # The project's templates folder, which the form renderer's own engine does not search.
        return mark_safe(render_to_string(template_name, context))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = {str(pk) for pk in (value or [])}
        base_id = context["widget"]["attrs"].get("id") or f"id_{name}"
        own, others = [], {}
        rows = Municipality.objects.select_related("administrative_region").order_by(municipality_name_field(), "pk")
        for municipality in rows:
            option = {
                "value": municipality.pk,
                "label": municipality.name,
                "id": f"{base_id}_{municipality.pk}",
                "checked": str(municipality.pk) in chosen,
            }
            if municipality.pk in self.own:
                own.append(option)
            else:
                area = municipality.administrative_region
                others.setdefault((area.name, area.pk), []).append(option)
        groups = [
            {"label": label, "options": options, "open": any(option["checked"] for option in options)}
            for (label, _pk), options in sorted(others.items())
        ]
        context["widget"].update(base_id=base_id, own=own, own_label=self.own_label, groups=groups, name=name)
        return context
