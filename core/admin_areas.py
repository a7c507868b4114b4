"""An app's own area of the Wagtail admin: its addresses and its menu entry.

The sign-ups and the statistics each have a few views of their own under the
admin, reached from a menu entry that only the users they serve see.
"""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class RestrictedMenuItem(MenuItem):
    """A menu entry shown to the users `shown_to(user)` accepts."""

    def __init__(self, label, url, *, shown_to, **options):
        super().__init__(label, url, **options)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


def register_admin_area(*, shown_to, prefix, namespace, patterns, label, **menu_options):
    """An area for the users `shown_to(user)` accepts: `patterns` in `namespace` under the admin's `prefix`
    ("sign-ups/"), and a menu entry `label` to its "index" view (`menu_options`: the icon, the order...)."""

    @hooks.register("register_admin_urls")
    def admin_urls():
        return [path(prefix, include((patterns, namespace)))]

    @hooks.register("register_admin_menu_item")
    def menu_item():
        return RestrictedMenuItem(label, reverse(f"{namespace}:index"), shown_to=shown_to, **menu_options)


def download_paths(route, csv_view, xlsx_view, name):
    """A table's two downloads: `<route>.csv` named `<name>_csv` and `<route>.xlsx` named `<name>_xlsx`."""
    return [
        path(f"{route}.csv", csv_view, name=f"{name}_csv"),
        path(f"{route}.xlsx", xlsx_view, name=f"{name}_xlsx"),
    ]
