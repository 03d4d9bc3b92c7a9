"""Hostile content for every text field of every public model, and a check that none of it can run.

Shared by the server-side test (tests/test_hostile_content.py) and the browser
test (tests/e2e/test_hostile_content.py).
"""

import re
from html.parser import HTMLParser

from django.db import models

from cndh.partialdate import PartialDateField

#: What an attacker types: script tags, event handlers, javascript: and data: links (plain,
#: entity-encoded, with a tab inside the scheme), SVG and iframes, CSS expressions, an
#: attribute break-out, bidi controls, and template syntax that must stay text.
VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '<a href="javascript:alert(3)">a</a>',
    "<svg onload=alert(4)>",
    '<iframe src="javascript:alert(5)"></iframe>',
    '<p style="width:expression(alert(6))">p</p>',
    '"><script>alert(7)</script>',
    "'><img src=x onerror=alert(8)>",
    "&lt;script&gt;alert(9)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(10)&#62;",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=">d</a>',
    '<a href="java&#x09;script:alert(12)">t</a>',
    "\u202eevil\u202c \u2066<b onmouseover=alert(13)>bidi</b>\u2069",
    "</title></textarea><script>alert(14)</script>",
    "{{ request }}{% now 'Y' %}",
]
HOSTILE_URLS = ["javascript:alert(20)", "java\tscript:alert(21)", "data:text/html,<script>alert(22)</script>"]


def hostile_text(max_length: int | None, start: int = 0) -> str:
    """As many vectors as fit in ``max_length``, starting at a different one for each field."""
    rotated = VECTORS[start % len(VECTORS) :] + VECTORS[: start % len(VECTORS)]
    text = ""
    for vector in rotated:
        if max_length is None or len(text) + len(vector) <= max_length:
            text += vector
    return text


def hostile_values(model) -> dict[str, str]:
    """A hostile value for each text and link field of ``model`` that a visitor may see.

    Left alone: slugs and choices (the site's own codes, in addresses), unique
    codes, dates of known precision (validated text) and fields no form shows.
    """
    values = {}
    for index, field in enumerate(model._meta.concrete_fields):
        if (
            not isinstance(field, models.CharField | models.TextField)
            or isinstance(field, models.SlugField | PartialDateField)
            or field.choices
            or field.unique
            or not field.editable
        ):
            continue
        if isinstance(field, models.URLField):
            values[field.attname] = HOSTILE_URLS[index % len(HOSTILE_URLS)]
        else:
            values[field.attname] = hostile_text(getattr(field, "max_length", None), index)
    return values


_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "frame", "frameset", "base", "applet"}


class _Runnable(HTMLParser):
    """Collects every piece of markup a browser would run."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self._in_script = True
            if not (attributes.get("src") or "").startswith("/static/"):
                self.found.append(f"<script {attrs}>")
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.found.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES:
                scheme = _IGNORED_IN_URL.sub("", value).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:")):
                    self.found.append(f"<{tag} {name}={value!r}>")
            if name == "style" and re.search(r"expression\s*\(|javascript:|url\s*\(", value, re.IGNORECASE):
                self.found.append(f"<{tag} style={value!r}>")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"inline script {data.strip()[:40]!r}")


def runnable_markup(html: str) -> list[str]:
    """Scripts that are not the site's own files, event handlers, script links, frames: [] when none."""
    parser = _Runnable()
    parser.feed(html)
    parser.close()
    return parser.found
