"""The organisation self-service pages pass axe-core in Finnish and Swedish."""

import pytest
from django.urls import reverse
from django.utils import translation

from .conftest import axe_violations, format_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOST = "lappilaiset.localhost"
PASSWORD = "Selain-salasana-2025"


def test_organisation_self_service_pages_pass_axe(national, lapland, page, site_url):
    from accounts.factories import UserFactory
    from organisations.factories import MembershipFactory, OrganisationFactory
    from organisations.models import Invitation, MembershipRequest

    person = UserFactory(email="jasen@example.org", password=PASSWORD)
    organisation = OrganisationFactory(name="Selaintestin yhdistys", municipality_code="698")
    MembershipFactory(user=person, organisation=organisation, role="admin")
    other = OrganisationFactory(name="Toinen yhdistys", municipality_code="698")
    MembershipRequest.objects.create(user=UserFactory(email="hakija@example.org"), organisation=organisation)
    invitation = Invitation.objects.create(organisation=other, email=person.email, invited_by=None)

    page.goto(site_url(HOST, "/fi/tili/kirjaudu/"))
    page.fill("#id_login", person.email)
    page.fill("#id_password", PASSWORD)
    page.locator("form.account-form button[type=submit]").click()
    page.wait_for_load_state()

    failures = []
    for language in ("fi", "sv"):
        with translation.override(language):
            paths = (
                reverse("organisations:my_organisations"),
                reverse("organisations:create_organisation"),
                reverse("organisations:join_organisation") + "?q=yhdistys",
                reverse("organisations:organisation_requests", args=[organisation.pk]),
                reverse("organisations:invite_member", args=[organisation.pk]),
                reverse("organisations:invitation", args=[invitation.token]),
            )
        for path in paths:
            url = site_url(HOST, path)
            response = page.goto(url)
            assert response.status == 200, f"{url} answered {response.status}"
            assert page.locator("html").get_attribute("lang") == language
            violations = axe_violations(page)
            if violations:
                failures.append(f"{url}:\n{format_violations(violations)}")

    # The creation form with errors: the error summary and field errors must pass too.
    page.goto(site_url(HOST, "/fi/tili/organisaatiot/uusi/"))
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    violations = axe_violations(page)
    if violations:
        failures.append(f"organisation form with errors:\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)
