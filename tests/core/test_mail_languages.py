"""Every mail the service sends reads as Finnish or Swedish, with no English sentence left in it.

Each mail is rendered from its templates in English, Finnish and Swedish
with realistic data (Finnish names and titles of one or two words, so that
they cannot look like English sentences). A line of the Finnish or Swedish
rendering is English when it is made of common English words, or when it
is the English rendering's line word for word.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts.factories import SuperuserFactory, UserFactory
from listings.factories import EventFactory
from listings.models import Event
from organisations.models import Invitation, Membership, MembershipRequest, Organisation
from registrations.models import Registration
from workflows.dashboard import Item
from workflows.records import ListingFlag, Submission

pytestmark = pytest.mark.django_db

#: Words that mark a line as English; none of them is a Finnish or Swedish word.
ENGLISH_WORDS = frozenset(
    {
        *("the", "you", "your", "has", "have", "been", "this", "here", "please", "to", "of", "and", "is", "was"),
        *("for", "with", "can", "if", "account", "email", "password", "thank", "thanks", "hello", "from", "it"),
        *("we", "are", "our", "not", "would", "will", "that", "which", "should"),
    }
)
URL = re.compile(r"\S+://\S+|\S+@\S+|/\S*")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
WORD = re.compile(r"[^\W\d_]+")


def words(line):
    return WORD.findall(QUOTED.sub(" ", URL.sub(" ", line)).lower())


def english_lines(text, english=""):
    """The lines of `text` that are English: two common English words, or the English rendering's own line."""
    english_versions = {" ".join(words(line)) for line in english.splitlines() if len(words(line)) >= 3}
    found = []
    for line in text.splitlines():
        line_words = words(line)
        common = [word for word in line_words if word in ENGLISH_WORDS]
        copied = len(line_words) >= 3 and " ".join(line_words) in english_versions
        if len(common) >= 2 or copied:
            found.append(line)
    return found


def render(templates, context, language):
    with translation.override(language):
        return "\n".join(render_to_string(template, context) for template in templates)


def assert_no_english(name, templates, context):
    english = render(templates, context, "en")
    # The check sees English where there is some: the English rendering fails it.
    assert english_lines(english), f"{name}: the English rendering should read as English"
    for language in ("fi", "sv"):
        text = render(templates, context, language)
        assert not english_lines(text, english), f"{name} in {language}:\n{text}"


def test_the_detector_finds_an_english_sentence_in_finnish_text():
    assert english_lines("Hei Kaisa,\n\nYou can edit the event here:\nTerveisin") == ["You can edit the event here:"]
    assert english_lines("Voit muokata tapahtumaa täällä:") == []
    assert english_lines("Hei Kaisa,\nTervetuloa mukaan kaikki", "Hello Kaisa,\nTervetuloa mukaan kaikki")


# -- Wagtail's moderation mails ------------------------------------------------------------

NOTIFICATIONS = [
    "workflow_state_submitted",
    "task_state_submitted",
    "workflow_state_approved",
    "task_state_approved",
    "workflow_state_rejected",
    "task_state_rejected",
]


@pytest.fixture
def moderation(lapland):
    reviewer = SuperuserFactory(email="tarkastaja@example.org", first_name="Tiina", last_name="Tarkastaja")
    requester = UserFactory(email="kirjoittaja@example.org", first_name="Kalle", last_name="Kirjoittaja")
    event = EventFactory(title="Joulukonsertti", with_revision=True)
    workflow = SimpleNamespace(name="Lappilaiset")
    task = SimpleNamespace(name="Koordinaattorit", id=1)
    task_state = SimpleNamespace(finished_by=reviewer)
    base = {
        "workflow": workflow,
        "task": task,
        "task_state": task_state,
        "requested_by": requester,
        "comment": "Lisää paikka",
        "user": reviewer,
    }
    page = lapland.site.root_page.specific
    return {
        "snippet": {**base, "object": event, "model_name": Event._meta.verbose_name},
        "page": {**base, "object": page, "page": page, "model_name": type(page)._meta.verbose_name},
        "anonymous": {**base, "object": event, "model_name": Event._meta.verbose_name, "requested_by": None},
    }


@pytest.mark.parametrize("notification", NOTIFICATIONS)
@pytest.mark.parametrize("subject", ["snippet", "page", "anonymous"])
def test_wagtails_moderation_mails_are_in_finnish_and_swedish(moderation, notification, subject):
    prefix = f"wagtailadmin/notifications/{notification}"
    assert_no_english(f"{notification} ({subject})", [f"{prefix}_subject.txt", f"{prefix}.txt"], moderation[subject])


def test_wagtails_comment_mail_is_in_finnish_and_swedish(moderation):
    context = {
        "page": moderation["page"]["page"],
        "editor": moderation["snippet"]["requested_by"],
        "user": moderation["snippet"]["user"],
        "new_comments": [SimpleNamespace(text="Lisää kuva")],
        "resolved_comments": [SimpleNamespace(text="Korjaa otsikko")],
        "deleted_comments": [SimpleNamespace(text="Turha huomio")],
        "replied_comments": [
            {"comment": SimpleNamespace(text="Lisää kuva"), "replies": [SimpleNamespace(text="Lisätty")]}
        ],
    }
    prefix = "wagtailadmin/notifications/updated_comments"
    assert_no_english("updated_comments", [f"{prefix}_subject.txt", f"{prefix}.txt"], context)


def test_the_moderation_mail_names_the_kind_without_inflecting_it(moderation):
    text = render(["wagtailadmin/notifications/task_state_submitted.txt"], moderation["snippet"], "fi")
    assert "”Joulukonsertti” (tapahtuma)" in text
    assert "Muokkaa sitä täällä:" in text
    assert "Voit muokata tapahtuma" not in text
    assert "/admin/snippets/listings/event/edit/" in text


# -- allauth's mails ------------------------------------------------------------------------

ALLAUTH_MAILS = [
    "email_confirmation",
    "email_confirmation_signup",
    "password_reset_key",
    "account_already_exists",
    "unknown_account",
]


@pytest.mark.parametrize("prefix", ALLAUTH_MAILS)
@pytest.mark.parametrize("with_code", [False, True])
def test_account_mails_are_in_finnish_and_swedish(lapland, prefix, with_code):
    user = UserFactory(email="kaisa@example.org")
    context = {
        "current_site": SimpleNamespace(name="Lappilaiset", domain="lappilaiset.localhost"),
        "user": user,
        "email": "kaisa@example.org",
        "activate_url": "http://lappilaiset.localhost/fi/tili/vahvista/abc/",
        "code": "ABC123" if with_code else "",
        "password_reset_url": "http://lappilaiset.localhost/fi/tili/salasana/abc/",
        "signup_url": "http://lappilaiset.localhost/fi/tili/rekisteroidy/",
    }
    templates = [f"account/email/{prefix}_subject.txt", f"account/email/{prefix}_message.txt"]
    assert_no_english(prefix, templates, context)


def test_the_account_mail_greets_naturally(lapland):
    context = {"current_site": SimpleNamespace(name="Lappilaiset", domain="lappilaiset.localhost"), "user": None}
    text = render(["account/email/email_confirmation_message.txt"], context, "fi")
    assert "Terve palvelusta" not in text
    assert text.startswith("Hei!")
    assert "Terveisin\nLappilaiset" in text


def test_allauths_change_notifications_stay_off():
    """Their templates (account/email/*_changed_*) are not written for the service; turning them on needs them."""
    assert not getattr(settings, "ACCOUNT_EMAIL_NOTIFICATIONS", False)
    assert not getattr(settings, "ACCOUNT_LOGIN_BY_CODE_ENABLED", False)
    assert not getattr(settings, "ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED", False)


# -- ours -------------------------------------------------------------------------------------


@pytest.fixture
def ours(lapland):
    organisation = Organisation(name="Kyläyhdistys", slug="kylayhdistys")
    event = Event(title="Joulukonsertti", place_name="Kylätalo", address="Kylätie 1", organisation=organisation)
    starts = timezone.make_aware(datetime.datetime(2030, 12, 12, 18, 0))
    registration = Registration(
        name="Kaisa Kyläläinen",
        email="kaisa@example.org",
        phone="040 123",
        places=2,
        message="Tulen mielelläni",
        status=Registration.Status.CONFIRMED,
    )
    user = UserFactory(email="kaisa@example.org")
    item = Item(title="Joulukonsertti", kind=str(Event._meta.verbose_name), since=timezone.now(), edit_url="/admin/")
    return {
        "registration": registration,
        "listing": event,
        "is_event": True,
        "dates": [SimpleNamespace(starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))],
        "listing_url": "http://lappilaiset.localhost/fi/tapahtumat/1-joulukonsertti/",
        "cancel_url": "http://lappilaiset.localhost/fi/peru/abc/",
        "subject": "Tervetuloa",
        "body": "Tervetuloa kaikki",
        "invitation": Invitation(organisation=organisation, email="kaisa@example.org", role=Membership.Role.EDITOR),
        "request": MembershipRequest(organisation=organisation, user=user, message="Haluan mukaan"),
        "url": "http://lappilaiset.localhost/fi/",
        "flag": ListingFlag(
            listing_title="Joulukonsertti",
            reason="outdated",
            message="Peruttu tapahtuma",
            reporter_email="lukija@example.org",
            region=lapland,
        ),
        "submission": Submission(submitter_name="Kaisa", title="Joulukonsertti", rejection_reason="Puuttuva paikka"),
        "region": lapland,
        "user": user,
        "admin_url": "http://testserver/admin/",
        "awaiting": [item],
        "organisations": [item],
        "flags": [item],
        "organisation": organisation,
        "expiring": [
            {
                "title": "Joulukonsertti",
                "deadline": starts,
                "edit_url": "http://testserver/admin/snippets/listings/event/edit/1/",
                "url": "http://lappilaiset.localhost/fi/tapahtumat/1-joulukonsertti/",
            }
        ],
        "quiet_since": starts - datetime.timedelta(days=200),
        "setting_url": "http://lappilaiset.localhost/fi/tili/#muistutukset",
    }


OUR_MAILS = [
    "registrations/email/confirmed",
    "registrations/email/waiting",
    "registrations/email/promoted",
    "registrations/email/cancelled",
    "registrations/email/interest_received",
    "registrations/email/organiser_notice",
    "registrations/email/organiser_message",
    "organisations/email/invitation",
    "organisations/email/join_request",
    "organisations/email/join_approved",
    "organisations/email/join_declined",
    "workflows/email/flag",
    "workflows/email/digest",
    "workflows/email/submission_approved",
    "workflows/email/submission_rejected",
    "listings/email/freshness_reminder",
]


def test_every_mail_template_is_in_the_lists():
    templates = settings.BASE_DIR / "templates"
    found = {
        str(path.relative_to(templates))[: -len(".txt")]
        for path in templates.glob("*/email/*.txt")
        if path.parent.parent.name != "account"
        and not path.name.startswith("_")
        and not path.name.endswith("_subject.txt")
    }
    assert found == set(OUR_MAILS)
    account = {path.name[: -len("_message.txt")] for path in templates.glob("account/email/*_message.txt")}
    assert account - {"base"} <= set(ALLAUTH_MAILS)


@pytest.mark.parametrize("prefix", OUR_MAILS)
def test_our_mails_are_in_finnish_and_swedish(ours, prefix):
    assert_no_english(prefix, [f"{prefix}_subject.txt", f"{prefix}.txt"], ours)


@pytest.mark.parametrize("is_interest", [False, True])
def test_the_sign_up_mails_for_interest_are_in_finnish_and_swedish(ours, is_interest):
    ours["registration"].kind = Registration.Kind.INTEREST if is_interest else Registration.Kind.REGISTRATION
    ours["is_event"] = not is_interest
    for prefix in ("registrations/email/interest_received", "registrations/email/organiser_notice"):
        assert_no_english(prefix, [f"{prefix}_subject.txt", f"{prefix}.txt"], ours)
