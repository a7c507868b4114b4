"""Account pages: allauth's (log in, sign up, password reset, ...) and our own (my account, terms).

Everything sits under one prefix whose wording follows the URL's language:
/fi/tili/, /sv/konto/, /en/account/, and so do the routes under it
(/fi/tili/kirjaudu/, core.routes; the English ones redirect); organisations' self-service pages use
it too (organisations.urls). The prefix is a lazy string, so Django builds
the pattern per active language exactly as it does for translated URL
patterns, without depending on a translation catalogue.
"""

from allauth import urls as allauth_urls
from django.urls import path

from core.routes import language_prefix, section_patterns

from . import views

PREFIXES = {"fi": "tili/", "sv": "konto/", "en": "account/"}

localized_prefix = language_prefix(PREFIXES)

own_routes = [
    path("", views.my_account, name="my_account"),
    path("data/", views.export_data, name="export_data"),
    path("reminders/", views.reminder_settings, name="reminder_settings"),
    path("delete/", views.delete_account, name="delete_account"),
    path("deleted/", views.account_deleted, name="account_deleted"),
    path("terms/", views.accept_terms, name="accept_terms"),
    path("terms/declined/", views.terms_declined, name="terms_declined"),
]

# allauth's own URLconf with its words in the URL's language; its URL names stay.
urlpatterns = section_patterns(localized_prefix, (own_routes, "accounts"), (allauth_urls.urlpatterns, None))
