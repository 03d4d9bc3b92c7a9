"""The four interface catalogues: complete, compiled, placeholders kept, Tamazight in Tifinagh
with one word for one thing (locale/zgh/glossary.yaml).

English is the language of the msgids: its catalogue only holds the few strings whose
English wording differs from the msgid, so it is not required to be complete.
"""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import polib
import pytest
import yaml

from tests.helpers import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ["ar", "zgh", "fr"]
GLOSSARY = ROOT / "locale" / "zgh" / "glossary.yaml"

PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sdif]|%[sdif]|\{[a-z_0-9]*\}")
TAG = re.compile(r"</?[a-z][a-z0-9]*")
TIFINAGH = re.compile("[\u2d30-\u2d7f]")
ARABIC = re.compile("[\u0600-\u06ff]")
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


def translations(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def live(po: polib.POFile) -> list[polib.POEntry]:
    return [entry for entry in po if not entry.obsolete and entry.msgid]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_compiled_catalogue_matching_its_source(language):
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    assert po_path.exists() and mo_path.exists()
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(mo_path))
    translated = {(e.msgctxt, e.msgid): translations(e) for e in po.translated_entries()}
    compiled = {(e.msgctxt, e.msgid): translations(e) for e in mo}
    stale = [key for key, value in translated.items() if compiled.get(key) != value]
    assert stale == [], "run `make messages`: the .mo is older than the .po"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogue_is_complete(language):
    po = catalogue(language)
    missing = [e.msgid for e in live(po) if not all(translations(e)) or "fuzzy" in e.flags]
    assert missing == [], f"{len(missing)} strings of locale/{language} are untranslated or fuzzy"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_and_tags_of_its_msgid(language):
    wrong = []
    for entry in live(catalogue(language)):
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        expected_placeholders = set().union(*(PLACEHOLDER.findall(source) for source in sources))
        expected_tags = sorted(TAG.findall(entry.msgid))
        for text in translations(entry):
            if not text:
                continue
            # A plural's singular may say "one" instead of printing the number.
            placeholders = set(PLACEHOLDER.findall(text))
            if not placeholders <= expected_placeholders or (
                not entry.msgid_plural and placeholders != expected_placeholders
            ):
                wrong.append((entry.msgid, text))
            if sorted(TAG.findall(text)) != expected_tags:
                wrong.append((entry.msgid, text))
    assert wrong == []


def test_tamazight_is_written_in_tifinagh_never_in_arabic_script():
    wrong = []
    for entry in live(catalogue("zgh")):
        for text in translations(entry):
            bare = PLACEHOLDER.sub("", re.sub(r"<[^>]+>", "", text))
            latin_only = not TIFINAGH.search(bare) and not LATIN_WORD.search(re.sub(r"\b[A-Z]{2,}\b", "", bare))
            # A letter from another script that looks like a Tifinagh one (Coptic ⳓ for ⴳ).
            foreign = [c for c in bare if unicodedata.category(c)[0] == "L" and not (TIFINAGH.match(c) or c.isascii())]
            if ARABIC.search(bare) or foreign or not (TIFINAGH.search(bare) or latin_only):
                wrong.append((entry.msgid, text))
    assert wrong == []


def glossary() -> list[dict]:
    return yaml.safe_load(GLOSSARY.read_text())


def test_the_glossary_gives_each_term_its_forms_and_a_stem_found_in_them():
    terms = glossary()
    assert len(terms) >= 15
    for term in terms:
        assert {"en", "fr", "free", "stem"} <= term.keys(), term
        for form in ("free", "annexed", "plural"):
            if form in term:
                assert TIFINAGH.search(term[form]), term
        assert term["stem"] in term["free"], term
    assert len({term["en"].lower() for term in terms}) == len(terms), "a term is listed twice"


def uses_term(text: str, term: dict) -> bool:
    return any(term[form] in text for form in ("stem", "free", "annexed", "plural") if form in term)


def test_every_tamazight_string_that_names_a_glossary_term_uses_its_word():
    """One word for one thing: a msgid naming "report" has the glossary's word for report
    (its stem, or one of its forms where the stem changes, as in a plural)."""
    entries = live(catalogue("zgh"))
    wrong = []
    for term in glossary():
        english = re.compile(rf"\b{re.escape(term['en'])}(s|es)?\b", re.IGNORECASE)
        for entry in entries:
            # A placeholder's name ("%(years)s") is not a word of the sentence.
            if english.search(PLACEHOLDER.sub("", entry.msgid)) and not all(
                uses_term(text, term) for text in translations(entry)
            ):
                wrong.append((term["en"], entry.msgid, translations(entry)))
    assert wrong == []


def test_the_catalogues_hold_every_string_the_code_and_templates_ask_for(tmp_path):
    """A string added to a template or the code without `make messages` would be shown in
    Arabic on a Tamazight page: extract the msgids afresh, from a copy, and compare."""
    copy = tmp_path / "site"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".git", ".venv", "node_modules", "media", "staticfiles", "backups", "*.sqlite3*"),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zgh", "--no-obsolete", "--no-location"],
        cwd=copy,
        env={**os.environ, "DJANGO_DEBUG": "1"},
        check=True,
        capture_output=True,
    )
    fresh = polib.pofile(str(copy / "locale" / "zgh" / "LC_MESSAGES" / "django.po"))
    expected = {(entry.msgctxt, entry.msgid) for entry in live(fresh)}
    present = {(entry.msgctxt, entry.msgid) for entry in live(catalogue("zgh"))}
    assert sorted(expected - present, key=str) == [], "run `make messages`: these strings are not in the catalogues"


def test_catalogues_pass_msgfmt_check():
    for language in LANGUAGES:
        po = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        out = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr


def test_changing_a_term_replaces_whole_words_only():
    spec = importlib.util.spec_from_file_location("zgh_term", ROOT / "scripts" / "zgh_term.py")
    zgh_term = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(zgh_term)
    # The free state changes; the annexed state and the plural, other words, stay.
    text = "ⴰⵏⴰⵍⴽⴰⵎ ⴰⵏⴰⵎⵓⵔ, ⵜⵉⵙⵏⴰ ⵏ ⵓⵏⴰⵍⴽⴰⵎ, ⵉⵏⴰⵍⴽⴰⵎⵏ (ⴰⵏⴰⵍⴽⴰⵎ)"
    assert zgh_term.replace_word(text, "ⴰⵏⴰⵍⴽⴰⵎ", "ⴰⵏⵏⴰⵍⴽⴰⵎ") == "ⴰⵏⵏⴰⵍⴽⴰⵎ ⴰⵏⴰⵎⵓⵔ, ⵜⵉⵙⵏⴰ ⵏ ⵓⵏⴰⵍⴽⴰⵎ, ⵉⵏⴰⵍⴽⴰⵎⵏ (ⴰⵏⵏⴰⵍⴽⴰⵎ)"
