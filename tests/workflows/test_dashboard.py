"""The coordinator's dashboard panel and the daily digest."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import WorkflowState

from listings.factories import EventFactory
from organisations.factories import OrganisationFactory
from workflows.factories import CoordinatorPreferenceFactory, ListingFlagFactory, SubmissionFactory
from workflows.models import CoordinatorPreference

from ..i18n import fi

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(lapland, north_karelia, rovaniemi, joensuu):
    """Two Lapland submissions (the older one first), one in North Karelia, organisations and flags."""
    older = SubmissionFactory(kind="news", municipality=rovaniemi, site_region=lapland, title="Vanhempi uutinen")
    newer = SubmissionFactory(kind="event", municipality=rovaniemi, site_region=lapland, title="Uudempi tapahtuma")
    WorkflowState.objects.filter(object_id=str(older.object_id), content_type=older.content_type).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )
    SubmissionFactory(kind="news", municipality=joensuu, site_region=north_karelia, title="Karjalan uutinen")
    OrganisationFactory(name="Lapin uusi yhdistys", draft=True)
    OrganisationFactory(name="Karjalan uusi yhdistys", municipality_code="167", draft=True)
    ListingFlagFactory(listing=EventFactory(title="Raportoitu Lapissa"))
    karelia = OrganisationFactory(name="Karjalan kerho", municipality_code="167")
    ListingFlagFactory(listing=EventFactory(title="Raportoitu Karjalassa", organisation=karelia))
    return older, newer


def test_the_panel_shows_my_regions_queue_oldest_first(client, queue, lapland_coordinator):
    client.force_login(lapland_coordinator)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert escape(fi("My region")) in html
    assert html.index("Vanhempi uutinen") < html.index("Uudempi tapahtuma")
    older, _newer = queue
    # The panel shows the local (Helsinki) date, which differs from UTC's for two or three hours a night.
    waiting_since = timezone.localdate(timezone.now() - datetime.timedelta(days=3))
    assert f'<time datetime="{waiting_since.isoformat()}' in html
    assert "Lapin uusi yhdistys" in html
    assert "Raportoitu Lapissa" in html
    for other in ("Karjalan uutinen", "Karjalan uusi yhdistys", "Raportoitu Karjalassa"):
        assert other not in html


def test_the_panel_links_each_item_to_its_edit_view(client, queue, lapland_coordinator):
    from workflows.dashboard import coordinator_overview

    overview = coordinator_overview(lapland_coordinator)
    assert [item.title for item in overview["awaiting"]] == ["Vanhempi uutinen", "Uudempi tapahtuma"]
    assert [item.title for item in overview["flags"]] == ["Raportoitu Lapissa"]
    for item in overview["flags"]:
        assert item.edit_url.startswith("/admin/flags/edit/")


def test_national_coordinators_see_every_region(client, queue, national_coordinator):
    client.force_login(national_coordinator)
    html = client.get("/admin/").content.decode()
    assert "Karjalan uutinen" in html and "Vanhempi uutinen" in html


def test_people_who_coordinate_nothing_get_no_panel(client, queue):
    from accounts.factories import SuperuserFactory, UserFactory
    from workflows.dashboard import coordinator_overview

    assert coordinator_overview(UserFactory(email="member@example.org")) is None
    assert coordinator_overview(SuperuserFactory(email="root@example.org")) is not None


def test_the_digest_preference_is_in_the_account_settings(client, lapland_coordinator):
    client.force_login(lapland_coordinator)
    page = client.get("/admin/account/")
    assert "coordinator_digest-digest" in page.content.decode()
    data = {
        "name_email-first_name": lapland_coordinator.first_name,
        "name_email-last_name": lapland_coordinator.last_name,
        "name_email-email": lapland_coordinator.email,
        "locale-preferred_language": "fi",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
        "coordinator_digest-digest": "on",
    }
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.context and [
        (panel.name, panel.get_form().errors) for panel in response.context.get("panels_by_tab", {}).values()
    ]
    assert CoordinatorPreference.objects.get(user=lapland_coordinator).digest is True


def test_send_digests_mails_digest_users_their_regions_items(
    queue, mailoutbox, lapland_coordinator, karelia_coordinator, national_coordinator
):
    CoordinatorPreferenceFactory(user=lapland_coordinator, digest=True)
    CoordinatorPreferenceFactory(user=karelia_coordinator, digest=False)
    call_command("send_digests")
    (mail,) = mailoutbox
    assert mail.to == [lapland_coordinator.email]
    assert mail.body.index("Vanhempi uutinen") < mail.body.index("Uudempi tapahtuma")
    assert "Raportoitu Lapissa" in mail.body and "Lapin uusi yhdistys" in mail.body
    assert "Karjalan" not in mail.body
    assert "http://testserver/admin/" in mail.body
    assert CoordinatorPreference.objects.get(user=lapland_coordinator).last_digest_at is not None


def test_an_empty_digest_is_not_sent(lapland, mailoutbox, lapland_coordinator):
    CoordinatorPreferenceFactory(user=lapland_coordinator, digest=True)
    call_command("send_digests")
    assert mailoutbox == []
