"""Open data: the one writer behind every CSV and JSON file the site hands out.

An app describes a dataset as column names and rows (mappings from each
column to its value) and returns :func:`opendata_response`; the staff-only
subscriber export writes the same CSV with :func:`write_csv` into
:func:`private_csv_response`. So every file follows the same rules:

CSV
    UTF-8 with a byte-order mark (spreadsheet programs otherwise read Arabic
    and Tifinagh as Latin-1), comma-separated, a header row with the column
    names. Empty and unknown values are empty cells, lists are joined with
    ``"; "``, dates are ISO 8601. Text loses its control characters
    (:func:`cndh.text.strip_control_characters`, line breaks kept), then a
    text cell that starts like a spreadsheet formula (``=``, ``+``, ``-``,
    ``@``, tab, carriage return, or their full-width forms, after any spaces)
    gets a leading ``'`` so that a spreadsheet shows it instead of running
    it. Booleans are ``true`` and ``false``, as in JSON. Numbers are written
    as they are: they come from the database, not from typing, and ``-3``
    must stay a number.

JSON
    UTF-8, one envelope for every dataset::

        {"dataset": "partners", "language": "fr", "as_of": "2021-12-31",
         "count": 2, "items": [{...}, {...}]}

    ``as_of`` is the date the computed states (in force, overdue...) were
    worked out for (:func:`cndh.clock.today`). Each item has the CSV's columns
    as keys, in the same order, with numbers, booleans, nulls and lists as
    JSON has them; text loses its control characters but keeps formula-like
    starts, since no spreadsheet runs JSON.

Headers
    ``Content-Type`` names the charset; ``X-Content-Type-Options: nosniff``.
    ``Content-Disposition`` is ``attachment`` for CSV (it is meant for a
    spreadsheet program, not for reading as raw text in the browser) and
    ``inline`` for JSON (browsers show it with their JSON viewer, programs
    ignore the header), with the file name
    ``cndh-<dataset>-<language>-<as_of>.<csv|json>``, so that downloads made
    on different days or in different languages do not overwrite each other.

Caching
    Public exports are ``Cache-Control: public, max-age=600`` and
    ``Access-Control-Allow-Origin: *`` (anyone's page may read open data).
    They carry no ``Last-Modified``: what they show changes when an item's
    publication time comes, when staff withdraw an item (whose date is then
    no longer among the rows shown) and when the day changes the computed
    states, so no date taken from the rows would be true; ten minutes bounds
    how long a withdrawn item can linger in a cache. Staff-only files
    (:func:`private_csv_response`) are never stored by any cache.
"""

import csv
import datetime
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import Promise
from django.utils.http import content_disposition_header

from cndh import clock
from cndh.i18n import page_language
from cndh.text import strip_control_characters

FORMATS = ("csv", "json")
PUBLIC_MAX_AGE = 600
BYTE_ORDER_MARK = "\ufeff"
# Spreadsheet programs skip leading spaces before they look for a formula, and read the
# full-width signs (＝ ＋ － ＠, typed by East Asian input methods) as the ASCII ones.
_FORMULA = re.compile(r"[ \u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")
LIST_SEPARATOR = "; "
ENVELOPE_KEYS = ("dataset", "language", "as_of", "count", "items")

_CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}

Row = Mapping[str, object]


def csv_cell(value) -> str:
    """One value as a CSV cell that no spreadsheet program will run or cut."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        # A number from the database carries no formula, and a negative one must stay a number.
        return str(value)
    text = _text(value)
    return f"'{text}" if _FORMULA.match(text) else text


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        # As JSON writes them, and as the README documents the columns.
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_text(item) for item in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return strip_control_characters(str(value))


def write_csv(stream, columns: Sequence[str], rows: Iterable[Row]) -> None:
    """The byte-order mark, the header and one line per row, each cell through :func:`csv_cell`.

    ``stream`` is anything with ``write(str)``: an ``HttpResponse``, a ``StringIO``.
    """
    stream.write(BYTE_ORDER_MARK)
    writer = csv.writer(stream)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row[column]) for column in columns])


def json_value(value):
    """``value`` for the JSON envelope: control characters out of every string, dates in ISO 8601."""
    if isinstance(value, str | Promise):
        return strip_control_characters(value)
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {key: json_value(item) for key, item in value.items()}
    if hasattr(value, "isoformat"):
        # Dates of known precision (PartialDate) and full ones read alike in both formats.
        return value.isoformat()
    return value


def envelope(*, dataset: str, columns: Sequence[str], rows: Iterable[Row], as_of: datetime.date | None = None) -> dict:
    """The JSON document of a dataset: its name, language, date, count and items."""
    items = [{column: json_value(row[column]) for column in columns} for row in rows]
    return {
        "dataset": dataset,
        "language": page_language(),
        "as_of": clock.or_today(as_of).isoformat(),
        "count": len(items),
        "items": items,
    }


def opendata_response(
    *, dataset: str, fmt: str, columns: Sequence[str], rows: Iterable[Row], as_of: datetime.date | None = None
) -> HttpResponse:
    """A public open-data file: ``dataset`` (a name unique on the site) as CSV or JSON.

    ``as_of`` is the day the rows' states were computed for, when the caller
    fixed it once for them all; it defaults to :func:`cndh.clock.today`.
    """
    if fmt not in FORMATS:
        raise ValueError(f"Unknown open-data format {fmt!r}")
    as_of = clock.or_today(as_of)
    response = HttpResponse(content_type=_CONTENT_TYPES[fmt])
    if fmt == "csv":
        write_csv(response, columns, rows)
    else:
        document = envelope(dataset=dataset, columns=columns, rows=rows, as_of=as_of)
        response.write(json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1))
    filename = f"cndh-{dataset}-{page_language()}-{as_of.isoformat()}.{fmt}"
    response["Content-Disposition"] = content_disposition_header(fmt == "csv", filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


def private_csv_response(filename: str) -> HttpResponse:
    """An empty CSV attachment for staff-only data, to fill with :func:`write_csv`.

    Personal data must not stay in a browser's or a proxy's cache, hence
    ``private, no-store`` and no cross-origin access.
    """
    response = HttpResponse(content_type=_CONTENT_TYPES["csv"])
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    return response
