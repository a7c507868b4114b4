"""Whether a user has accepted the terms of use in effect, and recording that they have."""

from django.utils import timezone

from .models import TermsAcceptance, TermsVersion

SESSION_KEY = "accounts_accepted_terms_version"


def current_version():
    return TermsVersion.objects.current()


def has_accepted(user, version):
    if version is None:
        return True
    return TermsAcceptance.objects.filter(user=user, terms_version=version).exists()


def accept(user, version, request=None):
    """Record that `user` accepts `version` (None: the terms before any version was published)."""
    acceptance, _created = TermsAcceptance.objects.get_or_create(
        user=user, terms_version=version, defaults={"accepted_at": timezone.now()}
    )
    if request is not None and version is not None:
        request.session[SESSION_KEY] = version.pk
    return acceptance


def needs_acceptance(request):
    """The version the logged-in user still has to accept, or None.

    The accepted version is remembered in the session, so that a user who is
    up to date costs one small query per request.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    version = current_version()
    if version is None:
        return None
    if request.session.get(SESSION_KEY) == version.pk:
        return None
    if has_accepted(user, version):
        request.session[SESSION_KEY] = version.pk
        return None
    return version


def latest_acceptance(user):
    return TermsAcceptance.objects.filter(user=user).select_related("terms_version").first()
