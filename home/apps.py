from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        # Inside the function: these modules import models, which Django loads only after every app config.
        from wagtail.permissions import policy_registry, register_permission_policy

        from organisations.permissions import register_policy
        from regions.social_feed_models import LiftedPost, SocialPost

        from .permissions import ImportedPostPolicy

        # The posts on a region's front page belong to its coordinators; the
        # scoped policy also gives the coordinator groups their model rights
        # (organisations.permissions.coordinator_permissions), members none.
        register_policy(LiftedPost, owner_field=None, members_publish=False, member_actions=())
        if policy_registry.get_by_type(SocialPost, fallback=False) is None:
            policy = ImportedPostPolicy(
                SocialPost,
                owner_field=None,
                region_field="feed__settings__site__region",
                members_publish=False,
                member_actions=(),
            )
            register_permission_policy(SocialPost, policy, exact_class=True)
