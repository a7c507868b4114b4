import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from listings.factories import (
    ActivityFactory,
    EventFactory,
    JobFactory,
    ListingImageFactory,
    NewsItemFactory,
    ProjectFactory,
    SpaceFactory,
    StaffMemberFactory,
    StoryFactory,
    VolunteerTaskFactory,
)
from listings.models import Event, EventDate, NewsItem, Story
from organisations.factories import OrganisationFactory
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

    def test_builtin_registration_has_places_or_no_limit(self):
        errors = self._errors(registration=Event.Registration.BUILTIN, capacity=0)
        assert errors["capacity"] == ["Give at least one place, or leave the field empty for no limit."]
        unlimited = EventFactory.build(registration=Event.Registration.BUILTIN, capacity=None)
        unlimited.full_clean(exclude=["organisation", "original_locale", "locale", "translation_key"])

    def test_a_further_date_must_end_after_it_starts(self):
        event = EventFactory.build()
        start = event.starts_at + datetime.timedelta(days=7)
        event.extra_dates = [EventDate(starts_at=start, ends_at=start - datetime.timedelta(hours=1))]
        errors = self._errors_of(event)
        assert errors["ends_at"] == [
            f"Each further date must end after it starts ({timezone.localtime(start):%d.%m.%Y %H:%M})."
        ]

    def _errors_of(self, event):
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        return error.value.message_dict

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
