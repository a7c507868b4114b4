"""Signing up in a real browser: the form, the mail in the test mailbox, and cancelling through its link; and
every sign-up page passes axe-core in Finnish and Swedish."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"


@pytest.fixture
def events(settings, lapland):
    from listings.factories import VolunteerTaskFactory
    from organisations.factories import OrganisationFactory
    from registrations.factories import QUESTIONS, RegistrationFactory, signup_event

    # The browser fills the form faster than a person; the fill-time check has its own tests.
    settings.WORKFLOWS_MIN_FILL_SECONDS = 0
    organisation = OrganisationFactory(municipality_code="698")
    common = {"organisation": organisation, "municipality_codes": ["698"]}
    open_event = signup_event(**common, title="Lumikenkäretki", capacity=1, signup_questions=QUESTIONS)
    full = signup_event(**common, title="Ensiapukurssi", capacity=1)
    RegistrationFactory(listing=full)
    no_waiting = signup_event(**common, title="Saunailta", capacity=1, waiting_list=False)
    RegistrationFactory(listing=no_waiting)
    closed = signup_event(
        **common, title="Syyskokous", registration_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    task = VolunteerTaskFactory(**common, title="Retkiapulainen", takes_interest=True)
    return {"open": open_event, "full": full, "no_waiting": no_waiting, "closed": closed, "task": task}


def _path(listing, language):
    from listings.addresses import listing_url

    return listing_url(listing, listing.region.site if listing.region else None, language) or _fallback(listing)


def _fallback(listing):
    raise AssertionError(f"{listing} has no address")


def _signup_path(listing, language):
    with translation.override(language):
        return reverse("registrations:signup", args=[listing._meta.model_name, listing.pk])


def _local(url, site_url):
    """A link from a mail (on the site's production port) as the live server's address."""
    path = re.sub(r"^https?://[^/]+", "", url)
    return site_url(HOST, path)


def test_sign_up_read_the_mail_and_cancel_through_its_link(events, page, site_url, lapland):
    from registrations.models import Registration

    event = events["open"]
    page.goto(site_url(HOST, _path(event, "fi")))
    page.fill("#id_name", "Aino Osallistuja")
    page.fill("#id_email", "aino@example.org")
    page.check("input[name^=q_][value=yes]")
    page.check("#id_consent")
    page.click("#signup form.public-form button[type=submit]")
    page.wait_for_url("**/fi/ilmoittautuminen/valmis/**")
    assert "Olet ilmoittautunut!" in page.content()
    registration = Registration.objects.get(email="aino@example.org")
    assert registration.status == Registration.Status.CONFIRMED

    receipt = next(message for message in mail.outbox if message.to == ["aino@example.org"])
    cancel_url = re.search(r"https?://\S+/fi/ilmoittautuminen/peru/\S+", receipt.body).group(0)
    page.goto(_local(cancel_url, site_url))
    assert Registration.objects.get(pk=registration.pk).status == Registration.Status.CONFIRMED
    page.click("form.public-form button[type=submit]")
    page.wait_for_url("**/fi/ilmoittautuminen/valmis/**")
    assert "Ilmoittautumisesi peruttiin" in page.content()
    assert Registration.objects.get(pk=registration.pk).status == Registration.Status.CANCELLED


def test_the_sign_up_pages_pass_axe_in_finnish_and_swedish(events, page, site_url):
    from registrations.factories import RegistrationFactory
    from registrations.links import token_for

    confirmed = RegistrationFactory(listing=events["open"], language="fi")
    failures = []
    for language in ("fi", "sv"):
        with translation.override(language):
            token = token_for(confirmed)
            done = reverse("registrations:done", args=[token])
            cancel = reverse("registrations:cancel", args=[token])
        paths = {
            "sign-up (event page)": _path(events["open"], language),
            "sign-up (form page)": _signup_path(events["open"], language),
            "full: waiting list": _path(events["full"], language),
            "full": _path(events["no_waiting"], language),
            "closed": _path(events["closed"], language),
            "confirmation": done,
            "cancel": cancel,
            "interest": _path(events["task"], language),
            "interest (form page)": _signup_path(events["task"], language),
        }
        for name, path in paths.items():
            response = page.goto(site_url(HOST, path))
            assert response.status == 200, (name, path, response.status)
            violations = axe_violations(page)
            if violations:
                failures.append(f"{language} {name} {path}:\n{format_violations(violations)}")
        # A sign-up with errors comes back with them, and still passes.
        page.goto(site_url(HOST, _signup_path(events["open"], language)))
        page.click("form.public-form button[type=submit]")
        page.wait_for_load_state()
        violations = axe_violations(page)
        if violations:
            failures.append(f"{language} sign-up with errors:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)
