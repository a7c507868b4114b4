"""The visitor's address when the app servers sit behind proxies."""

from django.conf import settings


def client_ip(request):
    """The client's address, trusting only the last TRUSTED_PROXY_COUNT proxies.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so the client's own address is the one the outermost
    trusted proxy appended; anything before it may have been forged by the
    client. Rate limits key on this, so that visitors behind the proxy do not
    share one limit and a forged header cannot dodge it.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if not forwarded:
        return remote
    return forwarded[-count] if len(forwarded) >= count else forwarded[0]
