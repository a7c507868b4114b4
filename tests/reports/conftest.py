import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from accounts.factories import UserFactory
from listings.factories import ActivityFactory, EventFactory, VolunteerTaskFactory
from organisations.factories import MembershipFactory, OrganisationFactory
from organisations.permissions import ensure_member_group
from registrations.factories import RegistrationFactory
from registrations.models import Registration
from reports.factories import ActivityRecordFactory

YEAR = timezone.localdate().year - 1


def moment(month, day, hour=12):
    return timezone.make_aware(datetime.datetime(YEAR, month, day, hour))


@pytest.fixture
def network(national, lapland, north_karelia):
    return build_network(national, lapland, north_karelia)


def build_network(national, lapland, north_karelia):
    """Two Lapland organisations and one in North Karelia, with members, coordinators, records and sign-ups."""
    ensure_member_group()
    own = OrganisationFactory(slug="oma-yhdistys", name="Oma Yhdistys ry", municipality_code="698")
    neighbour = OrganisationFactory(slug="naapuri-ry", name="Naapuri ry", municipality_code="698")
    karelian = OrganisationFactory(slug="karjala-ry", name="Karjala ry", municipality_code="167")
    member = UserFactory(email="jasen@example.org")
    MembershipFactory(user=member, organisation=own)
    outsider = UserFactory(email="toinen@example.org")
    MembershipFactory(user=outsider, organisation=karelian)
    coordinator = UserFactory(email="lappi@example.org", groups=[lapland.coordinator_group])
    national_coordinator = UserFactory(email="valtakunta@example.org", groups=[national.coordinator_group])

    choir = ActivityFactory(organisation=own, title="Kuoro")
    walk = VolunteerTaskFactory(organisation=own, title="Ulkoiluapu")
    concert = EventFactory(organisation=own, title="Konsertti")
    other = ActivityFactory(organisation=karelian, title="Lukupiiri")

    ActivityRecordFactory(
        listing=choir,
        date=datetime.date(YEAR, 1, 10),
        participants=12,
        age_under_18=2,
        age_18_29=3,
        age_30_64=4,
        age_65_plus=1,
        new_participants=3,
        volunteers=2,
        volunteer_hours=Decimal("4.5"),
    )
    ActivityRecordFactory(
        listing=choir, date=datetime.date(YEAR, 1, 17), participants=10, volunteers=1, volunteer_hours=2
    )
    ActivityRecordFactory(listing=choir, date=datetime.date(YEAR, 3, 7), participants=15, new_participants=1)
    ActivityRecordFactory(listing=walk, date=datetime.date(YEAR, 5, 2), participants=4, volunteers=4, volunteer_hours=8)
    # Outside the season: the previous one, and the next.
    ActivityRecordFactory(listing=choir, date=datetime.date(YEAR - 1, 6, 1), participants=7)
    ActivityRecordFactory(listing=choir, date=datetime.date(YEAR + 1, 1, 1), participants=99)
    ActivityRecordFactory(listing=other, date=datetime.date(YEAR, 2, 1), participants=30)

    RegistrationFactory(listing=concert, places=2, created_at=moment(2, 1), attended=True)
    RegistrationFactory(listing=concert, places=1, created_at=moment(2, 3), attended=False)
    RegistrationFactory(listing=concert, places=3, created_at=moment(3, 3))
    RegistrationFactory(listing=concert, places=5, created_at=moment(3, 4), status=Registration.Status.WAITING)
    RegistrationFactory(listing=concert, places=1, created_at=moment(3, 5), status=Registration.Status.CANCELLED)
    RegistrationFactory(listing=walk, places=1, created_at=moment(5, 1), attended=True)
    RegistrationFactory(listing=other, places=4, created_at=moment(4, 1))
    return {
        "own": own,
        "neighbour": neighbour,
        "karelian": karelian,
        "member": member,
        "outsider": outsider,
        "coordinator": coordinator,
        "national_coordinator": national_coordinator,
        "choir": choir,
        "walk": walk,
        "concert": concert,
    }
