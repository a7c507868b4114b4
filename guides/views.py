from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .forms import ShareGuideForm
from .models import GuidePage
from .sharing import SharingError, is_national_guide, share_guide, shared_regions


def can_share(page, user):
    """National coordinators (who may publish the national guide) share it."""
    return is_national_guide(page) and page.permissions_for_user(user).can_publish()


def share_guide_view(request, page_id):
    """The admin action: share a national guide with every region or chosen ones."""
    guide = get_object_or_404(GuidePage, pk=page_id)
    if not can_share(guide, request.user):
        raise PermissionDenied
    already = shared_regions(guide)
    form = ShareGuideForm(request.POST if request.method == "POST" else None, initial={"regions": already})
    if request.method == "POST" and form.is_valid():
        try:
            report = share_guide(guide, form.chosen_regions(), user=request.user)
        except SharingError as error:
            messages.error(request, str(error))
        else:
            created = len(report.created)
            messages.success(
                request,
                ngettext(
                    "“%(title)s” was shared: %(count)d new regional copy.",
                    "“%(title)s” was shared: %(count)d new regional copies.",
                    created,
                )
                % {"title": guide.title, "count": created},
            )
            for region, _page, reason in report.skipped:
                messages.warning(
                    request, _("%(region)s was skipped: %(reason)s.") % {"region": region, "reason": reason}
                )
            return redirect("wagtailadmin_pages:edit", guide.pk)
    return TemplateResponse(
        request,
        "guides/admin/share_guide.html",
        {"page": guide, "form": form, "shared_regions": already},
    )
