"""Values kept in one column per language (`name_fi`, `name_sv`, ...), read in the reader's language."""

from django.utils.translation import get_language


def active_language():
    """The two-letter code of the active language; Finnish where none is active (commands, tasks)."""
    return (get_language() or "fi")[:2]


class InReadersLanguage:
    """A read-only attribute: `<prefix>_<language>` in the active language, else the `fallback` attribute.

    For a model with a column per language, e.g. `area_name = InReadersLanguage("area_name")`
    reads `area_name_sv` on Swedish pages and `area_name_fi` where that is
    empty or the model has no column in the language.
    """

    def __init__(self, prefix, fallback=None):
        self.prefix = prefix
        self.fallback = fallback or f"{prefix}_fi"

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, f"{self.prefix}_{active_language()}", "") or getattr(obj, self.fallback)
