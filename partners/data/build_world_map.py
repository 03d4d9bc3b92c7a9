"""Build partners/data/world.json from Natural Earth (through the npm package world-atlas).

Run once, by hand, when the geometry should change; the site only reads the result:

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python partners/data/build_world_map.py /tmp/package > partners/data/world.json

Countries are projected equirectangularly onto a 1000-unit-wide plane, with
coordinates rounded to a tenth of a unit and written as relative SVG path
commands. Antarctica is left out; shapes that cross the 180th meridian are
cut at the edge. The Kingdom of Morocco is drawn as one shape including its
southern provinces. Countries too small for the 1:110m shapes get a point
(the centre of their 1:50m outline) so the map can still mark them.
"""

import json
import sys
from pathlib import Path

WIDTH = 1000.0
SCALE = WIDTH / 360.0
LEFT_OUT = {"010"}  # Antarctica
MERGED_INTO = {"732": "504"}  # drawn as part of Morocco


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def arc_points(arcs, ref):
    return arcs[ref] if ref >= 0 else list(reversed(arcs[~ref]))


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def ring_points(arcs, ring):
    points = []
    for ref in ring:
        part = arc_points(arcs, ref)
        points.extend(part if not points else part[1:])
    return points


def merged_rings(arcs, geometries):
    """The outlines of several neighbouring shapes as one: arcs they share are dropped."""
    refs = [ref for g in geometries for polygon in polygons_of(g) for ring in polygon for ref in ring]
    used = {}
    for ref in refs:
        key = ref if ref >= 0 else ~ref
        used[key] = used.get(key, 0) + 1
    free = [ref for ref in refs if used[ref if ref >= 0 else ~ref] == 1]
    rings = []
    while free:
        ring = [free.pop(0)]
        start = arc_points(arcs, ring[0])[0]
        while arc_points(arcs, ring[-1])[-1] != start:
            end = arc_points(arcs, ring[-1])[-1]
            following = next(ref for ref in free if arc_points(arcs, ref)[0] == end)
            free.remove(following)
            ring.append(following)
        rings.append(ring_points(arcs, ring))
    return rings


def project(lon, lat):
    return round((lon + 180.0) * SCALE, 1), round((90.0 - lat) * SCALE, 1)


def unwrap(ring):
    """A ring that crosses the 180th meridian continues eastwards past the map's edge.

    Drawn as it is, it would streak across the whole map; the part beyond the
    edge is simply cut off by the viewBox.
    """
    if all(abs(a[0] - b[0]) < 180 for a, b in zip(ring, ring[1:], strict=False)):
        return ring
    return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]


def path_of(rings):
    out = []
    for ring in rings:
        points = []
        for lon, lat in unwrap(ring):
            point = project(lon, lat)
            if not points or point != points[-1]:
                points.append(point)
        if len(points) < 3:
            continue
        x0, y0 = points[0]
        parts = [f"M{x0:g} {y0:g}"]
        deltas = []
        for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
            deltas.append(f"{round(bx - ax, 1):g} {round(by - ay, 1):g}")
        parts.append("l" + " ".join(deltas) + "z")
        out.append("".join(parts))
    return "".join(out).replace(" -", "-")


def alpha2(numeric):
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=False)
    from django_countries import countries

    return countries.alpha2(int(numeric)) or None


def centre(arcs, geometry):
    rings = [ring_points(arcs, polygon[0]) for polygon in polygons_of(geometry)]
    largest = max(rings, key=len)
    lons, lats = [p[0] for p in largest], [p[1] for p in largest]
    return project((min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2)


def main(package_dir: Path):
    topology = json.loads((package_dir / "countries-110m.json").read_text())
    arcs = decode_arcs(topology)
    geometries = topology["objects"]["countries"]["geometries"]
    by_id = {}
    for g in geometries:
        if g.get("id") and g["id"] not in LEFT_OUT:
            by_id.setdefault(MERGED_INTO.get(g["id"], g["id"]), []).append(g)
    paths = {}
    for numeric, group in sorted(by_id.items()):
        code = alpha2(numeric)
        if code:
            paths[code] = path_of(merged_rings(arcs, group))

    detailed = json.loads((package_dir / "countries-50m.json").read_text())
    detailed_arcs = decode_arcs(detailed)
    points = {}
    for g in detailed["objects"]["countries"]["geometries"]:
        numeric = g.get("id")
        if not numeric or numeric in LEFT_OUT or numeric in MERGED_INTO or not polygons_of(g):
            continue
        code = alpha2(numeric)
        if code and code not in paths:
            points[code] = centre(detailed_arcs, g)

    top, bottom = project(0, 84)[1], project(0, -57)[1]
    json.dump(
        {
            "source": "Natural Earth 1:110m and 1:50m admin 0 countries, via world-atlas 2.0.2",
            "viewBox": f"0 {top:g} {WIDTH:g} {bottom - top:g}",
            "paths": paths,
            "points": points,
        },
        sys.stdout,
        ensure_ascii=False,
        separators=(",", ":"),
        sort_keys=True,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
