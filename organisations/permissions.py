"""Who may do what with organisations and their content in the admin.

Wagtail's stock snippet permissions are model-wide: whoever may change one
event may change every event. The network needs them scoped:

- superusers and national coordinators (members of the national region's
  coordinator group) act on everything;
- a regional coordinator acts on what their region owns (`region`);
- an organisation member acts on their own organisations' content and
  profile, within the model permissions of the "Organisation members" group.

Publishing follows DESIGN.md section 2: coordinators publish what their
region owns, members of a *verified* organisation publish its content, and
everyone else submits for moderation. Nobody but a coordinator publishes an
organisation profile.

`OrganisationScopedPermissionPolicy` is registered (`register_policy()`)
for Organisation and Membership here and by each app for its own models
that belong to an organisation (listings for every listing type), so that
every part of Wagtail that asks the policy registry gets the scoped answer;
the admin views add the per-object checks that stock views leave out. The
models with a scoped policy are also the ones whose model permissions the
members' and coordinators' groups get.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Collection, GroupCollectionPermission, WorkflowMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from regions.models import Region

from .models import Membership, Organisation

MEMBER_GROUP_NAME = "Organisation members"

#: Model permissions the coordinator groups hold on every scoped model
#: (network.services.ensure_coordinators grants them). No `publish`:
#: approving in the workflow publishes (workflows.actions) and the policy
#: lets coordinators publish and unpublish what their region owns.
COORDINATOR_ACTIONS = ("add", "change", "delete", "lock", "unlock")

#: Model permissions the "Organisation members" group holds on content that
#: belongs to an organisation. Never `publish`: members of a verified
#: organisation publish through the policy, per object, so that membership
#: of one verified organisation does not let them publish another's content.
CONTENT_MEMBER_ACTIONS = ("add", "change", "delete")


@dataclass(frozen=True)
class Scope:
    """What a user can reach: everything, some regions, some organisations."""

    everything: bool = False
    region_ids: frozenset = field(default_factory=frozenset)
    organisation_ids: frozenset = field(default_factory=frozenset)
    verified_organisation_ids: frozenset = field(default_factory=frozenset)

    @property
    def is_coordinator(self):
        return self.everything or bool(self.region_ids)

    @property
    def is_empty(self):
        return not (self.everything or self.region_ids or self.organisation_ids)


EMPTY_SCOPE = Scope()
_CACHE_ATTRIBUTE = "_organisation_scope"


def scope_for(user):
    """The user's scope, cached on the user object for the rest of the request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return EMPTY_SCOPE
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached

    if user.is_superuser:
        scope = Scope(everything=True)
    else:
        coordinated = list(
            Region.objects.filter(coordinator_group__in=user.groups.all()).values_list("pk", "is_national")
        )
        memberships = list(
            Membership.objects.filter(user=user).values_list("organisation_id", "organisation__is_verified")
        )
        scope = Scope(
            everything=any(is_national for _pk, is_national in coordinated),
            region_ids=frozenset(pk for pk, _is_national in coordinated),
            organisation_ids=frozenset(pk for pk, _verified in memberships),
            verified_organisation_ids=frozenset(pk for pk, verified in memberships if verified),
        )
    setattr(user, _CACHE_ATTRIBUTE, scope)
    return scope


def forget_scope(user):
    """Drop the cached scope, after the user's memberships or groups changed."""
    if user is not None and hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


class OrganisationScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the organisations and regions a user may act for.

    `owner_field` names the organisation an object belongs to (`pk` for
    Organisation itself, None when membership gives no access, as for
    Membership); `region_field` names the region whose coordinators own it.
    `members_publish` says whether members of a verified owner publish
    without moderation (listings yes, organisation profiles no), and
    `member_actions` which model permissions the members' group holds.
    """

    def __init__(
        self,
        model,
        owner_field="organisation",
        region_field="region",
        members_publish=True,
        member_actions=CONTENT_MEMBER_ACTIONS,
    ):
        super().__init__(model)
        self.owner_field = owner_field
        self.region_field = region_field
        self.members_publish = members_publish
        self.member_actions = tuple(member_actions)

    # -- helpers ----------------------------------------------------------

    def _owner_id(self, instance):
        if self.owner_field is None:
            return None
        if self.owner_field == "pk":
            return instance.pk
        return getattr(instance, f"{self.owner_field}_id")

    def _region_id(self, instance):
        obj = instance
        *path, last = self.region_field.split("__")
        for name in path:
            obj = getattr(obj, name, None)
            if obj is None:
                return None
        if hasattr(obj, f"{last}_id"):
            return getattr(obj, f"{last}_id")
        # The far side of a one-to-one (a site's region) has no id column to read.
        try:
            return getattr(obj, last).pk
        except ObjectDoesNotExist:
            return None

    def scope_q(self, scope):
        """A filter for the objects in `scope`, or None for all of them.

        Written with `__in` lookups on filter fields (never joins through
        members), so that the admin's listing search still accepts it.
        """
        if scope.everything:
            return None
        conditions = []
        if scope.region_ids:
            conditions.append(Q(**{f"{self.region_field}__in": sorted(scope.region_ids)}))
        if scope.organisation_ids and self.owner_field is not None:
            owner = "id" if self.owner_field == "pk" else self.owner_field
            conditions.append(Q(**{f"{owner}__in": sorted(scope.organisation_ids)}))
        if not conditions:
            return Q(id__in=[])
        condition = conditions[0]
        for other in conditions[1:]:
            condition |= other
        return condition

    def _coordinates(self, scope, instance):
        """Whether the scope covers every object or the region that owns `instance`."""
        if scope.everything:
            return True
        region_id = self._region_id(instance)
        return region_id is not None and region_id in scope.region_ids

    def in_scope(self, scope, instance):
        if self._coordinates(scope, instance):
            return True
        owner_id = self._owner_id(instance)
        return owner_id is not None and owner_id in scope.organisation_ids

    def can_publish(self, scope, instance):
        if self._coordinates(scope, instance):
            return True
        return self.members_publish and self._owner_id(instance) in scope.verified_organisation_ids

    # -- model-wide checks -------------------------------------------------

    def user_has_permission(self, user, action):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        if action == "publish":
            # True when the user may publish *some* object; which ones is
            # decided per object (user_has_permission_for_instance).
            scope = scope_for(user)
            return scope.is_coordinator or (self.members_publish and bool(scope.verified_organisation_ids))
        return super().user_has_permission(user, action)

    # -- per-object checks ---------------------------------------------------

    def user_has_permission_for_instance(self, user, action, instance):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        scope = scope_for(user)
        if action == "publish":
            return self.can_publish(scope, instance)
        return super().user_has_permission(user, action) and self.in_scope(scope, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        if not user.is_active:
            return manager.none()
        if user.is_superuser:
            return manager.all()
        scope = scope_for(user)
        model_wide = [action for action in actions if action != "publish"]
        allowed = any(super(OrganisationScopedPermissionPolicy, self).user_has_permission(user, a) for a in model_wide)
        if "publish" in actions and self.user_has_permission(user, "publish"):
            allowed = True
        if not allowed or scope.is_empty:
            return manager.none()
        condition = self.scope_q(scope)
        return manager.all() if condition is None else manager.filter(condition)

    def users_with_any_permission_for_instance(self, actions, instance):
        User = get_user_model()
        coordinator_groups = Region.objects.filter(Q(is_national=True) | Q(pk=self._region_id(instance) or 0)).values(
            "coordinator_group"
        )
        condition = Q(is_superuser=True) | Q(groups__in=coordinator_groups)
        owner_id = self._owner_id(instance)
        if owner_id is not None:
            condition |= Q(memberships__organisation_id=owner_id)
        candidates = User.objects.filter(condition, is_active=True).distinct()
        return User.objects.filter(
            pk__in=[
                user.pk for user in candidates if self.user_has_any_permission_for_instance(user, actions, instance)
            ]
        )


def register_policy(model, **options):
    """Scope `model` in the admin with an OrganisationScopedPermissionPolicy (see its options).

    Call it from AppConfig.ready(): it has to happen before anything asks
    the policy registry about the model (publishing a revision does), so it
    cannot wait for wagtail_hooks to be imported. Registering twice keeps
    the first policy.
    """
    if policy_registry.get_by_type(model, fallback=False) is None:
        register_permission_policy(model, OrganisationScopedPermissionPolicy(model, **options), exact_class=True)


def scoped_policies():
    """{model: policy} for every installed model with an organisation-scoped policy."""
    policies = {}
    for model in apps.get_models():
        policy = policy_registry.get_by_type(model, fallback=False)
        if isinstance(policy, OrganisationScopedPermissionPolicy):
            policies[model] = policy
    return policies


def can_access_object(user, instance, action="change"):
    """Whether the admin may show `instance` to `user` for `action`.

    The policy decides, except that a reviewer whose workflow task lets them
    into the editor is let in too (DESIGN.md section 5: coordinators moderate
    without being in scope otherwise, e.g. after a region change).
    """
    policy = policy_registry.get(instance)
    if policy.user_has_permission_for_instance(user, action, instance):
        return True
    if action == "change" and isinstance(instance, WorkflowMixin):
        task = instance.current_workflow_task
        if task is not None and task.user_can_access_editor(instance, user):
            return True
    return False


def organisations_for(user):
    """The organisations a user may attach content to (choosers, form fields)."""
    scope = scope_for(user)
    if scope.everything:
        return Organisation.objects.all()
    if scope.is_empty:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        Q(region__in=sorted(scope.region_ids)) | Q(pk__in=sorted(scope.organisation_ids))
    )


def regions_for(user):
    """The regions a coordinator may give content to."""
    scope = scope_for(user)
    if scope.everything:
        return Region.objects.all()
    return Region.objects.filter(pk__in=sorted(scope.region_ids))


# -- groups -------------------------------------------------------------------


def model_permissions(actions_by_model):
    """The Permission rows for {model: (action, ...)}, in one query."""
    content_types = ContentType.objects.get_for_models(*actions_by_model)
    condition = Q(pk__in=[])
    for model, actions in actions_by_model.items():
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        condition |= Q(content_type=content_types[model], codename__in=codenames)
    return list(Permission.objects.filter(condition))


def coordinator_permissions():
    """The model permissions coordinator groups need on every scoped model."""
    permissions = model_permissions(dict.fromkeys(scoped_policies(), COORDINATOR_ACTIONS))
    # Translating goes through the same moderation as the original.
    permissions += list(
        Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
    )
    return permissions


def ensure_member_group():
    """The "Organisation members" group with its model permissions; safe to call repeatedly."""
    group, _created = Group.objects.get_or_create(name=MEMBER_GROUP_NAME)
    permissions = model_permissions({model: policy.member_actions for model, policy in scoped_policies().items()})
    permissions += list(
        Permission.objects.filter(
            Q(content_type__app_label="wagtailadmin", codename="access_admin")
            | Q(content_type__app_label="wagtail_localize", codename="submit_translation")
        )
    )
    group.permissions.add(*permissions)
    # Members add and choose images for their listings; Wagtail lets them
    # edit only the images they uploaded themselves.
    root = Collection.get_first_root_node()
    if root is not None:
        for codename in ("add_image", "choose_image"):
            permission = Permission.objects.get(content_type__app_label="wagtailimages", codename=codename)
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)
    return group


def sync_member_group(user):
    """Put a user in the members' group while they belong to an organisation, and take them out after."""
    if user is None:
        return
    group = ensure_member_group()
    if user.memberships.exists():
        user.groups.add(group)
    else:
        user.groups.remove(group)
    forget_scope(user)


def _membership_saved(sender, instance, **kwargs):
    sync_member_group(instance.user)


def _membership_deleted(sender, instance, **kwargs):
    User = get_user_model()
    user = User.objects.filter(pk=instance.user_id).first()
    if user is not None:
        sync_member_group(user)


def register():
    """Scope organisations and memberships and connect the membership signals; called from the app config."""
    register_policy(Organisation, owner_field="pk", members_publish=False, member_actions=("change",))
    register_policy(
        Membership,
        owner_field=None,
        region_field="organisation__region",
        members_publish=False,
        member_actions=(),
    )
    post_save.connect(_membership_saved, sender=Membership, dispatch_uid="organisations_membership_saved")
    post_delete.connect(_membership_deleted, sender=Membership, dispatch_uid="organisations_membership_deleted")
