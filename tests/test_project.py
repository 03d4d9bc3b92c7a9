"""Project-wide guards: migrations, catalogues, languages."""

import subprocess
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

from tests.helpers import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
NAVIGATION_AND_HEADINGS = [
    "Home",
    "Cooperation and external relations",
    "International partners",
    "Reports",
    "Treaties",
    "News",
    "Newsletter",
    "Main navigation",
    "Languages",
    "You are here:",
    "Top of page",
    "Skip to main content",
    "Text size",
    "Smaller",
    "Larger",
    "Contents",
    "Chapters",
    "Page not found",
]


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_compiled_catalogue_matching_its_source(language):
    po_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    assert po_path.exists() and mo_path.exists()
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(mo_path))
    translated = {(e.msgctxt, e.msgid) for e in po.translated_entries()}
    compiled = {(e.msgctxt, e.msgid) for e in mo}
    assert translated <= compiled, "run `make messages`: the .mo is older than the .po"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_arabic_and_french_catalogues_are_complete(language):
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()] + [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == []


def test_tamazight_catalogue_covers_navigation_and_headings():
    po = polib.pofile(str(ROOT / "locale" / "zgh" / "LC_MESSAGES" / "django.po"))
    translated = {e.msgid: e.msgstr for e in po.translated_entries()}
    for msgid in NAVIGATION_AND_HEADINGS:
        assert translated.get(msgid), msgid
        assert any("\u2d30" <= ch <= "\u2d7f" for ch in translated[msgid]), f"{msgid} is not in Tifinagh"


def test_catalogues_pass_msgfmt_check():
    for language in LANGUAGES:
        po = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        out = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr


def manage_py_without_settings(*args: str) -> subprocess.CompletedProcess:
    import os
    import sys

    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
    )


def test_manage_py_without_a_secret_key_names_the_missing_setting():
    result = manage_py_without_settings("check", "--deploy")
    assert result.returncode == 1
    assert "DJANGO_SECRET_KEY must be set" in result.stderr
    assert "Unknown command" not in result.stderr + result.stdout


def test_commands_that_need_no_secret_run_without_the_production_settings():
    result = manage_py_without_settings("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout
