"""Helpers for stored HTML fragments (already sanitised by cndh.richtext)."""

import re
from dataclasses import dataclass, field

from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext

from cndh.i18n import direction_of, page_language

_HEADING = re.compile(r"<h([23])>(.*?)</h\1>", re.DOTALL)


@dataclass
class Heading:
    level: int
    text: str
    anchor: str
    children: list["Heading"] = field(default_factory=list)


def heading_tree(headings: list[Heading]) -> list[Heading]:
    """Nest each h3 under the h2 before it, for a table of contents that numbers only parts."""
    tree: list[Heading] = []
    for heading in headings:
        if heading.level > 2 and tree:
            tree[-1].children.append(heading)
        else:
            tree.append(heading)
    return tree


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


def heading_parts(html: str) -> list[tuple[str, str, str]]:
    """The fragment cut at its headings: (anchor, heading, HTML up to the next heading) for each,
    with anchors as ``anchor_headings`` numbers them; what comes before the first heading is
    the part with an empty anchor and heading."""
    parts, start, anchor, heading = [], 0, "", ""
    for number, match in enumerate(_HEADING.finditer(html or ""), start=1):
        parts.append((anchor, heading, html[start : match.start()]))
        anchor, heading, start = f"s{number}", strip_tags(match.group(2)).strip(), match.end()
    parts.append((anchor, heading, (html or "")[start:]))
    return parts


_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)


def wrap_tables(html: str, language: str | None = None) -> str:
    """Put each table in a box that scrolls sideways on a narrow screen.

    The box can take keyboard focus, so a keyboard user can scroll it too. Its label is in the
    page's language; when the text is in another one (``language``, a fallback), the box says
    the page's language for its label and the table inside says its own.
    """
    label = escape(gettext("Table (scrolls sideways)"))
    page = page_language()
    box, inner, close = "", "", ""
    if language is not None and language != page:
        # The box scrolls from the table's start: it takes the table's direction.
        box, inner, close = f' lang="{page}" dir="{direction_of(language)}"', f'<div lang="{language}">', "</div>"
    opening = f'<div class="table-scroll" tabindex="0" role="region" aria-label="{label}"{box}>{inner}'
    return _TABLE.sub(lambda m: f"{opening}{m.group(0)}{close}</div>", html or "")


def ascii_slug(text: str) -> str:
    return slugify(text, allow_unicode=False)
