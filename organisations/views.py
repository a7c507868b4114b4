"""Organisation self-service for registered users, under "My account".

A registered user (logged in, e-mail address verified) creates an
organisation, which goes to the moderation of the region of its home
municipality; asks to join an existing one, which its admins approve or
decline; or accepts an invitation an organisation admin sent by e-mail.
Organisation admins see the join requests and send the invitations here too.
Editing the organisation's content happens in the Wagtail admin, scoped by
organisations.permissions.
"""

import logging

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.actions.create import CreateAction

from .forms import InvitationForm, JoinRequestForm, OrganisationForm
from .limits import over_limit
from .mail import send_invitation_mail, send_membership_decision_mail, send_membership_request_mail
from .models import Invitation, Membership, MembershipRequest, Organisation

logger = logging.getLogger(__name__)

SEARCH_RESULTS_PER_PAGE = 20


# -- access -------------------------------------------------------------------


def has_verified_email(user):
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def registered_required(view):
    """Logged in with a verified e-mail address: only then may a user act for an organisation."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not has_verified_email(request.user):
            return render(request, "organisations/verify_email.html", status=403)
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _admin_organisation(request, pk):
    """The organisation `pk` when the user is one of its admins; 404 for others, 403 for its editors."""
    organisation = get_object_or_404(Organisation, pk=pk)
    role = organisation.role_of(request.user)
    if role is None:
        raise Http404
    if role != Membership.Role.ADMIN:
        raise PermissionDenied
    return organisation


def _refused_by_limit(request, form, action, organisation=None):
    """Count the POST; over the limit, the form says so and keeps what was typed (the page answers 429)."""
    if not over_limit(request, action, organisation):
        return False
    form.add_error(None, _("You have done this many times in a short while. Please try again later."))
    request.rate_limited = True
    return True


def _status(request):
    return 429 if getattr(request, "rate_limited", False) else 200


# -- views ----------------------------------------------------------------------


@registered_required
@require_http_methods(["GET", "HEAD"])
def my_organisations(request):
    """The user's memberships, with each organisation's status, and the join requests they sent."""
    memberships = list(
        Membership.objects.filter(user=request.user).select_related("organisation").order_by("organisation__name")
    )
    admin_of = [m.organisation_id for m in memberships if m.role == Membership.Role.ADMIN]
    pending_counts = dict.fromkeys(admin_of, 0)
    for organisation_id in MembershipRequest.objects.filter(
        organisation_id__in=admin_of, status=MembershipRequest.Status.PENDING
    ).values_list("organisation_id", flat=True):
        pending_counts[organisation_id] += 1
    for membership in memberships:
        membership.edit_url = membership.organisation.get_admin_edit_url()
        membership.pending_requests = pending_counts.get(membership.organisation_id, 0)
    sent = MembershipRequest.objects.filter(user=request.user, status=MembershipRequest.Status.PENDING).select_related(
        "organisation"
    )
    return render(request, "organisations/my_organisations.html", {"memberships": memberships, "sent_requests": sent})


@registered_required
@require_http_methods(["GET", "HEAD", "POST"])
def create_organisation(request):
    """A new organisation: a draft in its region's moderation, with the creator as its admin."""
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and not _refused_by_limit(request, form, "create"):
        try:
            organisation = _create(form.save(commit=False), request.user)
        except IntegrityError:
            # Someone registered the same business ID between validation and saving.
            form.add_error("business_id", _("An organisation with this business ID already exists."))
        else:
            messages.success(
                request,
                _(
                    "Thank you! %(name)s has been created and sent to the coordinators of %(region)s to verify. "
                    "You can already add its listings in the admin; they are published after moderation."
                )
                % {"name": organisation.name, "region": organisation.region or _("the service")},
            )
            return redirect("organisations:my_organisations")
    return render(request, "organisations/create_organisation.html", {"form": form}, status=_status(request))


def _create(organisation, user):
    organisation.is_verified = False
    with transaction.atomic():
        # Registered users hold no model permission to add organisations: the
        # draft they create is exactly what moderation is for.
        organisation = CreateAction(organisation, user=user).execute(skip_permission_checks=True)
        Membership.objects.create(user=user, organisation=organisation, role=Membership.Role.ADMIN)
        workflow = organisation.get_workflow()
        if workflow is None:
            logger.error("No moderation workflow for organisation %s; it stays a draft.", organisation.pk)
        else:
            workflow.start(organisation, user)
    return organisation


@registered_required
@require_http_methods(["GET", "HEAD", "POST"])
def join_organisation(request):
    """Find a published organisation by name and ask its admins to let you in."""
    query = (request.GET.get("q") or "").strip()[:100]
    page = None
    if query:
        results = Organisation.objects.filter(live=True, name__icontains=query).select_related("home_municipality")
        page = Paginator(results.order_by("name", "pk"), SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))

    if request.method == "POST":
        form = JoinRequestForm(request.POST, user=request.user)
        if form.is_valid() and not _refused_by_limit(request, form, "join"):
            try:
                with transaction.atomic():
                    membership_request = MembershipRequest.objects.create(
                        user=request.user,
                        organisation=form.cleaned_data["organisation"],
                        message=form.cleaned_data["message"],
                    )
            except IntegrityError:
                form.add_error(None, _("You have already asked to join this organisation."))
            else:
                url = request.build_absolute_uri(
                    reverse("organisations:organisation_requests", args=[membership_request.organisation_id])
                )
                request_id, language = membership_request.pk, request.LANGUAGE_CODE
                transaction.on_commit(lambda: send_membership_request_mail.enqueue(request_id, url, language))
                messages.success(
                    request,
                    _("Your request has been sent to the administrators of %(name)s.")
                    % {"name": membership_request.organisation.name},
                )
                return redirect("organisations:my_organisations")
        chosen = Organisation.objects.filter(live=True, pk=request.POST.get("organisation") or 0).first()
    else:
        chosen = None
        if request.GET.get("organisation", "").isdigit():
            chosen = Organisation.objects.filter(live=True, pk=request.GET["organisation"]).first()
        form = JoinRequestForm(initial={"organisation": chosen}, user=request.user)
    return render(
        request,
        "organisations/join_organisation.html",
        {"form": form, "query": query, "page": page, "chosen": chosen},
        status=_status(request),
    )


@registered_required
@require_http_methods(["GET", "HEAD", "POST"])
def organisation_requests(request, pk):
    """An organisation admin's list of pending join requests, to approve or decline."""
    organisation = _admin_organisation(request, pk)
    if request.method == "POST":
        membership_request = get_object_or_404(
            MembershipRequest,
            pk=request.POST.get("request") if str(request.POST.get("request", "")).isdigit() else 0,
            organisation=organisation,
            status=MembershipRequest.Status.PENDING,
        )
        action = request.POST.get("action")
        if action not in ("approve", "decline"):
            messages.error(request, _("Choose whether to approve or decline the request."))
            return redirect("organisations:organisation_requests", pk=organisation.pk)
        with transaction.atomic():
            if action == "approve":
                Membership.objects.get_or_create(
                    user=membership_request.user,
                    organisation=organisation,
                    defaults={"role": Membership.Role.EDITOR},
                )
                membership_request.status = MembershipRequest.Status.APPROVED
                notice = _("%(user)s is now an editor of %(name)s.")
            else:
                membership_request.status = MembershipRequest.Status.DECLINED
                notice = _("The request of %(user)s has been declined.")
            membership_request.decided_by = request.user
            membership_request.decided_at = timezone.now()
            membership_request.save(update_fields=["status", "decided_by", "decided_at"])
            url = request.build_absolute_uri(reverse("organisations:my_organisations"))
            request_id, language = membership_request.pk, request.LANGUAGE_CODE
            transaction.on_commit(lambda: send_membership_decision_mail.enqueue(request_id, url, language))
        messages.success(request, notice % {"user": membership_request.user.email, "name": organisation.name})
        return redirect("organisations:organisation_requests", pk=organisation.pk)
    pending = organisation.membership_requests.filter(status=MembershipRequest.Status.PENDING).select_related("user")
    return render(
        request,
        "organisations/organisation_requests.html",
        {"organisation": organisation, "pending": pending},
    )


@registered_required
@require_http_methods(["GET", "HEAD", "POST"])
def invite_member(request, pk):
    """An organisation admin invites someone by e-mail address."""
    organisation = _admin_organisation(request, pk)
    form = InvitationForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and not organisation.is_verified:
        # Only a verified organisation invites: a new one could otherwise mail any address in its name.
        form.add_error(None, _("Invitations can be sent once the coordinators have verified the organisation."))
    elif request.method == "POST" and form.is_valid() and not _refused_by_limit(request, form, "invite", organisation):
        with transaction.atomic():
            invitation = Invitation.objects.create(
                organisation=organisation,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=request.user,
            )
            url = request.build_absolute_uri(reverse("organisations:invitation", args=[invitation.token]))
            invitation_id, language = invitation.pk, request.LANGUAGE_CODE
            transaction.on_commit(lambda: send_invitation_mail.enqueue(invitation_id, url, language))
        messages.success(request, _("An invitation has been sent to %(email)s.") % {"email": invitation.email})
        return redirect("organisations:invite_member", pk=organisation.pk)
    open_invitations = organisation.invitations.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())
    return render(
        request,
        "organisations/invite_member.html",
        {"organisation": organisation, "form": form, "invitations": open_invitations},
        status=_status(request),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request, token):
    """Accept an invitation: logged in, with the invited address verified, before it expires, once."""
    template = "organisations/invitation.html"
    found = Invitation.objects.filter(token=token[:64]).select_related("organisation").first()
    if found is None:
        return render(request, template, {"state": "unknown"}, status=404)
    context = {"invitation": found, "organisation": found.organisation}
    if found.is_used:
        return render(request, template, {**context, "state": "used"}, status=410)
    if found.is_expired:
        return render(request, template, {**context, "state": "expired"}, status=410)
    if not request.user.is_authenticated:
        return render(request, template, {**context, "state": "login", "next": request.get_full_path()})
    if not EmailAddress.objects.filter(user=request.user, email__iexact=found.email, verified=True).exists():
        return render(request, template, {**context, "state": "wrong_user"}, status=403)
    if request.method == "POST":
        with transaction.atomic():
            locked = Invitation.objects.select_for_update().get(pk=found.pk)
            if locked.is_used:
                return render(request, template, {**context, "state": "used"}, status=410)
            Membership.objects.get_or_create(
                user=request.user, organisation=found.organisation, defaults={"role": found.role}
            )
            locked.accepted_at = timezone.now()
            locked.save(update_fields=["accepted_at"])
        messages.success(request, _("Welcome! You are now a member of %(name)s.") % {"name": found.organisation.name})
        return redirect("organisations:my_organisations")
    return render(request, template, {**context, "state": "accept"})
