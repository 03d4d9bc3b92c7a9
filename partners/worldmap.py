"""The world map of the partners directory: an inline SVG drawn on the server.

The outlines come from partners/data/world.json (Natural Earth, public
domain; see the README beside it). The drawing depends only on the language
and on which countries are marked, so it is cached under those.
"""

import functools
import hashlib
import json
from pathlib import Path

from django.core.cache import cache
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext
from django_countries import countries

GEOMETRY = Path(__file__).resolve().parent / "data" / "world.json"
CACHE_SECONDS = 24 * 60 * 60


@functools.cache
def geometry() -> dict:
    return json.loads(GEOMETRY.read_text(encoding="utf-8"))


def country_label(code: str, count: int) -> str:
    return ngettext(
        "%(country)s: %(count)s partner",
        "%(country)s: %(count)s partners",
        count,
    ) % {"country": countries.name(code), "count": count}


def _marked(code: str, count: int, link: str) -> SafeString:
    world = geometry()
    label = country_label(code, count)
    if code in world["paths"]:
        shape = format_html('<path d="{}"/>', world["paths"][code])
    else:
        x, y = world["points"][code]
        shape = format_html('<circle cx="{}" cy="{}" r="4"/>', x, y)
    return format_html('<a href="{}" aria-label="{}"><title>{}</title>{}</a>', link, label, label, shape)


def world_map_svg(counts: dict[str, int], *, link_pattern: str) -> SafeString:
    """The map with each country of ``counts`` marked and linked.

    ``link_pattern`` holds "{code}" where the country's ISO code goes.
    Countries the geometry does not know are left out of the drawing (the text
    list beside the map still names them).
    """
    world = geometry()
    marked = {c: n for c, n in counts.items() if c in world["paths"] or c in world["points"]}
    fingerprint = hashlib.sha256(repr((sorted(marked.items()), link_pattern)).encode()).hexdigest()[:24]
    key = f"partners:worldmap:{get_language()}:{fingerprint}"
    svg = cache.get(key)
    if svg is None:
        svg = _draw(world, marked, link_pattern)
        cache.set(key, svg, CACHE_SECONDS)
    return mark_safe(svg)  # noqa: S308  # nosec B308 B703  # built from escaped parts


def _draw(world: dict, marked: dict[str, int], link_pattern: str) -> str:
    land = "".join(f'<path d="{d}"/>' for code, d in world["paths"].items() if code not in marked)
    links = format_html_join(
        "",
        "{}",
        ((_marked(code, count, link_pattern.replace("{code}", code)),) for code, count in sorted(marked.items())),
    )
    title = gettext("World map of the countries where the Council's partners are based")
    return (
        f'<svg class="world-map__svg" xmlns="http://www.w3.org/2000/svg" viewBox="{world["viewBox"]}" '
        f'role="group" aria-labelledby="world-map-title">'
        f'<title id="world-map-title">{escape(title)}</title>'
        f'<g class="world-map__land" aria-hidden="true">{land}</g>'
        f'<g class="world-map__marked">{links}</g></svg>'
    )
