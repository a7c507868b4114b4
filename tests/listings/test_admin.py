"""Organisation scoping in the admin: every URL that names an object refuses other organisations' objects.

A refusal is the admin's permission-denied answer: a redirect to the
dashboard (with an error message), or 403 for XHR requests.
"""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.forms import CheckboxInput
from django.urls import reverse
from wagtail.blocks.base import BlockWidget
from wagtail.models import Locale

from accounts.factories import UserFactory
from listings import factories
from listings.models import LISTING_MODELS, Event
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Membership, Organisation
from organisations.permissions import MEMBER_GROUP_NAME, ensure_member_group

from ..i18n import fi

pytestmark = pytest.mark.django_db

ROVANIEMI = "698"
JOENSUU = "167"

FACTORIES = {
    "event": factories.EventFactory,
    "activity": factories.ActivityFactory,
    "volunteertask": factories.VolunteerTaskFactory,
    "job": factories.JobFactory,
    "project": factories.ProjectFactory,
    "newsitem": factories.NewsItemFactory,
    "space": factories.SpaceFactory,
    "staffmember": factories.StaffMemberFactory,
    "story": factories.StoryFactory,
}


def url(model_name, name, *args):
    app_label = "organisations" if model_name in ("organisation", "membership") else "listings"
    return reverse(f"wagtailsnippets_{app_label}_{model_name}:{name}", args=args)


def refused(response):
    """The admin's refusal: back to the dashboard, or 403."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def not_found(response):
    """A 404; Django's LocaleMiddleware answers one for an unprefixed path with a redirect to the /fi/ path."""
    return response.status_code == 404 or (
        response.status_code == 302 and response["Location"].startswith("/fi/admin/")
    )


def post_data(form):
    """What the browser would post for an unchanged admin form."""
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        widget = field.widget
        if isinstance(widget, CheckboxInput):
            if value:
                data[name] = "on"
            continue
        if isinstance(widget, BlockWidget):
            # An empty StreamField (the sign-up questions) posts only its count.
            assert not value, name
            data[f"{name}-count"] = "0"
            continue
        if isinstance(value, (list, tuple)):
            data[name] = [str(getattr(item, "pk", item)) for item in value]
            continue
        formatted = widget.format_value(value)
        data[name] = "" if formatted is None else formatted
    # Child formsets (an event's further dates) post their management forms; the test objects have no children.
    for formset in getattr(form, "formsets", {}).values():
        assert not formset.forms, formset.prefix
        management = formset.management_form
        data.update({management.add_prefix(key): value for key, value in management.initial.items()})
    return data


def edit_post_data(obj, user, **changes):
    form_class = type(obj).snippet_viewset.get_form_class(for_update=True)
    data = post_data(form_class(instance=obj, for_user=user))
    data.update(changes)
    return data


# -- the network ----------------------------------------------------------------


@pytest.fixture
def network(lapland, north_karelia, national):
    ensure_member_group()
    own = OrganisationFactory(slug="oma-yhdistys", name="Oma Yhdistys ry", municipality_code=ROVANIEMI)
    other = OrganisationFactory(slug="toinen-yhdistys", name="Toinen Yhdistys ry", municipality_code=JOENSUU)
    member = UserFactory(email="jasen@example.org")
    MembershipFactory(user=member, organisation=own)
    return {"own": own, "other": other, "member": member, "lapland": lapland, "north_karelia": north_karelia}


@pytest.fixture
def member_client(client, network):
    client.force_login(network["member"])
    return client


def make(model_name, organisation, **kwargs):
    return FACTORIES[model_name](organisation=organisation, with_revision=True, **kwargs)


# -- groups ---------------------------------------------------------------------------


def test_a_membership_puts_the_user_in_the_members_group_and_leaving_takes_them_out(network):
    member = network["member"]
    group = Group.objects.get(name=MEMBER_GROUP_NAME)
    assert group in member.groups.all()
    assert member.has_perm("wagtailadmin.access_admin")
    assert member.has_perm("listings.change_event")
    assert not member.has_perm("listings.publish_event")
    Membership.objects.filter(user=member).delete()
    assert group not in member.groups.all()


def test_the_members_group_is_made_once(network):
    ensure_member_group()
    ensure_member_group()
    assert Group.objects.filter(name=MEMBER_GROUP_NAME).count() == 1


# -- every URL of the event viewset --------------------------------------------------


@pytest.fixture
def their_event(network):
    event = make("event", network["other"])
    event.save_revision()
    event.get_workflow().start(event, None)
    return event


def event_urls(event):
    revision = event.latest_revision
    state = event.current_workflow_state
    task_state = event.current_workflow_task_state
    pk = event.pk
    return {
        "edit": url("event", "edit", pk),
        "delete": url("event", "delete", pk),
        "usage": url("event", "usage", pk),
        "history": url("event", "history", pk),
        "history_results": url("event", "history_results", pk),
        "copy": url("event", "copy", pk),
        "preview_on_edit": url("event", "preview_on_edit", pk),
        "revisions_view": url("event", "revisions_view", pk, revision.pk),
        "revisions_revert": url("event", "revisions_revert", pk, revision.pk),
        "revisions_compare": reverse(
            "wagtailsnippets_listings_event:revisions_compare", args=[pk, "earliest", "latest"]
        ),
        "revisions_unschedule": url("event", "revisions_unschedule", pk, revision.pk),
        "unpublish": url("event", "unpublish", pk),
        "lock": url("event", "lock", pk),
        "unlock": url("event", "unlock", pk),
        "workflow_history": url("event", "workflow_history", pk),
        "workflow_history_detail": url("event", "workflow_history_detail", pk, state.pk),
        "confirm_workflow_cancellation": url("event", "confirm_workflow_cancellation", pk),
        "workflow_action": url("event", "workflow_action", pk, "approve", task_state.pk),
        "collect_workflow_action_data": url("event", "collect_workflow_action_data", pk, "approve", task_state.pk),
        "workflow_preview": url("event", "workflow_preview", pk, task_state.task_id),
        "translate": reverse("wagtail_localize:submit_snippet_translation", args=["listings", "event", pk]),
        "localize_api": reverse("wagtail_localize:snippets_api_detail", args=["listings", "event", pk]),
    }


EVENT_URL_NAMES = [
    "edit",
    "delete",
    "usage",
    "history",
    "history_results",
    "copy",
    "preview_on_edit",
    "revisions_view",
    "revisions_revert",
    "revisions_compare",
    "revisions_unschedule",
    "unpublish",
    "lock",
    "unlock",
    "workflow_history",
    "workflow_history_detail",
    "confirm_workflow_cancellation",
    "workflow_action",
    "collect_workflow_action_data",
    "workflow_preview",
    "translate",
]


@pytest.mark.parametrize("name", EVENT_URL_NAMES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_member_is_refused_every_url_of_another_organisations_event(member_client, their_event, name, method):
    response = getattr(member_client, method)(event_urls(their_event)[name])
    assert refused(response), (name, method, response.status_code, response.get("Location"))
    their_event.refresh_from_db()
    assert their_event.live
    assert Event.objects.filter(pk=their_event.pk).exists()


def test_a_member_cannot_read_another_organisations_event_through_localize_api(member_client, network, their_event):
    mine = make("event", network["own"])
    detail = member_client.get(event_urls(their_event)["localize_api"])
    assert not_found(detail)
    assert their_event.title not in detail.content.decode()
    listing = member_client.get(reverse("wagtail_localize:snippets_api_listing", args=["listings", "event"])).json()
    items = listing["results"] if isinstance(listing, dict) else listing
    assert [item["id"] for item in items] == [mine.pk]


@pytest.mark.parametrize("name", ["edit", "usage", "history", "delete", "copy", "workflow_history", "translate"])
def test_a_member_opens_their_own_event(member_client, network, name):
    event = make("event", network["own"])
    response = member_client.get(event_urls_for_own(event)[name])
    assert response.status_code == 200, (name, response.status_code, response.get("Location"))


def event_urls_for_own(event):
    pk = event.pk
    return {
        "edit": url("event", "edit", pk),
        "usage": url("event", "usage", pk),
        "history": url("event", "history", pk),
        "delete": url("event", "delete", pk),
        "copy": url("event", "copy", pk),
        "workflow_history": url("event", "workflow_history", pk),
        "translate": reverse("wagtail_localize:submit_snippet_translation", args=["listings", "event", pk]),
    }


def test_a_member_cannot_delete_another_organisations_event_by_post(member_client, network):
    event = make("event", network["other"])
    response = member_client.post(url("event", "delete", event.pk))
    assert refused(response)
    assert Event.objects.filter(pk=event.pk).exists()


def test_a_member_cannot_edit_another_organisations_event_by_post(member_client, network):
    event = make("event", network["other"])
    data = edit_post_data(event, UserFactory(is_superuser=True), title="Kaapattu")
    response = member_client.post(url("event", "edit", event.pk), data)
    assert refused(response)
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().title != "Kaapattu"


def test_a_member_cannot_translate_another_organisations_event_by_post(member_client, network):
    event = make("event", network["other"])
    swedish = Locale.objects.get(language_code="sv")
    response = member_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["listings", "event", event.pk]),
        {"locales": [swedish.pk]},
    )
    assert refused(response)
    assert not Event.objects.filter(translation_key=event.translation_key, locale=swedish).exists()


def test_a_member_translates_their_own_event_into_a_draft(member_client, network):
    event = make("event", network["own"])
    swedish = Locale.objects.get(language_code="sv")
    response = member_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["listings", "event", event.pk]),
        {"locales": [swedish.pk]},
    )
    assert response.status_code == 302
    translation = Event.objects.get(translation_key=event.translation_key, locale=swedish)
    assert not translation.live


def test_a_member_cannot_sync_another_organisations_translations(member_client, network):
    from wagtail_localize.models import TranslationSource

    event = make("event", network["other"])
    source, _created = TranslationSource.get_or_create_from_instance(event)
    response = member_client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert refused(response)


# -- the organisation viewset -----------------------------------------------------------


def organisation_urls(organisation):
    pk = organisation.pk
    organisation.save_revision()
    revision = organisation.latest_revision
    return {
        "edit": url("organisation", "edit", pk),
        "delete": url("organisation", "delete", pk),
        "usage": url("organisation", "usage", pk),
        "history": url("organisation", "history", pk),
        "history_results": url("organisation", "history_results", pk),
        "preview_on_edit": url("organisation", "preview_on_edit", pk),
        "revisions_view": url("organisation", "revisions_view", pk, revision.pk),
        "revisions_revert": url("organisation", "revisions_revert", pk, revision.pk),
        "revisions_compare": reverse(
            "wagtailsnippets_organisations_organisation:revisions_compare", args=[pk, "earliest", "latest"]
        ),
        "revisions_unschedule": url("organisation", "revisions_unschedule", pk, revision.pk),
        "unpublish": url("organisation", "unpublish", pk),
        "lock": url("organisation", "lock", pk),
        "unlock": url("organisation", "unlock", pk),
        "workflow_history": url("organisation", "workflow_history", pk),
        "confirm_workflow_cancellation": url("organisation", "confirm_workflow_cancellation", pk),
    }


ORGANISATION_URL_NAMES = [
    "edit",
    "delete",
    "usage",
    "history",
    "history_results",
    "preview_on_edit",
    "revisions_view",
    "revisions_revert",
    "revisions_compare",
    "revisions_unschedule",
    "unpublish",
    "lock",
    "unlock",
    "workflow_history",
    "confirm_workflow_cancellation",
]


@pytest.mark.parametrize("name", ORGANISATION_URL_NAMES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_member_is_refused_every_url_of_another_organisation(member_client, network, name, method):
    other = network["other"]
    response = getattr(member_client, method)(organisation_urls(other)[name])
    assert refused(response), (name, method, response.status_code, response.get("Location"))
    other.refresh_from_db()
    assert other.live
    assert Organisation.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize("name", ["edit", "usage", "history", "preview_on_edit", "workflow_history"])
def test_a_member_opens_their_own_organisation(member_client, network, name):
    response = member_client.get(organisation_urls(network["own"])[name])
    assert response.status_code == 200, (name, response.status_code, response.get("Location"))


def test_a_member_cannot_delete_even_their_own_organisation(member_client, network):
    own = network["own"]
    response = member_client.post(url("organisation", "delete", own.pk))
    assert refused(response)
    assert Organisation.objects.filter(pk=own.pk).exists()


# -- all nine types ------------------------------------------------------------------------


@pytest.mark.parametrize("model_name", list(FACTORIES))
@pytest.mark.parametrize("view", ["edit", "delete", "history", "copy"])
def test_every_type_refuses_another_organisations_listing_and_opens_ones_own(member_client, network, model_name, view):
    theirs = make(model_name, network["other"])
    mine = make(model_name, network["own"])
    assert refused(member_client.get(url(model_name, view, theirs.pk)))
    assert member_client.get(url(model_name, view, mine.pk)).status_code == 200


@pytest.mark.parametrize("model_name", list(FACTORIES))
def test_every_index_shows_only_ones_own_listings(member_client, network, model_name):
    theirs = make(model_name, network["other"], title="Vieras otsikko")
    mine = make(model_name, network["own"], title="Oma otsikko")
    body = member_client.get(url(model_name, "list")).content.decode()
    assert mine.title in body
    assert theirs.title not in body
    results = member_client.get(url(model_name, "list_results") + "?q=otsikko").content.decode()
    assert mine.title in results
    assert theirs.title not in results


def test_the_organisation_index_and_chooser_show_only_ones_own(member_client, network):
    body = member_client.get(url("organisation", "list")).content.decode()
    assert "Oma Yhdistys ry" in body
    assert "Toinen Yhdistys ry" not in body
    chooser = member_client.get(reverse("wagtailsnippetchoosers_organisations_organisation:choose")).content.decode()
    assert "Oma Yhdistys ry" in chooser
    assert "Toinen Yhdistys ry" not in chooser
    results = member_client.get(
        reverse("wagtailsnippetchoosers_organisations_organisation:choose_results") + "?q=yhdistys"
    ).content.decode()
    assert "Oma Yhdistys ry" in results
    assert "Toinen Yhdistys ry" not in results
    chosen = member_client.get(
        reverse("wagtailsnippetchoosers_organisations_organisation:chosen", args=[network["other"].pk])
    )
    assert not_found(chosen)


def test_the_organisation_filter_offers_only_ones_own(member_client, network):
    body = member_client.get(url("event", "list")).content.decode()
    assert "Toinen Yhdistys ry" not in body


def test_a_member_cannot_attach_a_listing_to_another_organisation(member_client, network):
    event = make("event", network["own"])
    data = edit_post_data(event, network["member"], organisation=str(network["other"].pk))
    response = member_client.post(url("event", "edit", event.pk), data)
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().organisation == network["own"]


def test_the_list_export_contains_only_visible_rows(member_client, network):
    make("event", network["own"], title="Oma tapahtuma")
    make("event", network["other"], title="Vieras tapahtuma")
    response = member_client.get(url("event", "list") + "?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    titles = [row[1] for row in rows[1:]]
    assert titles == ["Oma tapahtuma"]
    assert response["Content-Disposition"].startswith(f'attachment; filename="{fi("events")}')


def test_a_superuser_sees_everything(client, network):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    make("event", network["own"], title="Oma tapahtuma")
    make("event", network["other"], title="Vieras tapahtuma")
    body = client.get(url("event", "list")).content.decode()
    assert "Oma tapahtuma" in body and "Vieras tapahtuma" in body


def test_every_listing_type_is_in_the_listings_menu(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    body = response.content.decode()
    for model in (*LISTING_MODELS, Organisation, Membership):
        assert reverse(model.snippet_viewset.get_url_name("list")) in body


# -- previews -----------------------------------------------------------------------------


@pytest.mark.parametrize("model_name", ["event", "organisation"])
def test_a_member_previews_their_own_draft_with_the_public_template(member_client, network, model_name):
    obj = network["own"] if model_name == "organisation" else make("event", network["own"])
    data = edit_post_data(obj, network["member"])
    title_field = "name" if model_name == "organisation" else "title"
    data[title_field] = "Esikatseltava luonnos"
    preview_url = url(model_name, "preview_on_edit", obj.pk)
    response = member_client.post(preview_url, data)
    assert response.json()["is_valid"] is True
    response = member_client.get(preview_url)
    assert response.status_code == 200
    assert "Esikatseltava luonnos" in response.content.decode()
    assert f"listings/{model_name}_detail.html" in [template.name for template in response.templates]
