from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import reverse

from regions.models import Region


def mail_site(request):
    """The name and host that account e-mails speak for: the region of the site they were asked on."""
    region = Region.for_request(request) if request is not None else None
    return SimpleNamespace(
        name=region.name if region else settings.WAGTAIL_SITE_NAME,
        domain=request.get_host() if request is not None else "",
    )


class AccountAdapter(DefaultAccountAdapter):
    """allauth, fitted to the network: region-branded e-mails and language-aware redirects."""

    # The header shows whether one is logged in; these would otherwise wait
    # in the session and appear on some later, unrelated account page.
    silent_messages = {"account/messages/logged_in.txt", "account/messages/logged_out.txt"}

    def add_message(self, request, level, message_template=None, message_context=None, extra_tags="", message=None):
        if message_template in self.silent_messages:
            return
        super().add_message(request, level, message_template, message_context, extra_tags, message)

    def send_mail(self, template_prefix, email, context):
        # allauth's own templates (and their Finnish and Swedish translations)
        # greet with `current_site.name`: make it the region's name.
        context = {"current_site": mail_site(self.request), **context}
        super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return f"[{mail_site(self.request).name}] {subject}"

    def get_logout_redirect_url(self, request):
        # The site's home page in the language the reader was using.
        return reverse("wagtail_serve", args=[""])
