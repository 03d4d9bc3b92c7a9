"""Words as the search engines see them: normalised, stemmed, and found again in the text.

The same functions serve the index and the query, on PostgreSQL and SQLite alike, so that
what a visitor types and what staff wrote meet in one form:

- every text is folded the same way whatever its language: case, Latin accents, Arabic
  diacritics and Quranic marks, tatweel, the forms of alef, alef maqsura, ta marbuta, the
  hamza carriers, Arabic-Indic digits;
- each word is then stemmed by its script and the text's language: Arabic words lose one
  prefix of the article (ال with و ب ك ف, or لل) and one suffix (ات ون ين ها هم ه); French and
  English words go through Snowball's stemmers; Tifinagh and everything else match as typed.

The Arabic stemming is written here rather than taken from Snowball's Arabic stemmer: that one
keeps وال and فال (so "والمجلس" never meets "مجلس"), works on the letters before folding (it
strips ة but not the ه every folded text has in its place) and removes verb prefixes that turn
names into other words. A light stemmer of a handful of affixes is what search needs here.
"""

import functools
import re
import unicodedata

import snowballstemmer

# Diacritics (tashkeel), superscript alef and the Quranic annotation marks.
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        **{chr(0x0660 + n): str(n) for n in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + n): str(n) for n in range(10)},  # Eastern Arabic-Indic digits
    }
)
_REMOVE = re.compile(f"[{_ARABIC_MARKS}{_TATWEEL}]")

#: A word of the text: letters and digits, with the marks and joiners written inside words.
WORD = re.compile(rf"[^\W_](?:[\w\u0300-\u036f\u00b7{_ARABIC_MARKS}{_TATWEEL}\u200c\u200d'’]*[^\W_])?")

_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ات", "ون", "ين", "ها", "هم", "ه")
_SNOWBALL = {"fr": "french", "en": "english"}

#: The longest word kept: past it a "word" is a pasted address or a run of letters.
MAX_WORD = 60


def _without_marks(text: str) -> str:
    # Decomposition splits accents off Latin letters (é -> e + ◌́) and hamza and madda off their
    # carriers (أ -> ا + ◌ٔ, ؤ -> و + ◌ٔ); marks then go, with the diacritics and Quranic marks.
    decomposed = unicodedata.normalize("NFKD", text)
    return _REMOVE.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """``text`` in the folded form both sides of a search meet in (see the module's notes)."""
    return _without_marks(_without_marks(text).translate(_FOLD).casefold())


def arabic_stem(word: str) -> str:
    """One article prefix and one suffix off a folded Arabic word, keeping at least three letters."""
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@functools.cache
def _snowball(language: str):
    return snowballstemmer.stemmer(_SNOWBALL[language])


def _folded_word(word: str) -> str:
    """One word folded, without what precedes an elision ("l'homme", "d'Afrique": the word is
    what follows the apostrophe) and without the joiners written inside it."""
    folded = fold(word).replace("’", "'")
    return folded.rsplit("'", 1)[-1].replace("\u200c", "").replace("\u200d", "")


@functools.lru_cache(maxsize=65536)
def term(word: str, language: str) -> str:
    """The indexed form of one word of a text in ``language``."""
    folded = _folded_word(word)
    if not folded:
        return ""
    if _ARABIC_LETTER.match(folded):
        return arabic_stem(folded)
    if language in _SNOWBALL and folded.isascii():
        return _snowball(language).stemWord(folded)
    return folded


def prefix_term(word: str, language: str) -> str:
    """The indexed form of a word still being typed, to match the beginning of indexed words:
    its stem when that begins the word (French, English); for Arabic, the word without its
    article, however short what remains ("الأم" is on its way to "الأمم", indexed "امم")."""
    folded = _folded_word(word)
    if _ARABIC_LETTER.match(folded):
        for prefix in _ARABIC_PREFIXES:
            if folded.startswith(prefix) and len(folded) > len(prefix):
                return folded[len(prefix) :]
        return folded
    stem = term(word, language)
    return stem if stem and folded.startswith(stem) else folded


def words(text: str) -> list[str]:
    return [word for word in WORD.findall(text or "") if len(word) <= MAX_WORD]


def terms(text: str, language: str) -> list[str]:
    """The indexed forms of every word of ``text``, in order."""
    found = (term(word, language) for word in words(text))
    return [t for t in found if t]


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word (two spaces before, one after), for SQLite's suggestions."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """pg_trgm's ``similarity()``: shared trigrams over all trigrams."""
    first, second = trigrams(a), trigrams(b)
    return len(first & second) / len(first | second) if first and second else 0.0
