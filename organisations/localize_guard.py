"""Per-object checks in front of wagtail-localize's admin views.

wagtail-localize checks only the model-wide `submit_translation` and snippet
permissions (shared notes, section 4), so an organisation member could
translate, sync, preview or read another organisation's listing by its URL.
These patterns repeat localize's paths for the views that take an object
and refuse objects outside the user's scope before localize's view runs.
They are returned from organisations' `register_admin_urls` hook, which
Wagtail runs before wagtail_localize's (INSTALLED_APPS order), so the same
path resolves here first; `reverse("wagtail_localize:...")` still builds it.
"""

import contextlib
from functools import wraps

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.urls import path
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation, snippets_api, submit_translations, update_translations

from .permissions import OrganisationScopedPermissionPolicy, can_access_object


def _is_scoped(instance):
    return isinstance(policy_registry.get(instance), OrganisationScopedPermissionPolicy)


def _check(user, instance):
    if instance is not None and _is_scoped(instance) and not can_access_object(user, instance, "change"):
        raise PermissionDenied


def _snippet(kwargs):
    try:
        model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except LookupError:
        return None
    return model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()


def _source_instance(kwargs):
    source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    if source is None:
        return None
    try:
        return source.get_source_instance()
    except ObjectDoesNotExist:
        return None


def _translation_instances(kwargs):
    translation = Translation.objects.filter(pk=kwargs["translation_id"]).select_related("source").first()
    if translation is None:
        return []
    instances = []
    for getter in (translation.source.get_source_instance, translation.get_target_instance):
        with contextlib.suppress(ObjectDoesNotExist):
            instances.append(getter())
    return instances


def guard(view, find):
    """Run `view` only when every object `find(kwargs)` names is in the user's scope."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        found = find(kwargs)
        for instance in found if isinstance(found, list) else [found]:
            _check(request.user, instance)
        return view(request, *args, **kwargs)

    return guarded


class ScopedSnippetApi(snippets_api.SnippetViewSet):
    """localize's snippet lookup API, listing only objects in the user's scope."""

    def get_queryset(self):
        model = self.get_model()
        policy = policy_registry.get_by_type(model)
        if isinstance(policy, OrganisationScopedPermissionPolicy):
            return policy.instances_user_has_any_permission_for(self.request.user, ["change"])
        return super().get_queryset()


_translation_views = [
    ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
    ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
    ("pofile/download/", edit_translation.download_pofile),
    ("pofile/upload/", edit_translation.upload_pofile),
    ("machine_translate/", edit_translation.machine_translate),
    ("preview/", edit_translation.preview_translation),
    ("preview/<str:mode>/", edit_translation.preview_translation),
    ("disable/", edit_translation.stop_translation),
]

urlpatterns = [
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        guard(submit_translations.SubmitSnippetTranslationView.as_view(), _snippet),
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        guard(update_translations.UpdateTranslationsView.as_view(), _source_instance),
    ),
    *[
        path(f"localize/translate/<int:translation_id>/{suffix}", guard(view, _translation_instances))
        for suffix, view in _translation_views
    ],
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        ScopedSnippetApi.as_view({"get": "list"}),
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        ScopedSnippetApi.as_view({"get": "retrieve"}),
    ),
]
