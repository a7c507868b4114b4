"""Organisations and memberships: business IDs, slugs, the owning region and membership queries."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone, translation

from accounts.factories import UserFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.models import Invitation, Membership, Organisation
from organisations.validators import business_id_check_digit, normalise_business_id
from regions.models import Municipality

ROVANIEMI = "698"


@pytest.fixture(autouse=True)
def english():
    """Model validation runs outside a request; check its messages in the English source text."""
    with translation.override("en"):
        yield


def messages(error, field):
    return [str(message) for message in error.value.message_dict[field]]


def _municipality(code):
    return Municipality.objects.get(code=code)


class TestBusinessId:
    def test_valid_id_is_accepted(self):
        assert normalise_business_id("0112038-9") == "0112038-9"

    def test_check_digit_zero(self):
        digits = next(f"{n:07d}" for n in range(1000000, 1000100) if business_id_check_digit(f"{n:07d}") == 0)
        assert normalise_business_id(f"{digits}-0") == f"{digits}-0"

    def test_older_six_digit_form_is_padded(self):
        assert normalise_business_id("112038-9") == "0112038-9"

    def test_wrong_check_digit_is_refused(self):
        with pytest.raises(ValidationError) as error:
            normalise_business_id("0112038-8")
        assert "check digit" in str(error.value.messages[0])

    def test_remainder_one_has_no_valid_check_digit(self):
        digits = next(f"{n:07d}" for n in range(1000000, 1000100) if business_id_check_digit(f"{n:07d}") is None)
        for check in range(10):
            with pytest.raises(ValidationError):
                normalise_business_id(f"{digits}-{check}")

    @pytest.mark.parametrize("value", ["", "abc", "01120389", "0112038-", "12345678-9", "0112038–9x"])
    def test_malformed_ids_are_refused_with_the_expected_form(self, value):
        with pytest.raises(ValidationError) as error:
            normalise_business_id(value)
        assert "1234567-1" in error.value.messages[0]


@pytest.mark.django_db
class TestOrganisation:
    def test_model_validation_reports_a_bad_business_id_on_the_field(self):
        organisation = OrganisationFactory.build(business_id="0112038-8")
        with pytest.raises(ValidationError) as error:
            organisation.full_clean()
        assert "check digit" in messages(error, "business_id")[0]

    def test_clean_normalises_an_older_business_id(self):
        organisation = OrganisationFactory.build(business_id="112038-9")
        organisation.full_clean()
        assert organisation.business_id == "0112038-9"

    def test_business_id_is_unique_but_may_be_empty_for_many(self):
        OrganisationFactory(business_id="")
        OrganisationFactory(business_id="")
        OrganisationFactory(business_id="0112038-9")
        with pytest.raises(IntegrityError), transaction.atomic():
            OrganisationFactory(business_id="0112038-9")

    def test_slug_is_made_unique(self):
        first = Organisation.objects.create(name="Kylätalon Ystävät ry", home_municipality=_municipality(ROVANIEMI))
        second = Organisation.objects.create(name="Kylätalon Ystävät ry", home_municipality=_municipality(ROVANIEMI))
        assert first.slug == "kylatalon-ystavat-ry"
        assert second.slug == "kylatalon-ystavat-ry-2"

    def test_created_outside_the_admin_it_is_not_live(self):
        organisation = Organisation.objects.create(name="Uusi ryhmä", home_municipality=_municipality(ROVANIEMI))
        assert organisation.live is False

    def test_region_prefers_the_regional_service_covering_the_home_municipality(self, national, lapland):
        organisation = OrganisationFactory(municipality_code=ROVANIEMI)
        assert organisation.region == lapland
        assert organisation.get_workflow() == lapland.workflow

    def test_an_inactive_regional_workflow_gives_way_to_the_default_one(self, national, lapland):
        organisation = OrganisationFactory(municipality_code=ROVANIEMI)
        lapland.workflow.active = False
        lapland.workflow.save(update_fields=["active"])
        assert organisation.region == lapland
        assert organisation.get_workflow() != lapland.workflow

    def test_a_chosen_region_is_kept(self, national, lapland, north_karelia):
        organisation = OrganisationFactory(municipality_code=ROVANIEMI, region=north_karelia)
        assert organisation.region == north_karelia
        assert organisation.get_workflow() == north_karelia.workflow

    def test_region_falls_back_to_the_national_service(self, national, lapland):
        organisation = OrganisationFactory(municipality_code="091")
        assert organisation.region == national

    def test_for_user_returns_only_the_users_organisations(self):
        user = UserFactory()
        own = MembershipFactory(user=user).organisation
        admin_of = MembershipFactory(user=user, role=Membership.Role.ADMIN).organisation
        MembershipFactory()
        assert set(Organisation.objects.for_user(user)) == {own, admin_of}
        assert list(Organisation.objects.for_user(user, roles=[Membership.Role.ADMIN])) == [admin_of]
        assert own.role_of(user) == "editor"

    def test_for_user_is_empty_for_anonymous(self):
        OrganisationFactory()
        assert not Organisation.objects.for_user(AnonymousUser()).exists()

    def test_membership_is_unique(self):
        membership = MembershipFactory()
        with pytest.raises(IntegrityError), transaction.atomic():
            Membership.objects.create(user=membership.user, organisation=membership.organisation)

    def test_organisation_search(self):
        OrganisationFactory(name="Revontulikuoro ry")
        OrganisationFactory(name="Lähiluonnon Retkeilijät ry")
        assert [o.name for o in Organisation.objects.search("Revontulikuoro")] == ["Revontulikuoro ry"]


@pytest.mark.django_db
def test_older_business_id_is_stored_in_its_padded_form():
    organisation = OrganisationFactory(business_id="112038-9")
    assert organisation.business_id == "0112038-9"
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(business_id="0112038-9")


@pytest.mark.django_db
def test_the_tables_carry_the_apps_name():
    """Migration 0004 finished the move out of listings; test_migration shows that the rows come along."""
    tables = set(connection.introspection.table_names())
    moved = ("organisation", "membership", "membershiprequest", "invitation")
    assert {f"organisations_{name}" for name in moved} <= tables
    assert not {f"listings_{name}" for name in moved} & tables


@pytest.mark.django_db
def test_invitations_of_one_moment_are_listed_newest_first_too():
    organisation = OrganisationFactory()
    moment = timezone.now()
    first, second = (
        Invitation.objects.create(organisation=organisation, email=f"{n}@example.org") for n in ("eka", "toka")
    )
    # `created_at` is set on creation whatever is passed; one moment for both, as two quick invitations may share.
    Invitation.objects.filter(pk__in=[first.pk, second.pk]).update(created_at=moment)
    assert list(organisation.invitations.all()) == [second, first]
