"""Account and public forms render their fields through one tag library, and escape help text alike."""

import pytest
from django import forms
from django.template import Context, Template
from django.utils.safestring import mark_safe

from accounts.factories import UserFactory
from accounts.forms import NameForm
from workflows.forms import FORMS

pytestmark = pytest.mark.django_db

HOST = "lappilaiset.localhost"
BOLD = "<b>Lihavoitu</b> ohje"
ESCAPED = "&lt;b&gt;Lihavoitu&lt;/b&gt; ohje"


def test_help_text_is_escaped_in_an_account_form(client, lapland, monkeypatch):
    monkeypatch.setattr(NameForm.base_fields["first_name"], "help_text", BOLD)
    client.force_login(UserFactory(email="ohje@example.org"))
    html = client.get("/fi/tili/", HTTP_HOST=HOST).content.decode()
    assert ESCAPED in html
    assert BOLD not in html


def test_help_text_is_escaped_in_a_public_submission_form(client, lapland, monkeypatch):
    monkeypatch.setattr(FORMS["news"].base_fields["title"], "help_text", BOLD)
    html = client.get("/fi/ilmoita/uutinen/", HTTP_HOST=HOST).content.decode()
    assert ESCAPED in html
    assert BOLD not in html


class ExampleForm(forms.Form):
    plain = forms.CharField(help_text=BOLD)
    marked = forms.CharField(help_text=mark_safe("<ul><li>Vähintään kahdeksan merkkiä</li></ul>"))
    choice = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)
    homepage = forms.CharField(required=False, max_length=1)

    protection_fields = ("homepage",)


def render(source, form):
    return Template("{% load forms %}" + source).render(Context({"form": form}))


def test_help_text_marked_safe_by_the_code_stays_html_and_describes_its_input():
    html = render("{% form_field form.marked %}{% form_field form.plain %}", ExampleForm())
    assert '<div class="field__help" id="id_marked_help"><ul><li>' in html
    assert 'aria-describedby="id_marked_help"' in html
    assert ESCAPED in html


def test_the_error_summary_links_each_error_and_leaves_out_the_spam_trap():
    form = ExampleForm({"plain": "", "marked": "x", "choice": "", "homepage": "liian pitkä"})
    assert not form.is_valid()
    html = render("{% error_summary form %}", form)
    assert 'href="#id_plain"' in html
    assert 'href="#id_choice_0"' in html
    assert "homepage" not in html
    field = render("{% form_field form.choice %}", form)
    assert "<fieldset" in field and 'aria-invalid="true"' in field
