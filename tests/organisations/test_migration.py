"""A database with the old layout (organisations inside listings) keeps every row when migrated.

The test migrates its database back to before organisations became an app,
writes rows with the models of that time, migrates forward and reads them
back with today's models. Migrating needs real transactions, so the test
runs on a flushed database (`transaction=True`); it works on SQLite and on
PostgreSQL alike.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from wagtail.models import Revision

from accounts.models import User
from listings.models import Event
from organisations.models import Invitation, Membership, MembershipRequest, Organisation

pytestmark = pytest.mark.django_db(transaction=True)

#: The last migrations before organisations moved out of listings.
OLD_LAYOUT = [("listings", "0007_listing_placements"), ("organisations", None)]

MOVED = ("organisation", "membership", "invitation", "membershiprequest")


def migrate_to_old_layout():
    """Migrate the test database back to the old layout and return the models of that time."""
    executor = MigrationExecutor(connection)
    executor.migrate(OLD_LAYOUT)
    executor.loader.build_graph()
    return executor.loader.project_state(OLD_LAYOUT[0]).apps


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    # The process's content type cache still holds what it saw before.
    ContentType.objects.clear_cache()


@pytest.fixture
def old_layout():
    try:
        yield migrate_to_old_layout()
    finally:
        # Leave the schema as every other test expects it, even when the test fails.
        migrate_to_latest()


def old_rows(apps):
    """An organisation with a member, an invitation, a join request, a listing, a revision and a group grant."""
    model = apps.get_model
    ContentType = model("contenttypes", "ContentType")
    region, _created = model("regions", "AdministrativeRegion").objects.get_or_create(
        code="19", defaults={"name_fi": "Lappi", "name_sv": "Lappland"}
    )
    municipality, _created = model("regions", "Municipality").objects.get_or_create(
        code="698", defaults={"name_fi": "Rovaniemi", "name_sv": "Rovaniemi", "administrative_region": region}
    )
    locale, _created = model("wagtailcore", "Locale").objects.get_or_create(language_code="fi")
    admin = model("accounts", "User").objects.create(email="puheenjohtaja@example.org")
    editor = model("accounts", "User").objects.create(email="jasen@example.org")
    applicant = model("accounts", "User").objects.create(email="hakija@example.org")

    organisation = model("listings", "Organisation").objects.create(
        name="Vanhan Mallin Yhdistys ry",
        slug="vanhan-mallin-yhdistys",
        business_id="0112038-9",
        home_municipality=municipality,
        is_verified=True,
        live=True,
    )
    membership = model("listings", "Membership").objects.create(user=editor, organisation=organisation, role="editor")
    model("listings", "Membership").objects.create(user=admin, organisation=organisation, role="admin")
    invitation = model("listings", "Invitation").objects.create(
        organisation=organisation,
        email="kutsuttu@example.org",
        role="editor",
        token="vanha-kutsu",
        invited_by=admin,
        expires_at=timezone.now() + datetime.timedelta(days=14),
    )
    join_request = model("listings", "MembershipRequest").objects.create(
        user=applicant, organisation=organisation, message="Haluaisin mukaan."
    )
    event = model("listings", "Event").objects.create(
        title="Vanhan mallin kyläjuhla",
        slug="vanhan-mallin-kylajuhla",
        organisation=organisation,
        locale=locale,
        original_locale=locale,
        starts_at=timezone.now() + datetime.timedelta(days=7),
        live=True,
    )

    content_types = {name: ContentType.objects.get_or_create(app_label="listings", model=name)[0].pk for name in MOVED}
    revision = model("wagtailcore", "Revision").objects.create(
        content_type_id=content_types["organisation"],
        base_content_type_id=content_types["organisation"],
        object_id=str(organisation.pk),
        object_str=organisation.name,
        created_at=timezone.now(),
        content={"pk": organisation.pk, "name": organisation.name},
    )
    permission, _created = model("auth", "Permission").objects.get_or_create(
        content_type_id=content_types["organisation"],
        codename="change_organisation",
        defaults={"name": "Can change organisation"},
    )
    group = model("auth", "Group").objects.create(name="Vanhan mallin koordinaattorit")
    group.permissions.add(permission)
    editor.groups.add(group)
    return {
        "organisation": organisation.pk,
        "membership": membership.pk,
        "invitation": invitation.pk,
        "join_request": join_request.pk,
        "event": event.pk,
        "revision": revision.pk,
        "content_types": content_types,
        "editor": editor.pk,
    }


def stray_content_type(apps, kept_pk):
    """A content type that code knowing the new label made on first use, before the migration ran.

    It holds one permission the old row also has and one of its own.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.get_or_create(
        content_type_id=kept_pk, codename="delete_membership", defaults={"name": "Can delete membership"}
    )
    stray = ContentType.objects.create(app_label="organisations", model="membership")
    Permission.objects.create(content_type=stray, codename="delete_membership", name="Can delete membership")
    Permission.objects.create(content_type=stray, codename="audit_membership", name="Can audit membership")
    return stray.pk


def test_a_database_with_the_old_layout_keeps_every_row(old_layout):
    ids = old_rows(old_layout)
    stray = stray_content_type(old_layout, ids["content_types"]["membership"])

    migrate_to_latest()

    organisation = Organisation.objects.get(pk=ids["organisation"])
    assert organisation.name == "Vanhan Mallin Yhdistys ry"
    assert organisation.business_id == "0112038-9"
    assert organisation.home_municipality.code == "698"
    assert Membership.objects.get(pk=ids["membership"]).organisation == organisation
    assert organisation.memberships.count() == 2
    assert sorted(organisation.members.values_list("email", flat=True)) == [
        "jasen@example.org",
        "puheenjohtaja@example.org",
    ]
    invitation = Invitation.objects.get(pk=ids["invitation"])
    assert (invitation.organisation, invitation.token, invitation.invited_by.email) == (
        organisation,
        "vanha-kutsu",
        "puheenjohtaja@example.org",
    )
    join_request = MembershipRequest.objects.get(pk=ids["join_request"])
    assert (join_request.organisation, join_request.message) == (organisation, "Haluaisin mukaan.")
    assert Event.objects.get(pk=ids["event"]).organisation == organisation

    # The content types moved with their ids, so what pointed at them still does.
    for name, pk in ids["content_types"].items():
        content_type = ContentType.objects.get(pk=pk)
        assert (content_type.app_label, content_type.model) == ("organisations", name)
    assert not ContentType.objects.filter(app_label="listings", model__in=MOVED).exists()
    assert ContentType.objects.get_for_model(Organisation).pk == ids["content_types"]["organisation"]
    assert Revision.objects.get(pk=ids["revision"]).content_object == organisation
    # A stray row of the new label gives way to the old one, which keeps the references.
    assert not ContentType.objects.filter(pk=stray).exists()
    membership_permissions = ContentType.objects.get(pk=ids["content_types"]["membership"]).permission_set
    assert membership_permissions.filter(codename="delete_membership").count() == 1
    assert membership_permissions.filter(codename="audit_membership").exists()
    editor = User.objects.get(pk=ids["editor"])
    assert editor.has_perm("organisations.change_organisation")
    assert Group.objects.get(name="Vanhan mallin koordinaattorit").permissions.get().content_type.app_label == (
        "organisations"
    )
