"""The embed builder in the admin: an organisation member picks what to show and copies the code for their site."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from organisations.permissions import scope_for

from .forms import EmbedBuilderForm


def can_build_embeds(user):
    """Organisation members and coordinators: anyone who acts for some organisation or region."""
    return not scope_for(user).is_empty


def embed_code(url, title, script_url):
    return format_html(
        '<iframe src="{}" title="{}" data-toimeksi-embed loading="lazy" '
        'style="width: 100%; min-height: 12rem; border: 0;"></iframe>\n<script src="{}" async></script>',
        url,
        title,
        script_url,
    )


def embed_builder(request):
    if not can_build_embeds(request.user):
        raise PermissionDenied
    form = EmbedBuilderForm(request.GET or None, user=request.user)
    url = code = ""
    if form.is_bound and form.is_valid():
        url = form.embed_url()
        if url:
            data = form.cleaned_data
            label = dict(form.fields["listing_type"].choices)[data["listing_type"]]
            title = f"{data['organisation'].name}: {label}" if data.get("organisation") else str(label)
            code = str(embed_code(url, title, form.site().root_url + reverse("embed_script")))
    return TemplateResponse(
        request, "opendata/admin/embed_builder.html", {"form": form, "embed_url": url, "embed_code": code}
    )
