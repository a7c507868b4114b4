"""Readers' reports: the form on every detail page, the coordinators' queue and the unpublish action."""

import pytest
from django.template import engines
from django.test import RequestFactory

from accounts.factories import SuperuserFactory
from listings.factories import EventFactory, NewsItemFactory
from organisations.factories import OrganisationFactory
from workflows.factories import CoordinatorPreferenceFactory, ReportFactory
from workflows.models import Report

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


def report_data(**overrides):
    from workflows.spam import new_token

    return {
        "reason": "outdated",
        "message": "Tapahtuma on peruttu.",
        "reporter_email": "",
        "homepage": "",
        "started": new_token(),
        **overrides,
    }


def test_the_report_link_include_builds_the_address_in_the_readers_language(rf, lapland, lapland_event):
    from django.utils import translation

    template = engines["django"].from_string('{% include "workflows/report_link.html" with listing=listing %}')
    request = RequestFactory().get("/", HTTP_HOST=HOST)
    with translation.override("sv"):
        html = template.render({"listing": lapland_event, "request": request})
    assert f'href="/sv/anmal/rapportera/event/{lapland_event.pk}/"' in html


def test_a_report_reaches_the_coordinators_of_the_owning_region(
    client,
    django_capture_on_commit_callbacks,
    mailoutbox,
    lapland,
    lapland_event,
    lapland_coordinator,
    karelia_coordinator,
):
    path = f"/fi/ilmoita/raportoi/event/{lapland_event.pk}/"
    page = client.get(path, HTTP_HOST=HOST)
    assert page.status_code == 200
    assert "Lapin tapahtuma" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path, report_data(reporter_email="lukija@example.org"), HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"] == "/fi/ilmoita/raportoi/kiitos/"
    assert client.get(response["Location"], HTTP_HOST=HOST).status_code == 200
    report = Report.objects.get()
    assert (report.listing, report.region, report.reason, report.status) == (lapland_event, lapland, "outdated", "open")
    assert report.reporter_email == "lukija@example.org"
    recipients = [mail.to for mail in mailoutbox]
    assert [lapland_coordinator.email] in recipients
    assert [karelia_coordinator.email] not in recipients
    (mail,) = [mail for mail in mailoutbox if mail.to == [lapland_coordinator.email]]
    assert f"/admin/reports/edit/{report.pk}/" in mail.body


def test_coordinators_on_the_digest_get_no_mail_per_report(
    client, django_capture_on_commit_callbacks, mailoutbox, lapland, lapland_event, lapland_coordinator
):
    CoordinatorPreferenceFactory(user=lapland_coordinator, digest=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fi/ilmoita/raportoi/event/{lapland_event.pk}/", report_data(), HTTP_HOST=HOST)
    assert Report.objects.count() == 1
    assert mailoutbox == []


def test_only_what_the_site_shows_can_be_reported(client, lapland, north_karelia, karelia_event):
    draft = NewsItemFactory(title="Luonnos", draft=True)
    assert client.get(f"/fi/ilmoita/raportoi/newsitem/{draft.pk}/", HTTP_HOST=HOST).status_code == 404
    assert client.get(f"/fi/ilmoita/raportoi/event/{karelia_event.pk}/", HTTP_HOST=HOST).status_code == 404
    assert client.get(f"/fi/ilmoita/raportoi/event/{karelia_event.pk}/", HTTP_HOST="jelli.localhost").status_code == 200
    assert client.get(f"/fi/ilmoita/raportoi/user/{karelia_event.pk}/", HTTP_HOST=HOST).status_code == 404
    assert (
        client.get(f"/fi/ilmoita/rapportera/event/{karelia_event.pk}/", HTTP_HOST="jelli.localhost").status_code == 404
    )


def test_report_spam_defence(client, lapland, lapland_event):
    path = f"/fi/ilmoita/raportoi/event/{lapland_event.pk}/"
    assert client.post(path, report_data(homepage="x"), HTTP_HOST=HOST).status_code == 302
    assert not Report.objects.exists()
    statuses = [client.post(path, report_data(), HTTP_HOST=HOST).status_code for _number in range(50)]
    assert 500 not in statuses
    assert statuses.count(302) == 4  # the honeypot post above counted too
    assert Report.objects.count() == 4
    limited = client.post(path, report_data(message="Kirjoitettu viesti"), HTTP_HOST=HOST)
    assert limited.status_code == 429
    assert "Kirjoitettu viesti" in limited.content.decode()


def test_something_else_needs_a_message_and_the_form_keeps_the_choice(client, lapland, lapland_event):
    path = f"/fi/ilmoita/raportoi/event/{lapland_event.pk}/"
    response = client.post(
        path, report_data(reason="other", message="", reporter_email="lukija@example.org"), HTTP_HOST=HOST
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="other"' in html and "checked" in html
    assert 'value="lukija@example.org"' in html
    assert not Report.objects.exists()


def test_the_report_queue_is_scoped_to_the_coordinators_region(
    client, lapland, north_karelia, lapland_event, karelia_event, lapland_coordinator, national_coordinator
):
    ours = ReportFactory(listing=lapland_event)
    theirs = ReportFactory(listing=karelia_event)
    client.force_login(lapland_coordinator)
    index = client.get("/admin/reports/")
    assert index.status_code == 200
    listed = list(index.context["object_list"])
    assert listed == [ours]
    assert client.get(f"/admin/reports/edit/{ours.pk}/").status_code == 200
    # A 404 in the admin is redirected to the language-prefixed path by LocaleMiddleware, where it is a 404 too.
    assert client.get(f"/admin/reports/edit/{theirs.pk}/", follow=True).status_code == 404
    assert client.post(f"/admin/reports/unpublish/{theirs.pk}/", follow=True).status_code == 404
    assert client.get("/admin/reports/add/", follow=True).status_code == 404
    karelia_event.refresh_from_db()
    assert karelia_event.live is True

    client.force_login(national_coordinator)
    assert set(client.get("/admin/reports/").context["object_list"]) == {ours, theirs}


def test_a_coordinator_resolves_a_report(client, lapland, lapland_event, lapland_coordinator):
    report = ReportFactory(listing=lapland_event)
    client.force_login(lapland_coordinator)
    response = client.post(f"/admin/reports/edit/{report.pk}/", {"status": "resolved"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.resolved_by) == ("resolved", lapland_coordinator)
    assert report.resolved_at is not None


def test_a_coordinator_unpublishes_a_reported_listing(client, lapland, national, lapland_event, lapland_coordinator):
    report = ReportFactory(listing=lapland_event)
    client.force_login(lapland_coordinator)
    assert not lapland_coordinator.has_perm("listings.publish_event")
    confirm = client.get(f"/admin/reports/unpublish/{report.pk}/")
    assert confirm.status_code == 200
    response = client.post(f"/admin/reports/unpublish/{report.pk}/")
    assert response.status_code == 302
    lapland_event.refresh_from_db()
    assert lapland_event.live is False
    assert not type(lapland_event).objects.visible_on(national).filter(pk=lapland_event.pk).exists()
    report.refresh_from_db()
    assert report.status == "resolved"


def test_people_who_coordinate_nothing_have_no_report_queue(client, lapland, lapland_event):
    from django.contrib.auth.models import Permission

    from accounts.factories import UserFactory

    editor = UserFactory(email="editor@example.org")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    report = ReportFactory(listing=lapland_event)
    assert client.get("/admin/reports/").status_code in (302, 403)
    assert client.get(f"/admin/reports/edit/{report.pk}/", follow=True).status_code in (403, 404) or (
        "/admin/reports/edit/" not in client.get(f"/admin/reports/edit/{report.pk}/")["Location"]
    )
    client.force_login(SuperuserFactory(email="root@example.org"))
    assert client.get(f"/admin/reports/edit/{report.pk}/").status_code == 200
