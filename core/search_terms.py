"""Search terms: the base forms of the words of a text, for the search index and for search queries.

Finnish inflects every noun and builds compound words, so a search that
matches only the words as written fails most real queries ("kuoroa" should
find "kuoro", "konsertti" should find "Joulukonsertti"). The index holds,
besides the text itself, the forms this module derives from each word; a
query asks for each of its words in any of the word's own forms.

- Finnish: Voikko's morphology (the optional, GPL-licensed `pyvoikko`
  package, see requirements-voikko.txt) gives every base form of a word and
  of its compound parts. Without it, and for words Voikko does not know,
  the Snowball stemmer gives a stem.
- Swedish and English: the Snowball stemmer.

The index always holds the Snowball stems too, so that an index written
with Voikko still answers queries analysed without it, and the other way
round. Nothing here depends on the project's other modules.
"""

import importlib
import re
import threading
from functools import lru_cache

import snowballstemmer

# Words, not numbers: a token must have a letter in it.
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
# Longer tokens are addresses and codes, not words: not worth analysing.
MAX_WORD_LENGTH = 40
SNOWBALL_LANGUAGES = {"fi": "finnish", "sv": "swedish", "en": "english"}
WORD_CACHE_SIZE = 50_000

_stemmers = threading.local()


@lru_cache(maxsize=1)
def voikko():
    """Voikko's analyser (`pyvoikko.analyse`), or None when the optional package is not installed."""
    try:
        module = importlib.import_module("pyvoikko")
    except ImportError:
        return None
    return module.analyse


def voikko_available():
    return voikko() is not None


def words(text):
    """The lower-cased words of a text, in order, numbers left out."""
    return [word for word in _WORD.findall((text or "").lower()) if _LETTER.search(word)]


def _stemmer(language):
    # A Snowball stemmer keeps state while it works: one per thread.
    stemmers = getattr(_stemmers, "by_language", None)
    if stemmers is None:
        stemmers = _stemmers.by_language = {}
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(SNOWBALL_LANGUAGES[language])
    return stemmers[language]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def stem(word, language):
    """The Snowball stem of a lower-cased word, or the word itself in a language without a stemmer."""
    if language not in SNOWBALL_LANGUAGES or len(word) > MAX_WORD_LENGTH:
        return word
    return _stemmer(language).stemWord(word)


def _plain(form):
    # Voikko marks the seams of proper names ("Rova=niemi") and some compounds.
    return form.replace("=", "").lower()


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _analyses(word):
    """Voikko's readings of a lower-cased Finnish word: ((base form, (forms of its compound parts...)), ...)."""
    analyse = voikko()
    if analyse is None or len(word) > MAX_WORD_LENGTH:
        return ()
    readings = []
    for analysis in analyse(word):
        parts = analysis.COMPOUND_PARTS or []
        compound = []
        if len(parts) > 1:
            # Every run of parts ending in a base form: "vapaaehtoistyö" gives vapaaehtoinen, vapaa, työ...
            surfaces = [_plain(part.FORM).rstrip("-") for part in parts]
            bases = [_plain(part.BASEFORM).rstrip("-") for part in parts]
            for end in range(len(parts)):
                for start in range(end + 1):
                    compound.append("".join(surfaces[start:end]) + bases[end])
        readings.append((_plain(analysis.BASEFORM), tuple(form for form in compound if form)))
    return tuple(readings)


def base_forms(word, compound_parts=True):
    """Voikko's base forms of a lower-cased Finnish word (and of its compound parts); () when unknown or no Voikko.

    The index holds the compound parts, so that "konsertti" finds
    "Joulukonsertti"; a query asks for its words' whole base forms only,
    so that "kirpputorille" does not find every market square ("tori").
    """
    forms = []
    for base, parts in _analyses(word):
        forms.append(base)
        if compound_parts:
            forms.extend(parts)
    return tuple(dict.fromkeys(form for form in forms if form))


def word_forms(word, language):
    """The forms a query word may be found by in the index, the word itself first."""
    found = base_forms(word, compound_parts=False) if language == "fi" else ()
    # Words Voikko does not know (names, loans, typos) and every word without Voikko: the stem.
    return tuple(dict.fromkeys((word, *found) if found else (word, stem(word, language))))


def index_terms(texts, languages):
    """The derived forms of the words of texts in the given languages, as one space-separated text.

    The texts themselves are indexed as they are; this adds their base forms
    and stems (each once) for the search index.
    """
    terms = {}
    for text in texts:
        for word in words(text):
            # The word too: place and organisation names are not in the indexed text otherwise.
            terms[word] = None
            for language in languages:
                if language == "fi":
                    for form in base_forms(word):
                        terms[form] = None
                terms[stem(word, language)] = None
    return " ".join(terms)


def query_words(query, language):
    """A search's words, each as the tuple of forms that can match it (see word_forms); numbers as they are."""
    tokens = dict.fromkeys(_WORD.findall((query or "").lower()))
    return [word_forms(token, language) if _LETTER.search(token) else (token,) for token in tokens]


def field_texts(obj, names):
    """The text of a model instance's fields as searched: rich text and stream fields without their markup."""
    for name in names:
        field, value = obj._meta.get_field(name), getattr(obj, name)
        if hasattr(field, "get_searchable_content"):
            yield from (str(text) for text in field.get_searchable_content(value))
        elif value:
            yield str(value)


class IndexedTerms:
    """A model mixin: `indexed_terms()`, its texts' base forms and stems, for an `index.SearchField("indexed_terms")`.

    A model names its text fields in `indexed_term_fields`, and may add other
    texts (place and organisation names) in `indexed_term_texts()`; its
    words are analysed in its `locale`'s language.
    """

    indexed_term_fields = ("title",)

    def indexed_term_texts(self):
        return list(field_texts(self, self.indexed_term_fields))

    def indexed_term_languages(self):
        return [self.locale.language_code[:2]]

    def indexed_terms(self):
        return index_terms(self.indexed_term_texts(), self.indexed_term_languages())
