"""Snippet views and viewsets for organisations and listings, scoped per object.

Stock snippet views check model-wide permissions only (shared notes,
section 2): an organisation member could open, preview or delete any other
organisation's listing by its URL. `ScopedSnippetViewSet` closes that:

- its index (and export) shows only what the permission policy allows;
- `construct_view` wraps *every* view: when the URL names an object, the
  object must be in the user's scope for the view's action (deleting needs
  `delete`, unpublishing `publish`, everything else `change`), or the user
  must be a reviewer whose workflow task lets them into the editor;
- its chooser lists only rows in the user's scope (organisations: those the user may choose);
- its create and edit views decide publishing per object, so that members
  of an unverified organisation can only submit for moderation;
- its create view starts the new object's own region workflow.
"""

import django_filters
from django.shortcuts import get_list_or_404
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import CopyViewMixin
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views

from organisations.admin_scope import action_for_view, object_guard, scoped_rows
from organisations.models import Organisation
from organisations.permissions import organisations_for, scoped_policies
from regions.models import Municipality, Region

PUBLISH_REFUSED = _(
    "Your organisation is not verified yet, so its listings are published after moderation. "
    "Choose “Submit for moderation” instead."
)


class PublishRightsMixin:
    """Publishing is decided per object, not by the model-wide permission."""

    def user_can_publish(self, instance):
        return policy_registry.get_by_type(self.model).user_has_permission_for_instance(
            self.request.user, "publish", instance
        )

    def form_valid(self, form):
        if getattr(self, "action", None) == "publish" and not self.user_can_publish(form.instance):
            form.add_error(None, PUBLISH_REFUSED)
            self.produced_error_code = "publish_refused"
            self.produced_error_message = PUBLISH_REFUSED
            return self.form_invalid(form)
        return super().form_valid(form)


class ScopedCreateView(PublishRightsMixin, snippet_views.CreateView):
    def save_instance(self):
        instance = super().save_instance()
        # The stock view picked the model's default workflow before the
        # object existed; "Save and submit" must start the object's own
        # (its region's) workflow instead.
        self.object = instance
        self.__dict__.pop("workflow", None)
        self.__dict__.pop("workflow_enabled", None)
        return instance


class ScopedCopyView(CopyViewMixin, ScopedCreateView):
    pass


class ScopedEditView(PublishRightsMixin, snippet_views.EditView):
    pass


class ScopedChooserRowsMixin:
    """Chooser views list, search and return only rows in the user's scope.

    Wagtail's chooser lists every row of the model; for scoped snippets that
    would show other organisations' drafts and citizens' pending submissions.
    `rows(model, user)` is set by the viewset.
    """

    rows = staticmethod(scoped_rows)

    def chooser_rows(self):
        return self.rows(self.model_class, self.request.user)


class ScopedChooseView(ScopedChooserRowsMixin, chooser_views.ChooseView):
    def get_object_list(self):
        return self.chooser_rows()


class ScopedChooseResultsView(ScopedChooserRowsMixin, chooser_views.ChooseResultsView):
    def get_object_list(self):
        return self.chooser_rows()


class ScopedChosenView(ScopedChooserRowsMixin, chooser_views.SnippetChosenView):
    def get_object(self, pk):
        return self.chooser_rows().get(pk=pk)


class ScopedChosenMultipleView(ScopedChooserRowsMixin, chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.chooser_rows().filter(pk__in=pks)


class ScopedChooserViewSet(chooser_views.SnippetChooserViewSet):
    """A snippet chooser that offers only rows in the user's scope."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
    rows = staticmethod(scoped_rows)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(rows=self.rows, **kwargs)


class OrganisationChooserViewSet(ScopedChooserViewSet):
    """The organisation chooser: the organisations the user may attach content to, not all they may see."""

    rows = staticmethod(lambda model, user: organisations_for(user))


class ScopedSnippetViewSet(snippet_views.SnippetViewSet):
    """A snippet viewset whose every view respects the model's scoped permission policy."""

    add_view_class = ScopedCreateView
    copy_view_class = ScopedCopyView
    edit_view_class = ScopedEditView
    list_select_related = ()

    chooser_viewset_class = ScopedChooserViewSet

    def get_queryset(self, request):
        queryset = scoped_rows(self.model, request.user)
        if self.list_select_related:
            queryset = queryset.select_related(*self.list_select_related)
        return queryset

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        return object_guard(self.model, view, action_for_view(view_class))


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Bulk delete that only ever sees rows in the user's scope.

    Wagtail's action loads every id it is given (`?id=all` is the whole
    table) and lists the rows the user may not delete by name on its
    confirmation page; here other organisations' rows are not loaded at all.
    Registered after Wagtail's own for the scoped models, so it replaces it.
    """

    @classproperty
    def models(cls):
        return list(scoped_policies())

    def get_all_objects_in_listing_query(self, parent_id):
        return scoped_rows(self.model, self.request.user).values_list("pk", flat=True)

    def get_queryset(self, model, object_ids):
        return get_list_or_404(scoped_rows(model, self.request.user), pk__in=object_ids)


# -- filters ------------------------------------------------------------------


def _organisation_choices(request):
    if request is None:
        return organisations_for(None)
    return organisations_for(request.user)


def _region_choices(request):
    return Region.objects.all()


class LiveFilter(django_filters.ChoiceFilter):
    def __init__(self, **kwargs):
        super().__init__(
            choices=[("live", _("Published")), ("draft", _("Draft"))],
            label=_("Status"),
            empty_label=_("Any"),
            **kwargs,
        )

    def filter(self, qs, value):
        if value == "live":
            return qs.filter(live=True)
        if value == "draft":
            return qs.filter(live=False)
        return qs


class ListingFilterSet(WagtailFilterSet):
    """Status, owning region, municipality and organisation; subclasses add type-specific ones.

    Every filter is a plain lookup on a search filter field (or an `id__in`
    subquery), so that filters and the admin's search combine.
    """

    status = LiveFilter()
    region = django_filters.ModelChoiceFilter(queryset=_region_choices, label=_("Owning region"))
    municipality = django_filters.ModelChoiceFilter(
        queryset=Municipality.objects.all(), label=_("Municipality"), method="filter_municipality"
    )
    organisation = django_filters.ModelChoiceFilter(queryset=_organisation_choices, label=_("Organisation"))

    def filter_municipality(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.in_municipalities([value])


class OrganisationFilterSet(WagtailFilterSet):
    """Status, verification, owning region and home municipality."""

    status = LiveFilter()
    is_verified = django_filters.BooleanFilter(label=_("Verified"))
    region = django_filters.ModelChoiceFilter(queryset=_region_choices, label=_("Owning region"))
    home_municipality = django_filters.ModelChoiceFilter(
        queryset=Municipality.objects.all(), label=_("Home municipality")
    )

    class Meta:
        model = Organisation
        fields = []


def listing_filterset(model, fields=(), **filters):
    """A filterset for one listing type: the shared filters, `fields` from the model and `filters`."""

    class Meta:
        pass

    Meta.model = model
    Meta.fields = list(fields)
    return type(f"{model.__name__}AdminFilterSet", (ListingFilterSet,), {"Meta": Meta, **filters})
