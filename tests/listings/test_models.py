import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from accounts.factories import UserFactory
from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    ListingImageFactory,
    MembershipFactory,
    NewsItemFactory,
    OrganisationFactory,
    ProjectFactory,
    SpaceFactory,
    StaffMemberFactory,
    StoryFactory,
    VolunteerTaskFactory,
)
from listings.models import Event, Membership, NewsItem, Organisation, Story
from listings.validators import business_id_check_digit, normalise_business_id
from regions.models import Municipality

ROVANIEMI = "698"
JOENSUU = "167"


@pytest.fixture(autouse=True)
def english():
    """Model validation runs outside a request; check its messages in the English source text."""
    with translation.override("en"):
        yield


def messages(error, field):
    return [str(message) for message in error.value.message_dict[field]]


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
        from django.contrib.auth.models import AnonymousUser

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


def _municipality(code):
    return Municipality.objects.get(code=code)


@pytest.mark.django_db
class TestListing:
    @pytest.mark.parametrize(
        "factory",
        [
            EventFactory,
            ActivityFactory,
            VolunteerTaskFactory,
            JobFactory,
            ProjectFactory,
            NewsItemFactory,
            SpaceFactory,
            StaffMemberFactory,
            StoryFactory,
        ],
    )
    def test_every_factory_makes_a_valid_live_listing(self, factory):
        listing = factory()
        listing.full_clean()
        assert listing.live
        assert listing.slug
        assert listing.original_locale == listing.locale
        assert factory(draft=True).live is False

    def test_with_revision_publishes_a_live_revision(self):
        event = EventFactory(with_revision=True)
        assert event.live_revision is not None
        draft = EventFactory(draft=True, with_revision=True)
        assert draft.latest_revision is not None and draft.live_revision is None

    def test_created_outside_the_admin_it_is_not_live(self):
        news = NewsItem.objects.create(title="Kyläjuhla", submitter_email="kirjoittaja@example.org")
        assert news.live is False

    def test_region_defaults_to_the_organisations_region(self, national, lapland, north_karelia):
        organisation = OrganisationFactory(municipality_code=JOENSUU)
        event = EventFactory(organisation=organisation, municipality_codes=[ROVANIEMI])
        assert event.region == north_karelia
        assert event.get_workflow() == north_karelia.workflow

    def test_region_defaults_to_the_first_municipalitys_region_without_an_organisation(self, national, lapland):
        story = StoryFactory(municipality_codes=[ROVANIEMI])
        assert story.region == lapland

    def test_preview_template_is_per_type(self):
        event = EventFactory()
        assert event.get_preview_template(None, "") == "listings/event_detail.html"
        assert event.get_preview_context(None, "")["listing"] == event

    def test_image_needs_a_description(self):
        image = ListingImageFactory(description="")
        event = EventFactory.build(image=image, image_alt="")
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        assert messages(error, "image_alt") == ["Describe the image for people who cannot see it."]

    def test_image_description_comes_from_the_image_when_it_has_one(self):
        event = EventFactory.build(image=ListingImageFactory(description="Kuoro laulaa lavalla."), image_alt="")
        event.full_clean()
        assert event.image_alt == "Kuoro laulaa lavalla."

    def test_visibility_period_must_end_after_it_starts(self):
        now = timezone.now()
        event = EventFactory.build(visible_from=now, visible_until=now - datetime.timedelta(days=1))
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        assert messages(error, "visible_until") == ["The end of the visibility period must be after its start."]

    def test_organisation_is_required_unless_sent_without_an_account(self):
        news = NewsItemFactory.build(organisation=None, submitter_email="")
        with pytest.raises(ValidationError) as error:
            news.full_clean()
        assert messages(error, "organisation") == ["Choose the organisation this belongs to."]
        NewsItemFactory.build(organisation=None, submitter_email="kaisa@example.org").full_clean()

    def test_a_story_needs_no_organisation(self):
        story = StoryFactory.build(organisation=None, submitter_email="")
        story.full_clean()
        assert isinstance(story, Story)


@pytest.mark.django_db
class TestEventValidation:
    def _errors(self, **fields):
        event = EventFactory.build(**fields)
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        return error.value.message_dict

    def test_end_must_be_after_start(self):
        start = timezone.now() + datetime.timedelta(days=3)
        errors = self._errors(starts_at=start, ends_at=start - datetime.timedelta(hours=1))
        assert errors["ends_at"] == ["The event must end after it starts."]

    def test_external_registration_needs_a_link(self):
        errors = self._errors(registration=Event.Registration.EXTERNAL, registration_url="")
        assert errors["registration_url"] == [
            "Give the link to the registration form, or choose another way of registering."
        ]

    def test_builtin_registration_needs_capacity(self):
        errors = self._errors(registration=Event.Registration.BUILTIN, capacity=None)
        assert errors["capacity"] == ["Give the number of places for registration on this site."]

    def test_registration_deadline_must_be_before_the_start(self):
        start = timezone.now() + datetime.timedelta(days=3)
        errors = self._errors(
            starts_at=start,
            registration=Event.Registration.BUILTIN,
            capacity=20,
            registration_deadline=start + datetime.timedelta(hours=1),
        )
        assert errors["registration_deadline"] == ["Registration must close before the event starts."]

    def test_no_registration_with_a_link_is_contradictory(self):
        errors = self._errors(registration=Event.Registration.NONE, registration_url="https://example.org/ilmo")
        assert "registration" in errors

    def test_free_event_has_no_price(self):
        errors = self._errors(is_free=True, price="10 €")
        assert errors["price"] == ["A free event has no price; leave the price empty."]

    def test_field_and_model_errors_are_reported_together(self):
        errors = self._errors(title="", registration=Event.Registration.EXTERNAL, registration_url="")
        assert "title" in errors and "registration_url" in errors

    def test_valid_builtin_registration(self):
        start = timezone.now() + datetime.timedelta(days=3)
        event = EventFactory.build(
            starts_at=start,
            registration=Event.Registration.BUILTIN,
            capacity=30,
            registration_deadline=start - datetime.timedelta(days=1),
        )
        try:
            event.full_clean()
        except ValidationError as error:
            errors = error.message_dict
        else:
            errors = {}
        assert errors == {}
        assert (event.registration, event.capacity) == (Event.Registration.BUILTIN, 30)


@pytest.mark.django_db
class TestOtherTypeValidation:
    def test_activity_season_must_end_after_it_starts(self):
        today = timezone.localdate()
        activity = ActivityFactory.build(season_start=today, season_end=today - datetime.timedelta(days=1))
        with pytest.raises(ValidationError) as error:
            activity.full_clean()
        assert messages(error, "season_end") == ["The season must end after it starts."]

    def test_project_must_end_after_it_starts(self):
        today = timezone.localdate()
        project = ProjectFactory.build(starts_on=today, ends_on=today - datetime.timedelta(days=1))
        with pytest.raises(ValidationError) as error:
            project.full_clean()
        assert messages(error, "ends_on") == ["The project must end after it starts."]

    @pytest.mark.parametrize("factory", [JobFactory, VolunteerTaskFactory])
    def test_deadline_must_fall_inside_the_visibility_period(self, factory):
        now = timezone.now()
        early = factory.build(visible_from=now, deadline=timezone.localdate(now) - datetime.timedelta(days=2))
        with pytest.raises(ValidationError) as error:
            early.full_clean()
        assert messages(error, "deadline") == ["The deadline cannot be before the listing becomes visible."]
        late = factory.build(
            visible_until=now + datetime.timedelta(days=5),
            deadline=timezone.localdate(now) + datetime.timedelta(days=30),
        )
        with pytest.raises(ValidationError) as error:
            late.full_clean()
        assert messages(error, "deadline") == ["The deadline cannot be after the listing stops being visible."]


@pytest.mark.django_db
def test_older_business_id_is_stored_in_its_padded_form():
    organisation = OrganisationFactory(business_id="112038-9")
    assert organisation.business_id == "0112038-9"
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(business_id="0112038-9")
