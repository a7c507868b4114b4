"""One way to write an e-mail: subject, plain text and (optionally) HTML from templates, in one language.

For a message `<prefix>` the templates are `<prefix>_subject.txt` (one line;
extra whitespace is folded), `<prefix>.txt` (the body) and, when it exists,
`<prefix>.html` (an HTML alternative). They are rendered with the interface
language switched to `language`, so `{% translate %}` and dates follow the
reader, not the request or the worker that sends the message:

    from core.mail import send_templated_mail

    send_templated_mail(
        "organisations/email/invitation", {"invitation": invitation, "url": url}, "sv", [invitation.email]
    )

Every message carries a `Content-Language` header. Use `preferred_language(user)`
for someone with an account: the language they chose in the admin, else the
given fallback.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str | None = None


def render_mail(template_prefix, context, language):
    """The subject, plain text and HTML (None without an .html template) of one message."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        text = render_to_string(f"{template_prefix}.txt", context).strip() + "\n"
        try:
            html = render_to_string(f"{template_prefix}.html", context)
        except TemplateDoesNotExist:
            html = None
    return RenderedMail(subject, text, html)


def send_templated_mail(template_prefix, context, language, to, *, reply_to=None, from_email=None, attachments=()):
    """Render the message in `language` and send it to the addresses in `to`; the number sent (0 or 1).

    `attachments` are (filename, content, mimetype) triples, e.g. a calendar file.
    """
    mail = render_mail(template_prefix, context, language)
    message = EmailMultiAlternatives(
        mail.subject,
        mail.text,
        from_email,
        list(to),
        reply_to=reply_to,
        headers={"Content-Language": language},
    )
    if mail.html is not None:
        message.attach_alternative(mail.html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    return message.send()


def preferred_language(user, fallback=None):
    """The two-letter language `user` chose in their admin profile, else `fallback`, else the site default."""
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile is not None else None
    return (language or fallback or settings.LANGUAGE_CODE)[:2]
