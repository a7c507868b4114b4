"""The public sign-up pages: the form (also shown on the listing's own page), the confirmation and cancelling.

Everything works without JavaScript: plain forms, and redirects after a
post. Bad input comes back with a message beside the field and everything
typed kept; a sign-up the moment no longer allows (full, closed) comes back
saying so.
"""

from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.spam import honeypot_filled, is_rate_limited
from core.translation import active_language
from listings.addresses import listing_url
from regions.models import Region

from .forms import SignUpForm
from .links import listing_in_language, registration_for_token, token_for
from .models import Registration
from .services import SIGNUP_MODELS, STATE_MESSAGES, SignUpRefused, availability, cancel, original_of, sign_up

ALLOWED = ("GET", "HEAD", "POST")


def visible_listing(request, model_name, pk):
    """The listing's row this site shows in the reader's language, or None."""
    model = SIGNUP_MODELS.get(model_name)
    region = Region.for_request(request)
    if model is None or region is None:
        return None
    same = model.objects.filter(pk=pk).values("translation_key")
    return (
        model.objects.visible_on(region, locale=active_language())
        .filter(translation_key__in=same)
        .select_related("organisation", "locale")
        .first()
    )


def signup_url(listing):
    return reverse("registrations:signup", args=[listing._meta.model_name, listing.pk])


def panel_context(request, listing, offer, form=None, **extra):
    return {
        "listing": listing,
        "offer": offer,
        # No form where nothing can be sent (closed, full), also when one came back refused.
        "form": (form or SignUpForm(offer=offer, listing=listing)) if offer.can_sign_up else None,
        "action": signup_url(listing),
        "state_message": STATE_MESSAGES.get(offer.state, ""),
        **extra,
    }


def render_panel(request, listing):
    """The sign-up section of a listing's own page (listings.extras); "" for listings without sign-up."""
    offer = availability(original_of(listing)) if listing.pk else None
    if offer is None:
        return ""
    return render_to_string("registrations/panel.html", panel_context(request, listing, offer), request=request)


def signup(request, model_name, pk):
    if request.method not in ALLOWED:
        return HttpResponseNotAllowed(ALLOWED)
    listing = visible_listing(request, model_name, pk)
    if listing is None:
        raise Http404
    offer = availability(original_of(listing))
    if offer is None:
        raise Http404
    back_url = listing_url(listing, Site.find_for_request(request)) or ""
    status, extra, form = 200, {}, None
    if request.method == "POST":
        form = SignUpForm(request.POST, offer=offer, listing=listing)
        if is_rate_limited(request, "signup"):
            status, extra = 429, {"rate_limited": True}
        elif honeypot_filled(request.POST):
            return redirect(back_url or "/")
        elif not offer.can_sign_up:
            status, extra = 409, {"refused": STATE_MESSAGES.get(offer.state, "")}
        elif form.is_valid():
            data = form.cleaned_data
            try:
                registration, _created = sign_up(
                    listing,
                    key=data["key"],
                    date_key=data.get("date"),
                    places=data.get("places") or 1,
                    details=form.details(active_language()),
                    region=Region.for_request(request),
                    user=request.user,
                )
            except SignUpRefused as refusal:
                status, extra = 409, {"refused": str(refusal)}
                offer = availability(original_of(listing))
            else:
                return redirect("registrations:done", token=token_for(registration))
    context = panel_context(request, listing, offer, form=form, standalone=True, back_url=back_url, **extra)
    return render(request, "registrations/signup_page.html", context, status=status)


def _registration_or_404(token):
    registration = registration_for_token(token)
    if registration is None or registration.anonymised_at is not None:
        raise Http404
    return registration


def done(request, token):
    registration = _registration_or_404(token)
    listing = listing_in_language(registration, active_language())
    return render(
        request,
        "registrations/done.html",
        {
            "registration": registration,
            "listing": listing,
            "cancel_url": reverse("registrations:cancel", args=[token]),
            "listing_url": listing_url(listing, Site.find_for_request(request)) if listing else "",
        },
    )


def cancel_view(request, token):
    """GET asks to confirm (a mail client's link preview must not cancel anything); POST cancels."""
    if request.method not in ALLOWED:
        return HttpResponseNotAllowed(ALLOWED)
    registration = _registration_or_404(token)
    if request.method == "POST":
        if registration.status != Registration.Status.CANCELLED:
            cancel(registration)
        return redirect("registrations:done", token=token)
    return render(
        request,
        "registrations/cancel.html",
        {
            "registration": registration,
            "listing": listing_in_language(registration, active_language()),
            "done_url": reverse("registrations:done", args=[token]),
            "title": _("Withdraw your interest") if registration.is_interest else _("Cancel your registration"),
        },
    )
