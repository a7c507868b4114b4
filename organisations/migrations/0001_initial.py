"""Organisations, memberships, invitations and join requests, moved here from listings.

The tables stay where listings created them (each model keeps its
`db_table`), so this migration only tells Django's state that the models
are now organisations'; listings 0008 removes them from listings' state
and points the listings' foreign keys here. Not one row moves.
"""

import django.db.models.deletion
import modelsearch.index
import organisations.models
import organisations.validators
import wagtail.fields
import wagtail.models.preview
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("listings", "0007_listing_placements"),
        ("regions", "0003_social_feeds"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="Membership",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[("admin", "Administrator"), ("editor", "Editor")],
                                default="editor",
                                max_length=10,
                                verbose_name="role",
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="user",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "membership",
                        "verbose_name_plural": "memberships",
                        "db_table": "listings_membership",
                        "ordering": ["organisation__name", "user__email"],
                    },
                ),
                migrations.CreateModel(
                    name="Organisation",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "has_unpublished_changes",
                            models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes"),
                        ),
                        (
                            "first_published_at",
                            models.DateTimeField(
                                blank=True, db_index=True, null=True, verbose_name="first published at"
                            ),
                        ),
                        (
                            "last_published_at",
                            models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
                        ),
                        ("go_live_at", models.DateTimeField(blank=True, null=True, verbose_name="go live date/time")),
                        ("expire_at", models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time")),
                        ("expired", models.BooleanField(default=False, editable=False, verbose_name="expired")),
                        ("locked", models.BooleanField(default=False, editable=False, verbose_name="locked")),
                        ("locked_at", models.DateTimeField(editable=False, null=True, verbose_name="locked at")),
                        ("live", models.BooleanField(default=False, editable=False, verbose_name="live")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        ("slug", models.SlugField(blank=True, max_length=100, unique=True, verbose_name="slug")),
                        (
                            "type",
                            models.CharField(
                                choices=[
                                    ("association", "Association"),
                                    ("foundation", "Foundation"),
                                    ("parish", "Parish"),
                                    ("municipality", "Municipality or city"),
                                    ("company", "Non-commercial company"),
                                    ("informal_group", "Informal group"),
                                ],
                                default="association",
                                max_length=20,
                                verbose_name="type",
                            ),
                        ),
                        (
                            "business_id",
                            models.CharField(
                                blank=True,
                                help_text="Y-tunnus, for example 1234567-1. Leave empty if the organisation has none.",
                                max_length=9,
                                validators=[organisations.validators.validate_business_id],
                                verbose_name="business ID",
                            ),
                        ),
                        ("description", wagtail.fields.RichTextField(blank=True, verbose_name="description")),
                        ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail address")),
                        ("phone", models.CharField(blank=True, max_length=40, verbose_name="phone number")),
                        ("website", models.URLField(blank=True, verbose_name="website")),
                        ("facebook_url", models.URLField(blank=True, verbose_name="Facebook")),
                        ("instagram_url", models.URLField(blank=True, verbose_name="Instagram")),
                        ("linkedin_url", models.URLField(blank=True, verbose_name="LinkedIn")),
                        ("youtube_url", models.URLField(blank=True, verbose_name="YouTube")),
                        (
                            "is_verified",
                            models.BooleanField(
                                default=False,
                                help_text="Members of a verified organisation publish their listings without moderation.",
                                verbose_name="verified",
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
                        (
                            "home_municipality",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="organisations",
                                to="regions.municipality",
                                verbose_name="home municipality",
                            ),
                        ),
                        (
                            "latest_revision",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="latest revision",
                            ),
                        ),
                        (
                            "live_revision",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="live revision",
                            ),
                        ),
                        (
                            "locked_by",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="locked_%(class)ss",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="locked by",
                            ),
                        ),
                        (
                            "logo",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                                verbose_name="logo",
                            ),
                        ),
                        (
                            "members",
                            models.ManyToManyField(
                                blank=True,
                                related_name="organisations",
                                through="organisations.Membership",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="members",
                            ),
                        ),
                        (
                            "region",
                            models.ForeignKey(
                                blank=True,
                                help_text="Whose coordinators moderate this organisation. Defaults to the region of its home municipality.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="organisations",
                                to="regions.region",
                                verbose_name="owning region",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "organisation",
                        "verbose_name_plural": "organisations",
                        "db_table": "listings_organisation",
                        "ordering": ["name"],
                    },
                    bases=(wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="MembershipRequest",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("message", models.TextField(blank=True, max_length=1000, verbose_name="message")),
                        (
                            "status",
                            models.CharField(
                                choices=[("pending", "Pending"), ("approved", "Approved"), ("declined", "Declined")],
                                default="pending",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                        ("decided_at", models.DateTimeField(blank=True, null=True, verbose_name="decided at")),
                        (
                            "decided_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="decided by",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="membership_requests",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="user",
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="membership_requests",
                                to="organisations.organisation",
                                verbose_name="organisation",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "membership request",
                        "verbose_name_plural": "membership requests",
                        "db_table": "listings_membershiprequest",
                        "ordering": ["created_at", "pk"],
                    },
                ),
                migrations.AddField(
                    model_name="membership",
                    name="organisation",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="memberships",
                        to="organisations.organisation",
                        verbose_name="organisation",
                    ),
                ),
                migrations.CreateModel(
                    name="Invitation",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("email", models.EmailField(max_length=254, verbose_name="e-mail address")),
                        (
                            "role",
                            models.CharField(
                                choices=[("admin", "Administrator"), ("editor", "Editor")],
                                default="editor",
                                max_length=10,
                                verbose_name="role",
                            ),
                        ),
                        (
                            "token",
                            models.CharField(
                                default=organisations.models.new_token,
                                editable=False,
                                max_length=64,
                                unique=True,
                                verbose_name="token",
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                        ("accepted_at", models.DateTimeField(blank=True, null=True, verbose_name="accepted at")),
                        (
                            "expires_at",
                            models.DateTimeField(
                                default=organisations.models.invitation_expiry, verbose_name="expires at"
                            ),
                        ),
                        (
                            "invited_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="sent_invitations",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="invited by",
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="invitations",
                                to="organisations.organisation",
                                verbose_name="organisation",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "invitation",
                        "verbose_name_plural": "invitations",
                        "db_table": "listings_invitation",
                        "ordering": ["-created_at", "pk"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="organisation",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("business_id", ""), _negated=True),
                        fields=("business_id",),
                        name="listings_organisation_unique_business_id",
                        violation_error_message="An organisation with this business ID already exists.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="membershiprequest",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("status", "pending")),
                        fields=("user", "organisation"),
                        name="listings_one_pending_membership_request",
                        violation_error_message="You have already asked to join this organisation.",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="membership",
                    constraint=models.UniqueConstraint(
                        fields=("user", "organisation"),
                        name="listings_unique_membership",
                        violation_error_message="This user is already a member of the organisation.",
                    ),
                ),
            ],
        ),
    ]
