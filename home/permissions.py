"""Who may do what with the social-media posts on a region's front page."""

from organisations.permissions import OrganisationScopedPermissionPolicy


class ImportedPostPolicy(OrganisationScopedPermissionPolicy):
    """Imported posts are scoped like lifted ones, but only the import adds them and nobody deletes them.

    A deleted post would come back with the next import; a coordinator hides it instead.
    """

    def user_has_permission(self, user, action):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("add", "delete"):
            return False
        return super().user_has_permission_for_instance(user, action, instance)
