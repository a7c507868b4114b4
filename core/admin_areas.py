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


def register_admin_urls(prefix, urlconf):
    """Serves `urlconf` (`include`'s (patterns, namespace) pair) under the admin's `prefix` ("sign-ups/")."""

    @hooks.register("register_admin_urls")
    def admin_urls():
        return [path(prefix, include(urlconf))]


def register_menu_item(label, url_name, *, shown_to, **options):
    """Adds a menu entry to the view named `url_name`, shown to the users `shown_to(user)` accepts."""

    @hooks.register("register_admin_menu_item")
    def menu_item():
        return RestrictedMenuItem(label, reverse(url_name), shown_to=shown_to, **options)
