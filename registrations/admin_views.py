"""The organiser's tools in the admin: who signed up for each of their events (and each date), volunteer tasks
and jobs, with exports, a message to the participants, attendance and manual add, cancel and promote.

Every view names a listing (or a sign-up of one) and first asks the
listing's organisation-scoped permission policy whether the user may change
it (organisations.permissions.can_access_object): a member of another
organisation is refused every address, coordinators see their region's.
"""

import csv
import io
import uuid

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from openpyxl import Workbook
from wagtail.permissions import policy_registry

from core.translation import active_language
from organisations.permissions import can_access_object

from .forms import ParticipantForm
from .models import Registration
from .services import SIGNUP_MODELS, SignUpRefused, availability, cancel, listing_filter, promote, sign_up
from .tasks import send_organiser_message


def _listing_or_refuse(request, model_name, pk):
    model = SIGNUP_MODELS.get(model_name)
    if model is None:
        raise Http404
    listing = model.objects.filter(pk=pk).select_related("organisation").first()
    if listing is None:
        raise Http404
    if not can_access_object(request.user, listing, "change"):
        raise PermissionDenied
    if listing.is_translation:
        # Sign-ups belong to the original; its translations lead there.
        listing = model.objects.get(translation_key=listing.translation_key, locale_id=listing.original_locale_id)
    return listing


def _registration_or_refuse(request, pk):
    registration = Registration.objects.filter(pk=pk).select_related("content_type").first()
    if registration is None:
        raise Http404
    listing = registration.listing
    if listing is None or not can_access_object(request.user, listing, "change"):
        raise PermissionDenied
    return registration, listing


def listing_admin_url(listing, name="listing"):
    return reverse(f"registrations_admin:{name}", args=[listing._meta.model_name, listing.pk])


def index(request):
    """The user's listings that take sign-ups, with their counts."""
    rows = []
    for model_name, model in SIGNUP_MODELS.items():
        policy = policy_registry.get_by_type(model)
        takes = Q(registration="builtin") if model_name == "event" else Q(takes_interest=True)
        listings = list(
            policy.instances_user_has_any_permission_for(request.user, ["change"])
            .filter(takes, is_translation_row=False)
            .select_related("organisation")
            .order_by("-created_at")[:200]
        )
        if not listings:
            continue
        totals = {
            (row["object_id"], row["status"]): row["places"]
            for row in Registration.objects.filter(
                **{"content_type": listing_filter(listings[0])["content_type"]},
                object_id__in=[listing.pk for listing in listings],
            )
            .values("object_id", "status")
            .annotate(places=Sum("places"), count=Count("pk"))
            .order_by()
        }
        for listing in listings:
            rows.append(
                {
                    "listing": listing,
                    "type": model._meta.verbose_name,
                    "url": listing_admin_url(listing),
                    "confirmed": totals.get((listing.pk, Registration.Status.CONFIRMED), 0),
                    "waiting": totals.get((listing.pk, Registration.Status.WAITING), 0),
                }
            )
    return TemplateResponse(request, "registrations/admin/index.html", {"rows": rows})


class AddForm(ParticipantForm):
    """A participant the organiser adds by hand: someone who signed up by phone may have no e-mail address."""

    places = forms.IntegerField(label=gettext_lazy("Places"), min_value=1, initial=1)
    date = forms.ChoiceField(label=gettext_lazy("Date"), required=False)

    def __init__(self, *args, offer, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = False
        self.fields["places"].max_value = offer.max_places
        self.fields["places"].widget.attrs["max"] = offer.max_places
        if offer.per_date:
            self.fields["date"].choices = [(target.key, _target_label(target)) for target in offer.targets]
            self.fields["date"].required = True
        else:
            del self.fields["date"]


class MessageForm(forms.Form):
    RECIPIENTS = [
        (Registration.Status.CONFIRMED, gettext_lazy("Everyone confirmed")),
        (Registration.Status.WAITING, gettext_lazy("Everyone on the waiting list")),
    ]
    recipients = forms.ChoiceField(label=gettext_lazy("To"), choices=RECIPIENTS, widget=forms.RadioSelect)
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=150)
    body = forms.CharField(label=gettext_lazy("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000)


def _target_label(target):
    if target.starts_at is None:
        return ""
    return timezone.localtime(target.starts_at).strftime("%d.%m.%Y %H:%M")


def _registrations(listing, date_key=None):
    rows = Registration.objects.filter(**listing_filter(listing)).select_related("date")
    if date_key == "first":
        rows = rows.filter(date__isnull=True)
    elif date_key:
        rows = rows.filter(date_id=date_key)
    return rows.order_by("date__starts_at", "created_at", "pk")


def listing_view(request, model_name, pk):
    listing = _listing_or_refuse(request, model_name, pk)
    offer = availability(listing)
    if offer is None:
        raise Http404
    date_key = request.GET.get("date") or ""
    if date_key and offer.target(date_key) is None:
        date_key = ""
    add_form = AddForm(offer=offer)
    message_form = MessageForm(initial={"recipients": Registration.Status.CONFIRMED})
    if request.method == "POST":
        if "add" in request.POST:
            add_form = AddForm(request.POST, offer=offer)
            if add_form.is_valid():
                data = add_form.cleaned_data
                try:
                    sign_up(
                        listing,
                        key=uuid.uuid4(),
                        date_key=data.get("date"),
                        places=data["places"],
                        details={
                            "name": data["name"],
                            "email": data["email"],
                            "phone": data["phone"],
                            "language": active_language(),
                        },
                        by_organiser=True,
                    )
                except SignUpRefused as refusal:
                    add_form.add_error(None, str(refusal))
                else:
                    messages.success(request, _("The participant was added."))
                    return redirect(request.get_full_path())
        elif "message" in request.POST:
            message_form = MessageForm(request.POST)
            if message_form.is_valid():
                data = message_form.cleaned_data
                recipients = _registrations(listing, date_key).filter(status=data["recipients"]).exclude(email="")
                ids = list(recipients.values_list("pk", flat=True))
                for registration_id in ids:
                    send_organiser_message.enqueue(registration_id, data["subject"], data["body"])
                messages.success(request, _("The message was sent to %(count)s people.") % {"count": len(ids)})
                return redirect(request.get_full_path())
    registrations = list(_registrations(listing, date_key))
    questions = _question_labels(listing, registrations)
    for registration in registrations:
        by_id = {answer["id"]: answer for answer in registration.answers}
        registration.answer_pairs = [
            (label, _answer_text(by_id[question_id])) for question_id, label in questions if question_id in by_id
        ]
    for target in offer.targets:
        target.label = _target_label(target)
    return TemplateResponse(
        request,
        "registrations/admin/listing.html",
        {
            "listing": listing,
            "offer": offer,
            "date_key": date_key,
            "registrations": registrations,
            "add_form": add_form,
            "message_form": message_form,
            "csv_url": listing_admin_url(listing, "export_csv"),
            "xlsx_url": listing_admin_url(listing, "export_xlsx"),
        },
    )


@require_POST
def registration_action(request, pk, action):
    registration, listing = _registration_or_refuse(request, pk)
    if action == "cancel":
        cancel(registration)
        messages.success(request, _("The sign-up was cancelled."))
    elif action == "promote":
        if promote(registration):
            messages.success(request, _("The participant was moved from the waiting list to the confirmed."))
        else:
            messages.error(request, _("There is no free place for this sign-up."))
    elif action in ("attended", "absent"):
        registration.attended = action == "attended"
        registration.save(update_fields=["attended"])
    else:
        raise Http404
    back = request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = listing_admin_url(listing)
    return redirect(back)


# -- exports ------------------------------------------------------------------


def _question_labels(listing, registrations):
    """[(question id, label)]: the listing's questions now, then any that only older sign-ups answered."""
    labels = {child.id: child.value["label"] for child in listing.signup_questions}
    for registration in registrations:
        for answer in registration.answers:
            labels.setdefault(answer["id"], answer["question"])
    return list(labels.items())


def _answer_text(answer):
    if answer is None:
        return ""
    value = answer["answer"]
    if isinstance(value, list):
        return ", ".join(value)
    if answer.get("kind") == "yesno":
        return _("Yes") if value == "yes" else _("No")
    return str(value)


def export_rows(listing):
    """The header and the rows of a listing's sign-up export."""
    registrations = list(_registrations(listing))
    questions = _question_labels(listing, registrations)
    header = [
        _("Signed up"),
        _("Status"),
        _("Date"),
        _("Name"),
        _("Guardian's name"),
        _("E-mail address"),
        _("Phone number"),
        _("Places"),
        _("Attended"),
        _("Message"),
        *[label for _id, label in questions],
    ]
    rows = []
    for registration in registrations:
        by_id = {answer["id"]: answer for answer in registration.answers}
        start = registration.date.starts_at if registration.date_id else getattr(listing, "starts_at", None)
        rows.append(
            [
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
                registration.get_status_display(),
                timezone.localtime(start).strftime("%Y-%m-%d %H:%M") if start else "",
                registration.name,
                registration.guardian_name,
                registration.email,
                registration.phone,
                registration.places,
                "" if registration.attended is None else (_("Yes") if registration.attended else _("No")),
                registration.message,
                *[_answer_text(by_id.get(question_id)) for question_id, _label in questions],
            ]
        )
    return header, rows


def _cell(value):
    """A value for a spreadsheet; text a participant typed never starts a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _filename(listing, extension):
    return f"{listing.slug or listing._meta.model_name}-{listing.pk}.{extension}"


def export_csv(request, model_name, pk):
    listing = _listing_or_refuse(request, model_name, pk)
    header, rows = export_rows(listing)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    # The byte order mark lets spreadsheet programs read the file as UTF-8 (ä, ö, å).
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(listing, "csv")}"'
    return response


def export_xlsx(request, model_name, pk):
    listing = _listing_or_refuse(request, model_name, pk)
    header, rows = export_rows(listing)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_("Sign-ups"))[:31]
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(listing, "xlsx")}"'
    return response
