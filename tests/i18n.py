"""Expected interface text in Finnish, the default language of the site and the admin.

Tests keep naming messages by their English source text (the msgid), so a
test still reads like the code it checks, and compare against the Finnish
translation that a request to /fi/... or the admin actually renders.
"""

from django.utils import translation
from django.utils.translation import gettext


def fi(message, **params):
    """``message`` translated into Finnish, interpolated with ``params`` when given."""
    with translation.override("fi"):
        text = gettext(message)
    return text % params if params else text
