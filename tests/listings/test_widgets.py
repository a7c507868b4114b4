"""The filter form's directly written widgets produce the markup of Django's own, escaped."""

from django import forms

from listings import widgets


class Form(forms.Form):
    q = forms.CharField(required=False, widget=widgets.TextInput)
    place = forms.ChoiceField(required=False, choices=[("", "Kaikki"), ("1", "Oulu & Kemi")], widget=widgets.Select)
    when = forms.ChoiceField(
        required=False, choices=[("", "Milloin tahansa"), ("week", "Viikko")], widget=widgets.RadioChoices
    )
    free = forms.BooleanField(required=False, widget=widgets.CheckboxInput)
    day = forms.DateField(required=False, widget=widgets.DateInput)


def test_the_widgets_write_the_same_markup_as_djangos_templates():
    form = Form({"q": '"><script>', "place": "1", "when": "week", "free": "on", "day": "2026-12-01"})
    assert form.is_valid()
    assert str(form["q"]) == '<input type="text" name="q" value="&quot;&gt;&lt;script&gt;" id="id_q">'
    assert str(form["place"]) == (
        '<select name="place" id="id_place"><option value="">Kaikki</option>'
        '<option value="1" selected>Oulu &amp; Kemi</option></select>'
    )
    assert str(form["when"]) == (
        '<div class="field__choice"><input type="radio" name="when" value="" id="id_when_0">'
        '<label for="id_when_0">Milloin tahansa</label></div>'
        '<div class="field__choice"><input type="radio" name="when" value="week" id="id_when_1" checked>'
        '<label for="id_when_1">Viikko</label></div>'
    )
    assert str(form["free"]) == '<input type="checkbox" name="free" id="id_free" checked>'
    assert str(form["day"]) == '<input type="date" name="day" value="2026-12-01" id="id_day">'


def test_an_invalid_choice_is_marked_for_assistive_technology():
    form = Form({"place": "9"})
    assert not form.is_valid()
    assert 'aria-invalid="true"' in str(form["place"])
