"""The admin dashboard's panel for organisation members: their organisations and what these publish.

Organisations know nothing of the content types that belong to them: each
app that has some registers a `register_member_dashboard_content` hook
returning querysets, one per type in the order to show them, of the rows
the panel counts (listings give only originals, not translations). A
queryset's model must be a snippet with DraftStateMixin and an
`organisation` foreign key; the panel reads `pk`, `organisation_id`,
`live` and `title`.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail import hooks
from wagtail.models import WorkflowState

from core.dashboard import OverviewPanel

from .models import Organisation

CONTENT_HOOK = "register_member_dashboard_content"

MAX_AWAITING_ITEMS = 20


def member_content():
    """The querysets the content hooks give, in hook order."""
    return [queryset for hook in hooks.get_hooks(CONTENT_HOOK) for queryset in hook()]


def member_overview(user):
    """The user's organisations with their content counted by state, or None for non-members.

    A fixed number of queries whatever the number of organisations and
    rows: one for the organisations, one for the workflows in progress and
    one per content type.
    """
    organisations = list(Organisation.objects.for_user(user).order_by("name", "pk"))
    if not organisations:
        return None
    by_id = {organisation.pk: organisation for organisation in organisations}
    for organisation in organisations:
        organisation.edit_url = organisation.get_admin_edit_url()
        organisation.listing_types = []
        organisation.awaiting = []
    querysets = member_content()
    content_types = ContentType.objects.get_for_models(*(qs.model for qs in querysets), for_concrete_models=False)
    in_workflow = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type__in=list(content_types.values()),
        ).values_list("base_content_type_id", "object_id")
    )
    for queryset in querysets:
        model = queryset.model
        viewset = model.snippet_viewset
        list_url = reverse(viewset.get_url_name("list"))
        edit_name = viewset.get_url_name("edit")
        content_type_id = content_types[model].pk
        counts = {}
        rows = queryset.filter(organisation_id__in=list(by_id)).values_list("pk", "organisation_id", "live", "title")
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


class MemberPanel(OverviewPanel):
    """The admin dashboard's "my organisations" panel: each organisation's content, drafts and what awaits review."""

    name = "member_overview"
    template_name = "organisations/member_panel.html"
    context_name = "organisations"
    order = 60
