"""Organisation self-service for registered users, under "My account".

A registered user (logged in, e-mail address verified) creates an
organisation, which goes to the moderation of the region of its home
municipality; asks to join an existing one, which its admins approve or
decline; or accepts an invitation an organisation admin sent by e-mail.
Organisation admins see the join requests and send the invitations here too.
Editing the organisation's content happens in the Wagtail admin, scoped by
listings.permissions.
"""

import logging

from allauth.account.models import EmailAddress
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_tasks import task
from laces.components import Component
from wagtail.actions.create import CreateAction
from wagtail.models import WorkflowState

from regions.models import Municipality
from workflows.services import text_to_html

from .models import LISTING_MODELS, Invitation, Membership, MembershipRequest, Organisation

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
            return render(request, "listings/self_service/verify_email.html", status=403)
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


def admin_edit_url(organisation):
    return reverse(Organisation.snippet_viewset.get_url_name("edit"), args=[organisation.pk])


# -- e-mail -------------------------------------------------------------------


def _render_mail(template, context, language):
    with translation.override(language):
        subject = " ".join(render_to_string(f"listings/self_service/email/{template}_subject.txt", context).split())
        body = render_to_string(f"listings/self_service/email/{template}.txt", context).strip() + "\n"
    return subject, body


def _language_of(user, fallback):
    profile = getattr(user, "wagtail_userprofile", None)
    language = profile.get_preferred_language() if profile else None
    return (language or fallback or settings.LANGUAGE_CODE)[:2]


@task()
def send_membership_request_mail(request_id, url, language):
    """Tell an organisation's admins that someone asks to join it."""
    membership_request = (
        MembershipRequest.objects.filter(pk=request_id, status=MembershipRequest.Status.PENDING)
        .select_related("user", "organisation")
        .first()
    )
    if membership_request is None:
        return 0
    admins = (
        get_user_model()
        .objects.filter(
            memberships__organisation=membership_request.organisation,
            memberships__role=Membership.Role.ADMIN,
            is_active=True,
        )
        .exclude(email="")
    )
    sent = 0
    for admin in admins:
        context = {"request": membership_request, "url": url, "admin": admin}
        subject, body = _render_mail("join_request", context, _language_of(admin, language))
        sent += send_mail(subject, body, None, [admin.email])
    return sent


@task()
def send_membership_decision_mail(request_id, url, language):
    """Tell the requester whether they were let in."""
    membership_request = MembershipRequest.objects.filter(pk=request_id).select_related("user", "organisation").first()
    if membership_request is None or membership_request.status == MembershipRequest.Status.PENDING:
        return 0
    template = "join_approved" if membership_request.status == MembershipRequest.Status.APPROVED else "join_declined"
    subject, body = _render_mail(template, {"request": membership_request, "url": url}, language)
    return send_mail(subject, body, None, [membership_request.user.email])


@task()
def send_invitation_mail(invitation_id, url, language):
    invitation = Invitation.objects.filter(pk=invitation_id).select_related("organisation", "invited_by").first()
    if invitation is None or invitation.is_used:
        return 0
    subject, body = _render_mail("invitation", {"invitation": invitation, "url": url}, language)
    return send_mail(subject, body, None, [invitation.email])


# -- forms ----------------------------------------------------------------------


class MunicipalityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class OrganisationForm(forms.ModelForm):
    """What a registered user tells about a new organisation; coordinators check the rest."""

    description = forms.CharField(
        label=gettext_lazy("Description"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        required=False,
        help_text=gettext_lazy("What the organisation does and for whom. Separate paragraphs with an empty line."),
    )
    website = forms.URLField(
        label=gettext_lazy("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    home_municipality = MunicipalityChoiceField(
        label=gettext_lazy("Home municipality"),
        queryset=Municipality.objects.all(),
        help_text=gettext_lazy("The coordinators of the region of this municipality verify the organisation."),
    )

    class Meta:
        model = Organisation
        fields = ["name", "type", "business_id", "home_municipality", "email", "website", "description"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = (translation.get_language() or "fi")[:2]
        order = {"sv": "name_sv", "en": "name_fi"}.get(language, "name_fi")
        self.fields["home_municipality"].queryset = Municipality.objects.order_by(order)

    def clean_description(self):
        return text_to_html(self.cleaned_data.get("description", ""))


class JoinRequestForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.filter(live=True), widget=forms.HiddenInput)
    message = forms.CharField(
        label=gettext_lazy("Message to the organisation's administrators"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        required=False,
        help_text=gettext_lazy("Who you are and what you would like to do for the organisation."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_organisation(self):
        organisation = self.cleaned_data["organisation"]
        if Membership.objects.filter(user=self.user, organisation=organisation).exists():
            raise forms.ValidationError(_("You are already a member of this organisation."))
        if MembershipRequest.objects.filter(
            user=self.user, organisation=organisation, status=MembershipRequest.Status.PENDING
        ).exists():
            raise forms.ValidationError(_("You have already asked to join this organisation."))
        return organisation


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=Membership.Role.choices, initial="editor")

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if Membership.objects.filter(organisation=self.organisation, user__email__iexact=email).exists():
            raise forms.ValidationError(_("This person is already a member of the organisation."))
        return email


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
        membership.edit_url = admin_edit_url(membership.organisation)
        membership.pending_requests = pending_counts.get(membership.organisation_id, 0)
    sent = MembershipRequest.objects.filter(user=request.user, status=MembershipRequest.Status.PENDING).select_related(
        "organisation"
    )
    return render(
        request, "listings/self_service/my_organisations.html", {"memberships": memberships, "sent_requests": sent}
    )


@registered_required
@require_http_methods(["GET", "HEAD", "POST"])
def create_organisation(request):
    """A new organisation: a draft in its region's moderation, with the creator as its admin."""
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
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
            return redirect("accounts:my_organisations")
    return render(request, "listings/self_service/create_organisation.html", {"form": form})


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
        if form.is_valid():
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
                    reverse("accounts:organisation_requests", args=[membership_request.organisation_id])
                )
                request_id, language = membership_request.pk, request.LANGUAGE_CODE
                transaction.on_commit(lambda: send_membership_request_mail.enqueue(request_id, url, language))
                messages.success(
                    request,
                    _("Your request has been sent to the administrators of %(name)s.")
                    % {"name": membership_request.organisation.name},
                )
                return redirect("accounts:my_organisations")
        chosen = Organisation.objects.filter(live=True, pk=request.POST.get("organisation") or 0).first()
    else:
        chosen = None
        if request.GET.get("organisation", "").isdigit():
            chosen = Organisation.objects.filter(live=True, pk=request.GET["organisation"]).first()
        form = JoinRequestForm(initial={"organisation": chosen}, user=request.user)
    return render(
        request,
        "listings/self_service/join_organisation.html",
        {"form": form, "query": query, "page": page, "chosen": chosen},
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
            return redirect("accounts:organisation_requests", pk=organisation.pk)
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
            url = request.build_absolute_uri(reverse("accounts:my_organisations"))
            request_id, language = membership_request.pk, request.LANGUAGE_CODE
            transaction.on_commit(lambda: send_membership_decision_mail.enqueue(request_id, url, language))
        messages.success(request, notice % {"user": membership_request.user.email, "name": organisation.name})
        return redirect("accounts:organisation_requests", pk=organisation.pk)
    pending = organisation.membership_requests.filter(status=MembershipRequest.Status.PENDING).select_related("user")
    return render(
        request,
        "listings/self_service/organisation_requests.html",
        {"organisation": organisation, "pending": pending},
    )


@registered_required
@require_http_methods(["GET", "HEAD", "POST"])
def invite_member(request, pk):
    """An organisation admin invites someone by e-mail address."""
    organisation = _admin_organisation(request, pk)
    form = InvitationForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            invitation = Invitation.objects.create(
                organisation=organisation,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=request.user,
            )
            url = request.build_absolute_uri(reverse("accounts:invitation", args=[invitation.token]))
            invitation_id, language = invitation.pk, request.LANGUAGE_CODE
            transaction.on_commit(lambda: send_invitation_mail.enqueue(invitation_id, url, language))
        messages.success(request, _("An invitation has been sent to %(email)s.") % {"email": invitation.email})
        return redirect("accounts:invite_member", pk=organisation.pk)
    open_invitations = organisation.invitations.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())
    return render(
        request,
        "listings/self_service/invite_member.html",
        {"organisation": organisation, "form": form, "invitations": open_invitations},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request, token):
    """Accept an invitation: logged in, with the invited address verified, before it expires, once."""
    template = "listings/self_service/invitation.html"
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
        return redirect("accounts:my_organisations")
    return render(request, template, {**context, "state": "accept"})


# -- the members' admin dashboard ---------------------------------------------------

MAX_AWAITING_ITEMS = 20


def member_overview(user):
    """The user's organisations with their listings counted by state, or None for non-members.

    A fixed number of queries whatever the number of organisations and
    listings: one for the organisations, one for the workflows in progress
    and one per listing type.
    """
    organisations = list(Organisation.objects.for_user(user).order_by("name", "pk"))
    if not organisations:
        return None
    by_id = {organisation.pk: organisation for organisation in organisations}
    for organisation in organisations:
        organisation.edit_url = admin_edit_url(organisation)
        organisation.listing_types = []
        organisation.awaiting = []
    content_types = ContentType.objects.get_for_models(*LISTING_MODELS, for_concrete_models=False)
    in_workflow = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type__in=list(content_types.values()),
        ).values_list("base_content_type_id", "object_id")
    )
    for model in LISTING_MODELS:
        viewset = model.snippet_viewset
        list_url = reverse(viewset.get_url_name("list"))
        edit_name = viewset.get_url_name("edit")
        content_type_id = content_types[model].pk
        counts = {}
        # Originals only: a translation is the same listing in another language.
        rows = model.objects.filter(organisation_id__in=list(by_id), locale_id=F("original_locale_id")).values_list(
            "pk", "organisation_id", "live", "title"
        )
        for pk, organisation_id, live, title in rows:
            count = counts.setdefault(organisation_id, {"live": 0, "drafts": 0, "awaiting": 0})
            if (content_type_id, str(pk)) in in_workflow:
                count["awaiting"] += 1
                by_id[organisation_id].awaiting.append(
                    {"title": title, "kind": model._meta.verbose_name, "url": reverse(edit_name, args=[pk])}
                )
            elif not live:
                count["drafts"] += 1
            if live:
                count["live"] += 1
        for organisation_id, count in counts.items():
            url = f"{list_url}?organisation={organisation_id}"
            by_id[organisation_id].listing_types.append(
                {
                    "name": model._meta.verbose_name_plural,
                    "model_name": model._meta.model_name,
                    "url": url,
                    "live_url": f"{url}&status=live",
                    "drafts_url": f"{url}&status=draft",
                    **count,
                }
            )
    for organisation in organisations:
        organisation.awaiting = organisation.awaiting[:MAX_AWAITING_ITEMS]
    return organisations


class MemberPanel(Component):
    """The admin dashboard's "my organisations" panel: each organisation's listings, drafts and what awaits review."""

    name = "member_overview"
    template_name = "listings/self_service/member_panel.html"
    order = 60

    def __init__(self, organisations):
        self.organisations = organisations

    def get_context_data(self, parent_context):
        return {"organisations": self.organisations}


def add_member_panel(request, panels):
    organisations = member_overview(request.user)
    if organisations:
        panels.append(MemberPanel(organisations))


# -- data export ------------------------------------------------------------------


def export_memberships(user):
    """The user's memberships, the join requests they sent and the invitations they sent.

    Not the invitees' addresses: those are about other people.
    """
    return {
        "memberships": [
            {"organisation": m.organisation.name, "role": m.role, "since": m.created_at}
            for m in Membership.objects.filter(user=user).select_related("organisation").order_by("created_at", "pk")
        ],
        "membership_requests": [
            {
                "organisation": r.organisation.name,
                "message": r.message,
                "status": r.status,
                "created_at": r.created_at,
                "decided_at": r.decided_at,
            }
            for r in MembershipRequest.objects.filter(user=user).select_related("organisation")
        ],
        "invitations_sent": [
            {
                "organisation": i.organisation.name,
                "role": i.role,
                "created_at": i.created_at,
                "accepted_at": i.accepted_at,
            }
            for i in Invitation.objects.filter(invited_by=user).select_related("organisation").order_by("created_at")
        ],
    }
