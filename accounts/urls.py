"""Account pages: allauth's (log in, sign up, password reset, ...) and our own (my account, terms).

Everything sits under one prefix whose wording follows the URL's language:
/fi/tili/, /sv/konto/, /en/account/, and so do the routes under it
(/fi/tili/kirjaudu/, core.routes; the English ones redirect); organisations' self-service pages use
it too (organisations.urls). The prefix is a lazy string, so Django builds
the pattern per active language exactly as it does for translated URL
patterns, without depending on a translation catalogue.
"""

from allauth import urls as allauth_urls
from django.urls import include, path
from django.utils.functional import lazy

from core.routes import localized_patterns, old_address_patterns
from core.translation import active_language

from . import views

PREFIXES = {"fi": "tili/", "sv": "konto/", "en": "account/"}


def _prefix():
    return PREFIXES.get(active_language(), PREFIXES["en"])


localized_prefix = lazy(_prefix, str)()

own_routes = [
    path("", views.my_account, name="my_account"),
    path("data/", views.export_data, name="export_data"),
    path("reminders/", views.reminder_settings, name="reminder_settings"),
    path("delete/", views.delete_account, name="delete_account"),
    path("deleted/", views.account_deleted, name="account_deleted"),
    path("terms/", views.accept_terms, name="accept_terms"),
    path("terms/declined/", views.terms_declined, name="terms_declined"),
]
own_patterns = (localized_patterns(own_routes), "accounts")

urlpatterns = [
    path(
        localized_prefix,
        include(
            [
                path("", include(own_patterns)),
                # allauth's own URLconf with its words in the URL's language; its URL names stay.
                path("", include(localized_patterns(allauth_urls.urlpatterns))),
                *old_address_patterns(own_routes, namespace="accounts"),
                *old_address_patterns(allauth_urls.urlpatterns),
            ]
        ),
    ),
]
