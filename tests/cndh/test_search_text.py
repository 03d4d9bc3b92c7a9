"""The one form words take on both sides of a search (cndh.search.text)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cndh.search import text


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("الامم", "الأمم"),  # alef with hamza above
        ("اسلام", "إسلام"),  # alef with hamza below
        ("الان", "الآن"),  # alef with madda
        ("الوصل", "ٱلوصل"),  # alef wasla
        ("مصطفي", "مصطفى"),  # alef maqsura
        ("المتحده", "المتحدة"),  # ta marbuta
        ("مسوول", "مسؤول"),  # waw with hamza
        ("رييس", "رئيس"),  # ya with hamza
        ("حقوق", "حُقُوقٌ"),  # diacritics
        ("المجلس", "المجـــلس"),  # tatweel
        ("2021", "٢٠٢١"),  # Arabic-Indic digits
        ("2021", "۲۰۲۱"),  # Eastern Arabic-Indic digits
        ("defenseur", "Défenseur"),
        ("ecole", "ÉCOLE"),
    ],
)
def test_typed_and_written_forms_fold_alike(typed, written):
    assert text.fold(typed) == text.fold(written)


@pytest.mark.parametrize("word", ["بالمجلس", "والمجلس", "كالمجلس", "فالمجلس", "للمجلس", "المجلس", "مجلسهم", "مجلسها"])
def test_arabic_article_prefixes_and_suffixes_come_off(word):
    assert text.term(word, "ar") == "مجلس"


@pytest.mark.parametrize(("word", "stem"), [("المعاهدات", "معاهد"), ("المتحدون", "متحد"), ("الموظفين", "موظف")])
def test_arabic_plural_suffixes_come_off(word, stem):
    assert text.term(word, "ar") == stem


def test_short_arabic_words_keep_three_letters():
    # "الله" would lose its article and be left with one letter; a word keeps three.
    assert text.term("بال", "ar") == "بال"
    assert len(text.term("اللات", "ar")) >= 3


def test_french_and_english_words_are_stemmed():
    assert text.term("défenseurs", "fr") == text.term("defenseur", "fr")
    assert text.term("Institutions", "en") == text.term("institution", "en")
    assert text.term("l'homme", "fr") == text.term("homme", "fr")


def test_tifinagh_is_matched_as_typed():
    assert text.terms("ⴰⵙⵇⵇⵉⵎ ⵏ ⵢⵉⵣⵔⴼⴰⵏ", "zgh") == ["ⴰⵙⵇⵇⵉⵎ", "ⵏ", "ⵢⵉⵣⵔⴼⴰⵏ"]


def test_operators_and_punctuation_are_not_words():
    assert text.words("a&b | !c :* \"d\" (e) 'f' <g>") == ["a", "b", "c", "d", "e", "f", "g"]


def test_similarity_is_pg_trgm_s():
    # pg_trgm: similarity('word', 'two words') = 0.363636 (its documentation's example).
    assert round(text.similarity("word", "words"), 6) == round(4 / 7, 6)
    assert text.similarity("amnesty", "amnesty") == 1.0
    assert text.similarity("abc", "xyz") == 0.0


@given(st.text(max_size=60))
def test_folding_is_idempotent(value):
    assert text.fold(text.fold(value)) == text.fold(value)


@given(st.text(max_size=200))
def test_terms_of_any_text_are_words_without_operators(value):
    for term in text.terms(value, "fr") + text.terms(value, "ar"):
        assert term and not set(term) & set("&|!:*()'\"<> \t\n\x00")


@pytest.mark.parametrize(
    ("typed", "language", "indexed"),
    [("nations", "fr", "Nations"), ("nati", "en", "Nations"), ("الأم", "ar", "الأمم"), ("بالمج", "ar", "بالمجلس")],
)
def test_a_word_being_typed_begins_the_indexed_word(typed, language, indexed):
    assert text.term(indexed, language).startswith(text.prefix_term(typed, language))
