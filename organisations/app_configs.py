"""A base for the app configs of apps whose models are an organisation's own records in the admin.

In its own module, not organisations.apps: a second AppConfig class there
would stop Django from picking the organisations app's config by itself.
"""

from django.apps import AppConfig


class OrganisationRecordsConfig(AppConfig):
    """Scopes the app's `organisation_records` like the organisation's other admin objects.

    Members manage their organisations' records and coordinators those of
    their region's organisations; records are never published.
    """

    #: Names of the app's models that belong to an organisation (through an `organisation` foreign key).
    organisation_records = ()

    def ready(self):
        # Inside the function: models load only after every app config. In ready(), not in
        # wagtail_hooks: the policy must be there before anything asks the policy registry.
        from .permissions import register_policy

        for model_name in self.organisation_records:
            register_policy(self.get_model(model_name), region_field="organisation__region", members_publish=False)
