"""Open data: the directory, the Council's roles and its agreements as rows.

Each export is a list of dicts with the same keys in the same order, in the
page's language; the view writes them with ``cndh.opendata``, which also
takes the control characters out. README.md documents the columns. Every
reader goes through the published() querysets.
"""

from collections.abc import Callable

from django.db.models import Prefetch

from cndh.models import if_public
from partners.models import Agreement, Partner, Role


def _date(value) -> str:
    return value.isoformat() if value else ""


def partner_rows(*, absolute: Callable[[str], str]) -> list[dict]:
    partners = Partner.objects.published().select_related("parent").order_by("category", "slug")
    return [
        {
            "slug": p.slug,
            "name": p.name,
            "acronym": p.acronym,
            "category": p.category,
            "category_label": p.get_category_display(),
            "country": p.country.code or "",
            "country_name": p.country.name or "",
            "parent": parent.slug if (parent := if_public(p.parent)) else "",
            "website": p.website,
            "url": absolute(p.get_absolute_url()),
        }
        for p in partners
    ]


def role_rows(*, absolute: Callable[[str], str]) -> list[dict]:
    roles = (
        Role.objects.filter(partner__in=Partner.objects.published())
        .select_related("partner")
        .order_by("partner__slug", "order", "pk")
    )
    return [
        {
            "partner": r.partner.slug,
            "partner_name": r.partner.name,
            "role": r.title,
            "start": _date(r.start),
            "end": _date(r.end),
            "state": r.state(),
            "state_label": Role.State(r.state()).label,
        }
        for r in roles
    ]


def agreement_rows(*, absolute: Callable[[str], str]) -> list[dict]:
    agreements = (
        Agreement.objects.published()
        .prefetch_related(Prefetch("partners", queryset=Partner.objects.published().order_by("slug")))
        .order_by("slug")
    )
    rows = []
    for a in agreements:
        partners = list(a.partners.all())
        rows.append(
            {
                "slug": a.slug,
                "title": a.title,
                "kind": a.kind,
                "kind_label": a.get_kind_display(),
                "partners": [p.slug for p in partners],
                "partner_names": [p.name for p in partners],
                "signed_on": _date(a.signed_on),
                "start": _date(a.start),
                "end": _date(a.end),
                "state": a.state(),
                "state_label": Agreement.State(a.state()).label,
                "summary": a.summary,
                "document": absolute(a.document.url) if a.document else "",
            }
        )
    return rows


COLUMNS = {
    "partners": (
        "slug",
        "name",
        "acronym",
        "category",
        "category_label",
        "country",
        "country_name",
        "parent",
        "website",
        "url",
    ),
    "roles": ("partner", "partner_name", "role", "start", "end", "state", "state_label"),
    "agreements": (
        "slug",
        "title",
        "kind",
        "kind_label",
        "partners",
        "partner_names",
        "signed_on",
        "start",
        "end",
        "state",
        "state_label",
        "summary",
        "document",
    ),
}
DATASETS = {"partners": partner_rows, "roles": role_rows, "agreements": agreement_rows}
