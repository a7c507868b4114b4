import json

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import terms
from .data_export import export_user_data
from .forms import REMINDERS_ANCHOR, DeleteAccountForm, NameForm, ReminderSettingsForm


def rate_limited(request, exception=None):
    """What a rate-limited request gets: a page that says what happened, with status 429."""
    return render(request, "accounts/rate_limited.html", status=429)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def my_account(request):
    user = request.user
    if request.method == "POST":
        form = NameForm(request.POST, instance=user)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your name has been saved."))
            return redirect("accounts:my_account")
    else:
        form = NameForm(instance=user)
    return render(
        request,
        "accounts/my_account.html",
        {
            "form": form,
            "reminder_form": ReminderSettingsForm(instance=user),
            "reminders_anchor": REMINDERS_ANCHOR,
            "acceptance": terms.latest_acceptance(user),
            "current_terms": terms.current_version(),
        },
    )


@login_required
@require_http_methods(["POST"])
def reminder_settings(request):
    """Turns the freshness reminders on or off; every reminder mail links to this setting."""
    form = ReminderSettingsForm(request.POST, instance=request.user)
    # A checkbox cannot be invalid: unticked is simply off.
    form.save()
    if form.instance.freshness_reminders:
        messages.success(request, _("You will get reminders about your organisations' listings."))
    else:
        messages.success(request, _("You will no longer get reminders about your organisations' listings."))
    return HttpResponseRedirect(reverse("accounts:my_account") + "#" + REMINDERS_ANCHOR)


@login_required
@require_http_methods(["GET", "HEAD"])
def export_data(request):
    """The user's own data as a JSON download."""
    data = export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request):
    user = request.user
    if user.is_superuser:
        # Deleting the last administrator would lock everyone out of the admin.
        return render(request, "accounts/delete_account.html", {"superuser": True})
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST":
        if not ratelimit.consume(request, action="reauthenticate", user=user):
            return rate_limited(request)
        if form.is_valid():
            try:
                with transaction.atomic():
                    user.delete()
            except (ProtectedError, RestrictedError):
                form.add_error(
                    None,
                    _(
                        "Your account is still needed by some content and cannot be deleted here. "
                        "Please contact the service's producer, who will delete it for you."
                    ),
                )
            else:
                logout(request)
                return redirect("accounts:account_deleted")
    return render(request, "accounts/delete_account.html", {"form": form})


def account_deleted(request):
    return render(request, "accounts/account_deleted.html")


def _safe_next(request, default):
    url = request.POST.get("next") or request.GET.get("next") or ""
    host = request.get_host()
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={host}, require_https=request.is_secure()):
        return url
    return default


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def accept_terms(request):
    """Asks a logged-in user to accept a new version of the terms of use, or to log out."""
    next_url = _safe_next(request, reverse("accounts:my_account"))
    version = terms.needs_acceptance(request)
    if version is None:
        return HttpResponseRedirect(next_url)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "decline":
            logout(request)
            return redirect("accounts:terms_declined")
        # A newer version may have been published while the page was open:
        # accept only what the user saw, and show them the newer one.
        if action == "accept" and request.POST.get("version") == str(version.pk):
            terms.accept(request.user, version, request=request)
            return HttpResponseRedirect(next_url)
    return render(request, "accounts/accept_terms.html", {"version": version, "next": next_url})


def terms_declined(request):
    return render(request, "accounts/terms_declined.html")
