"""Every interface string is translated into Finnish and Swedish, and compiled."""

from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_catalogue_has_no_untranslated_or_fuzzy_entries(language):
    catalogue = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated in {language}: {untranslated[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {language}: {fuzzy[:10]}"
    assert len(catalogue) > 50


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_compiled_catalogue_matches_the_source(language):
    source = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    compiled = polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))
    compiled_ids = {entry.msgid for entry in compiled}
    stale = [entry.msgid for entry in source if entry.translated() and entry.msgid not in compiled_ids]
    assert not stale, f"run `make compilemessages`: {stale[:5]}"


def test_interface_speaks_finnish_and_swedish():
    with translation.override("fi"):
        assert translation.gettext("Skip to content") == "Siirry sisältöön"
    with translation.override("sv"):
        assert translation.gettext("Skip to content") == "Hoppa till innehållet"
