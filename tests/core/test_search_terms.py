"""The search analyser: base forms, compound parts and stems, with Voikko and without it."""

import pytest

from core import search_terms

needs_voikko = pytest.mark.skipif(not search_terms.voikko_available(), reason="Voikko is not installed")


@pytest.fixture
def no_voikko(monkeypatch):
    monkeypatch.setattr(search_terms, "voikko", lambda: None)
    search_terms._analyses.cache_clear()
    yield
    search_terms._analyses.cache_clear()


@needs_voikko
def test_a_query_word_asks_for_its_base_forms_not_its_compound_parts():
    assert search_terms.query_words("Kuoroa kirpputorille", "fi") == [
        ("kuoroa", "kuoro"),
        ("kirpputorille", "kirpputora", "kirpputori"),
    ]


@needs_voikko
def test_the_index_holds_compound_parts_and_proper_names_without_seams():
    terms = search_terms.index_terms(["Joulukonsertti Rovaniemellä", "vapaaehtoistyö"], ["fi"]).split()
    assert {"joulukonsertti", "konsertti", "joulu", "rovaniemi", "vapaaehtoinen", "työ"} <= set(terms)
    assert all("=" not in term for term in terms)


def test_swedish_and_unknown_words_are_stemmed(no_voikko):
    assert search_terms.query_words("körer", "sv") == [("körer", "kör")]
    assert search_terms.query_words("kuoroa", "fi") == [("kuoroa", "kuoro")]
    assert "kör" in search_terms.index_terms(["Kören sjunger"], ["sv"]).split()


def test_numbers_and_odd_input_are_kept_or_left_out_without_errors():
    assert search_terms.query_words("2026", "fi") == [("2026",)]
    assert search_terms.query_words('"*( )', "fi") == []
    assert search_terms.index_terms([None, "", "12 34"], ["fi", "sv"]) == ""
    long_word = "a" * 300
    assert search_terms.query_words(long_word, "fi") == [(long_word,)]
    assert search_terms.query_words("hello", "de") == [("hello",)]
