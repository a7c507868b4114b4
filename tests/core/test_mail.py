"""core.mail: one helper renders and sends every templated e-mail, in the reader's language."""

import pytest
from django.test import override_settings
from wagtail.users.models import UserProfile

from accounts.factories import UserFactory
from core.mail import preferred_language, render_mail, send_templated_mail

TEMPLATES = {
    "mail/hello_subject.txt": '{% load i18n %}  {% translate "Skip to content" %}\n  {{ name }}  \n',
    "mail/hello.txt": '{% load i18n %}\n{% translate "Skip to content" %}, {{ name }}\n\n',
    "mail/hello.html": '{% load i18n %}<p>{% translate "Skip to content" %}, {{ name }}</p>',
    "mail/plain_subject.txt": "Aihe",
    "mail/plain.txt": "Teksti",
}
LOCMEM = override_settings(
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", TEMPLATES)]},
        }
    ]
)


@LOCMEM
def test_the_subject_text_and_html_are_rendered_in_the_given_language():
    mail = render_mail("mail/hello", {"name": "Aino"}, "sv")
    assert mail.subject == "Hoppa till innehållet Aino"
    assert mail.text == "Hoppa till innehållet, Aino\n"
    assert mail.html == "<p>Hoppa till innehållet, Aino</p>"
    assert render_mail("mail/plain", {}, "fi").html is None


@LOCMEM
def test_a_message_is_sent_with_its_language_reply_address_and_html_alternative(mailoutbox):
    assert send_templated_mail("mail/hello", {"name": "Aino"}, "fi", ["aino@example.org"], reply_to=["apu@example.org"])
    (message,) = mailoutbox
    assert message.subject == "Siirry sisältöön Aino"
    assert message.to == ["aino@example.org"] and message.reply_to == ["apu@example.org"]
    assert message.extra_headers["Content-Language"] == "fi"
    assert message.alternatives[0].content == "<p>Siirry sisältöön, Aino</p>"
    send_templated_mail("mail/plain", {}, "sv", ["aino@example.org"])
    assert mailoutbox[1].alternatives == []


@pytest.mark.django_db
def test_the_preferred_language_comes_from_the_admin_profile_then_the_fallback():
    chosen = UserFactory(email="ruotsi@example.org")
    profile = UserProfile.get_for_user(chosen)
    profile.preferred_language = "sv"
    profile.save()
    chosen.refresh_from_db()
    assert preferred_language(chosen, "fi") == "sv"
    without = UserFactory(email="ei-profiilia@example.org")
    assert preferred_language(without, "en") == "en"
    assert preferred_language(without) == "fi"
