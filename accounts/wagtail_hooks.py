from django.contrib import messages
from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from .models import TermsVersion


class TermsVersionDeleteView(DeleteView):
    """Deleting a version that users have accepted is refused with an explanation.

    The acceptances refer to it (on_delete=PROTECT): they record who agreed
    to what, so the version stays.
    """

    def dispatch(self, request, *args, **kwargs):
        if self.object.acceptances.exists():
            messages.error(
                request,
                _("Users have accepted this version, so it is kept as a record of what they agreed to."),
            )
            return redirect(self.edit_url_name, quote(self.object.pk))
        return super().dispatch(request, *args, **kwargs)


class TermsVersionViewSet(SnippetViewSet):
    model = TermsVersion
    icon = "doc-full"
    menu_label = _("Terms of use versions")
    add_to_settings_menu = True
    delete_view_class = TermsVersionDeleteView
    list_display = ["label", "effective_from", "created_at"]
    ordering = ["-effective_from"]
    panels = [
        HelpPanel(
            content=_(
                "Publish a new version only when the terms of use change in substance. From the moment it takes "
                "effect, every logged-in user is asked to accept it before using the sites. Edit the terms pages "
                "themselves as usual; this record only says that they have changed and how."
            )
        ),
        FieldPanel("label"),
        FieldPanel("effective_from"),
        MultiFieldPanel(
            [FieldPanel("changes_fi"), FieldPanel("changes_sv"), FieldPanel("changes_en")],
            heading=_("Summary of the changes, shown to users"),
        ),
    ]


register_snippet(TermsVersionViewSet)
