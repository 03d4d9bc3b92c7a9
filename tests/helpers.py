"""Helpers shared by the tests."""

import re

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DIRECTIONS = {"ar": "rtl", "zgh": "ltr", "fr": "ltr", "en": "ltr"}


def html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', html)
    assert match, "no <html lang dir>"
    return match.group(1), match.group(2)


def sitemap_paths(client) -> list[str]:
    """Every public address the sitemap lists, as paths (all languages)."""
    import xml.etree.ElementTree as ET  # noqa: S405 - our own sitemap

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(response.content)  # noqa: S314
    return ["/" + loc.text.split("://", 1)[1].split("/", 1)[1] for loc in root.findall("s:url/s:loc", ns)]


def one_path_per_view(paths: list[str]) -> list[str]:
    """A representative path for each view and language (the first the sitemap lists)."""
    from django.urls import resolve
    from django.utils import translation

    seen, chosen = set(), []
    for path in paths:
        language = path.split("/")[1]
        with translation.override(language):
            key = (language, resolve(path.split("?")[0]).view_name)
        if key not in seen:
            seen.add(key)
            chosen.append(path)
    return chosen
