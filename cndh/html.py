"""Helpers for stored HTML fragments (already sanitised by cndh.richtext)."""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import slugify

_HEADING = re.compile(r"<h([23])>(.*?)</h\1>", re.DOTALL)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


def anchor_headings(html: str) -> tuple[str, list[Heading]]:
    """Give each h2/h3 an id and return the headings for a table of contents.

    Anchors are "s1", "s2"... rather than slugs of the text, so they are the
    same in every language and links to a part survive a language switch.
    """
    headings: list[Heading] = []

    def number(match: re.Match) -> str:
        level, inner = int(match.group(1)), match.group(2)
        anchor = f"s{len(headings) + 1}"
        headings.append(Heading(level, strip_tags(inner).strip(), anchor))
        return f'<h{level} id="{anchor}">{inner}</h{level}>'

    return _HEADING.sub(number, html or ""), headings


def ascii_slug(text: str) -> str:
    return slugify(text, allow_unicode=False)
