"""Helpers shared by the tests."""

import re

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DIRECTIONS = {"ar": "rtl", "zgh": "ltr", "fr": "ltr", "en": "ltr"}


def html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', html)
    assert match, "no <html lang dir>"
    return match.group(1), match.group(2)
