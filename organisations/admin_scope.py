"""The per-object checks every scoped admin view shares (listings, organisations, social-media posts).

Stock snippet views check model-wide permissions only (shared notes,
section 2). A viewset of a model with a scoped permission policy lists
`scoped_rows` and wraps each view in `object_guard`, so that an object
outside the user's scope is refused whatever view its URL names.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views

from .permissions import can_access_object


def action_for_view(view_class):
    """The permission a view needs on the object its URL names."""
    if issubclass(view_class, snippet_views.DeleteView):
        return "delete"
    if issubclass(view_class, (snippet_views.UnpublishView, snippet_views.RevisionsUnscheduleView)):
        return "publish"
    return "change"


def object_guard(model, view, action):
    """Wrap a view so that an object outside the user's scope is refused.

    A refusal raises PermissionDenied, which the admin turns into a redirect
    to the dashboard with an error message (a 403 for XHR requests). A
    missing object is left to the view (404).
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            instance = model._default_manager.filter(pk=unquote(str(pk))).first()
            if instance is not None and not can_access_object(request.user, instance, action):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def scoped_rows(model, user):
    """The rows of a scoped model the user may see: what the model's permission policy allows."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, ["change", "delete", "view"])
