"""The one municipality choice field: labelled and sorted in the language it is shown in."""

import pytest
from django import forms
from django.utils import translation

from regions.forms import MunicipalityChoiceField
from regions.models import Municipality

pytestmark = pytest.mark.django_db

CODES = ["091", "049", "092", "853"]  # Helsinki, Espoo, Vantaa, Turku


class PlaceForm(forms.Form):
    municipality = MunicipalityChoiceField(queryset=Municipality.objects.filter(code__in=CODES))
    anywhere = MunicipalityChoiceField()


def labels(form, name="municipality"):
    return [str(label) for value, label in form.fields[name].choices if value != ""]


def test_choices_follow_the_language_they_are_rendered_in():
    form = PlaceForm()
    with translation.override("fi"):
        assert labels(form) == ["Espoo", "Helsinki", "Turku", "Vantaa"]
    with translation.override("sv"):
        assert labels(form) == ["Esbo", "Helsingfors", "Vanda", "Åbo"]


def test_every_municipality_unless_narrowed_and_the_value_is_the_municipality():
    form = PlaceForm({"municipality": Municipality.objects.get(code="853").pk, "anywhere": ""})
    assert len(labels(form, "anywhere")) == Municipality.objects.count()
    assert not form.is_valid()
    assert form.cleaned_data["municipality"].code == "853"
    assert "anywhere" in form.errors
