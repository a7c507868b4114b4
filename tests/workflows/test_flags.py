"""Readers' flags on listings: the form on every detail page, the coordinators' queue and the unpublish action."""

import pytest
from django.template import engines
from django.test import RequestFactory

from accounts.factories import SuperuserFactory
from listings.factories import EventFactory, NewsItemFactory
from organisations.factories import OrganisationFactory
from workflows.factories import CoordinatorPreferenceFactory, ListingFlagFactory
from workflows.models import ListingFlag

from .helpers import HOSTS

pytestmark = pytest.mark.django_db

HOST = HOSTS["lappilaiset"]


@pytest.fixture
def lapland_event(lapland):
    return EventFactory(title="Lapin tapahtuma")


@pytest.fixture
def karelia_event(north_karelia):
    organisation = OrganisationFactory(name="Karjalan kerho", municipality_code="167")
    return EventFactory(title="Karjalan tapahtuma", organisation=organisation)


def flag_data(**overrides):
    from core.spam import new_token

    return {
        "reason": "outdated",
        "message": "Tapahtuma on peruttu.",
        "reporter_email": "",
        "homepage": "",
        "started": new_token(),
        **overrides,
    }


def test_the_flag_link_include_builds_the_address_in_the_readers_language(rf, lapland, lapland_event):
    from django.utils import translation

    template = engines["django"].from_string('{% include "workflows/flag_link.html" with listing=listing %}')
    request = RequestFactory().get("/", HTTP_HOST=HOST)
    with translation.override("sv"):
        html = template.render({"listing": lapland_event, "request": request})
    assert f'href="/sv/anmal/olamplig/evenemang/{lapland_event.pk}/"' in html


def test_a_flag_reaches_the_coordinators_of_the_owning_region(
    client,
    django_capture_on_commit_callbacks,
    mailoutbox,
    lapland,
    lapland_event,
    lapland_coordinator,
    karelia_coordinator,
):
    path = f"/fi/ilmoita/asiaton/tapahtumat/{lapland_event.pk}/"
    page = client.get(path, HTTP_HOST=HOST)
    assert page.status_code == 200
    assert "Lapin tapahtuma" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, flag_data(reporter_email="lukija@example.org"), HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/ilmoita/asiaton/kiitos/"
    assert client.get(response["Location"], HTTP_HOST=HOST).status_code == 200
    flag = ListingFlag.objects.get()
    assert (flag.listing, flag.region, flag.reason, flag.status) == (lapland_event, lapland, "outdated", "open")
    assert flag.reporter_email == "lukija@example.org"
    recipients = [mail.to for mail in mailoutbox]
    assert [lapland_coordinator.email] in recipients
    assert [karelia_coordinator.email] not in recipients
    (mail,) = [mail for mail in mailoutbox if mail.to == [lapland_coordinator.email]]
    assert f"/admin/flags/edit/{flag.pk}/" in mail.body


def test_coordinators_on_the_digest_get_no_mail_per_flag(
    client, django_capture_on_commit_callbacks, mailoutbox, lapland, lapland_event, lapland_coordinator
):
    CoordinatorPreferenceFactory(user=lapland_coordinator, digest=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fi/ilmoita/asiaton/tapahtumat/{lapland_event.pk}/", flag_data(), HTTP_HOST=HOST)
    assert ListingFlag.objects.count() == 1
    assert mailoutbox == []


def test_only_what_the_site_shows_can_be_flagged(client, lapland, north_karelia, karelia_event):
    draft = NewsItemFactory(title="Luonnos", draft=True)
    assert client.get(f"/fi/ilmoita/asiaton/ajankohtaista/{draft.pk}/", HTTP_HOST=HOST).status_code == 404
    assert client.get(f"/fi/ilmoita/asiaton/tapahtumat/{karelia_event.pk}/", HTTP_HOST=HOST).status_code == 404
    karelia_flag = f"/fi/ilmoita/asiaton/tapahtumat/{karelia_event.pk}/"
    assert client.get(karelia_flag, HTTP_HOST="jelli.localhost").status_code == 200
    assert client.get(f"/fi/ilmoita/asiaton/kayttajat/{karelia_event.pk}/", HTTP_HOST=HOST).status_code == 404
    assert client.get(f"/fi/ilmoita/olamplig/event/{karelia_event.pk}/", HTTP_HOST="jelli.localhost").status_code == 404


def test_flag_spam_defence(client, lapland, lapland_event):
    path = f"/fi/ilmoita/asiaton/tapahtumat/{lapland_event.pk}/"
    assert client.post(path, flag_data(homepage="x"), HTTP_HOST=HOST).status_code == 302
    assert not ListingFlag.objects.exists()
    statuses = [client.post(path, flag_data(), HTTP_HOST=HOST).status_code for _number in range(50)]
    assert 500 not in statuses
    assert statuses.count(302) == 4  # the honeypot post above counted too
    assert ListingFlag.objects.count() == 4
    limited = client.post(path, flag_data(message="Kirjoitettu viesti"), HTTP_HOST=HOST)
    assert limited.status_code == 429
    assert "Kirjoitettu viesti" in limited.content.decode()


def test_something_else_needs_a_message_and_the_form_keeps_the_choice(client, lapland, lapland_event):
    path = f"/fi/ilmoita/asiaton/tapahtumat/{lapland_event.pk}/"
    response = client.post(
        path, flag_data(reason="other", message="", reporter_email="lukija@example.org"), HTTP_HOST=HOST
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="other"' in html and "checked" in html
    assert 'value="lukija@example.org"' in html
    assert not ListingFlag.objects.exists()


def test_the_flag_queue_is_scoped_to_the_coordinators_region(
    client, lapland, north_karelia, lapland_event, karelia_event, lapland_coordinator, national_coordinator
):
    ours = ListingFlagFactory(listing=lapland_event)
    theirs = ListingFlagFactory(listing=karelia_event)
    client.force_login(lapland_coordinator)
    index = client.get("/admin/flags/")
    assert index.status_code == 200
    listed = list(index.context["object_list"])
    assert listed == [ours]
    assert client.get(f"/admin/flags/edit/{ours.pk}/").status_code == 200
    # A 404 in the admin is redirected to the language-prefixed path by LocaleMiddleware, where it is a 404 too.
    assert client.get(f"/admin/flags/edit/{theirs.pk}/", follow=True).status_code == 404
    assert client.post(f"/admin/flags/unpublish/{theirs.pk}/", follow=True).status_code == 404
    assert client.get("/admin/flags/add/", follow=True).status_code == 404
    karelia_event.refresh_from_db()
    assert karelia_event.live is True

    client.force_login(national_coordinator)
    assert set(client.get("/admin/flags/").context["object_list"]) == {ours, theirs}


def test_a_coordinator_resolves_a_flag(client, lapland, lapland_event, lapland_coordinator):
    flag = ListingFlagFactory(listing=lapland_event)
    client.force_login(lapland_coordinator)
    response = client.post(f"/admin/flags/edit/{flag.pk}/", {"status": "resolved"})
    assert response.status_code == 302
    flag.refresh_from_db()
    assert (flag.status, flag.resolved_by) == ("resolved", lapland_coordinator)
    assert flag.resolved_at is not None


def test_a_coordinator_unpublishes_a_flagged_listing(client, lapland, national, lapland_event, lapland_coordinator):
    flag = ListingFlagFactory(listing=lapland_event)
    client.force_login(lapland_coordinator)
    assert not lapland_coordinator.has_perm("listings.publish_event")
    confirm = client.get(f"/admin/flags/unpublish/{flag.pk}/")
    assert confirm.status_code == 200
    response = client.post(f"/admin/flags/unpublish/{flag.pk}/")
    assert response.status_code == 302
    lapland_event.refresh_from_db()
    assert lapland_event.live is False
    assert not type(lapland_event).objects.visible_on(national).filter(pk=lapland_event.pk).exists()
    flag.refresh_from_db()
    assert flag.status == "resolved"


def test_people_who_coordinate_nothing_have_no_flag_queue(client, lapland, lapland_event):
    from django.contrib.auth.models import Permission

    from accounts.factories import UserFactory

    editor = UserFactory(email="editor@example.org")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    flag = ListingFlagFactory(listing=lapland_event)
    assert client.get("/admin/flags/").status_code in (302, 403)
    assert client.get(f"/admin/flags/edit/{flag.pk}/", follow=True).status_code in (403, 404) or (
        "/admin/flags/edit/" not in client.get(f"/admin/flags/edit/{flag.pk}/")["Location"]
    )
    client.force_login(SuperuserFactory(email="root@example.org"))
    assert client.get(f"/admin/flags/edit/{flag.pk}/").status_code == 200


@pytest.mark.parametrize(
    "old, new",
    [
        ("/fi/ilmoita/raportoi/event/{pk}/", "/fi/ilmoita/asiaton/tapahtumat/{pk}/"),
        ("/sv/anmal/rapportera/event/{pk}/", "/sv/anmal/olamplig/evenemang/{pk}/"),
        ("/en/submit/report/event/{pk}/", "/en/submit/inappropriate/events/{pk}/"),
        ("/fi/ilmoita/asiaton/event/{pk}/", "/fi/ilmoita/asiaton/tapahtumat/{pk}/"),
        ("/sv/anmal/olamplig/event/{pk}/", "/sv/anmal/olamplig/evenemang/{pk}/"),
        ("/fi/ilmoita/raportoi/kiitos/", "/fi/ilmoita/asiaton/kiitos/"),
    ],
)
def test_the_old_flag_addresses_redirect_permanently_to_the_localized_ones(client, lapland, lapland_event, old, new):
    response = client.get(old.format(pk=lapland_event.pk), HTTP_HOST=HOST)
    assert response.status_code == 301
    assert response["Location"] == new.format(pk=lapland_event.pk)
    assert client.get(response["Location"], HTTP_HOST=HOST).status_code == 200
