"""Text on its way out of the site: into a feed, an export file or a database query.

Staff paste text from word processors and PDFs, and visitors type anything
into a query string; both carry control characters now and then (a vertical
tab, a NUL, a form feed). They are never meaningful in this site's text, yet
each one breaks something downstream: Django's feed generator raises on the
characters XML 1.0 cannot carry, PostgreSQL refuses NUL in text, CSV readers
and spreadsheet programs cut lines or cells on them. Every place that lets
text leave the site strips them with :func:`strip_control_characters`.

Only category Cc (C0, DEL and C1) and the two non-characters XML forbids are
removed. Format characters (category Cf: the right-to-left and left-to-right
marks, zero-width joiners and non-joiners) stay: Arabic and Tamazight text
needs them to read in the right order and to join its letters.
"""

import re

from django.utils.functional import Promise

# Lone surrogates cannot be encoded as UTF-8, so a file or a feed holding one fails as a whole.
_REMOVED = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_CONTROL = re.compile(f"[{_REMOVED}]")
_CONTROL_AND_WHITESPACE = re.compile(f"[{_REMOVED}\t\n\r]")


def strip_control_characters(text: str | Promise | None, *, keep_whitespace: bool = True) -> str:
    """``text`` (``None`` reads as empty) without control characters.

    With ``keep_whitespace`` (the default) tab, line feed and carriage return
    stay, since summaries and bodies break lines with them and CSV and XML
    carry them; a one-line value such as a query parameter passes
    ``keep_whitespace=False`` to lose them too.
    """
    if text is None:
        return ""
    if isinstance(text, Promise):
        text = str(text)
    pattern = _CONTROL if keep_whitespace else _CONTROL_AND_WHITESPACE
    return pattern.sub("", text)


def isolate(text: str) -> str:
    """``text`` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: inserted into a line of
    plain text (a mail, a feed's title), it keeps its own order and leaves the line's as it is,
    as ``<bdi>`` does in HTML."""
    return f"\u2068{text}\u2069" if text else ""
