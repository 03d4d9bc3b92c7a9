"""Demo content for the treaties: instruments, Morocco's status and its reporting cycles."""

from cndh.demo import translated, upsert
from cndh.partialdate import PartialDate
from partners.models import Partner, ReportingCycle, Treaty
from partners.treaty_demo_content import BODIES, CATEGORY, CYCLES, TREATIES


def _date(text: str | None) -> PartialDate | None:
    # upsert compares with what the field reads back, a PartialDate, so reruns change nothing.
    return PartialDate.parse(text) if text else None


def treaty_body(slug: str, *, log) -> Partner:
    """The partner for a treaty body; created with the few fields needed when the directory lacks it.

    An existing partner is left as it is: the partners directory owns its full description.
    """
    existing = Partner.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    body = BODIES[slug]
    partner, _created = upsert(
        Partner,
        {"slug": slug},
        {
            **translated("name", body["name"]),
            **translated("acronym", body["acronym"]),
            "category": CATEGORY,
            "status": Partner.Status.PUBLISHED,
        },
        log=log,
    )
    return partner


def load_treaties(*, log) -> dict[str, int]:
    bodies = {slug: treaty_body(slug, log=log) for slug in BODIES}
    treaties: dict[str, Treaty] = {}
    for item in TREATIES:
        consent_kind, consent_date = item.get("consent", ("", None))
        treaties[item["acronym"]], _created = upsert(
            Treaty,
            {"slug": item["acronym"].lower()},
            {
                "acronym": item["acronym"],
                **translated("name", item["name"]),
                "adoption_year": item["year"],
                "order": item["order"],
                "parent": treaties[item["parent"]] if "parent" in item else None,
                "body": bodies[item["body"]],
                "signature_date": _date(item.get("signature")),
                "consent_kind": consent_kind,
                "consent_date": _date(consent_date),
                "status": Treaty.Status.PUBLISHED,
            },
            log=log,
        )
    for item in CYCLES:
        treaty = treaties[item["treaty"]] if "treaty" in item else None
        mechanism = bodies[item["mechanism"]] if "mechanism" in item else None
        upsert(
            ReportingCycle,
            {"treaty": treaty, "mechanism": mechanism, "order": item["order"]},
            {
                "kind": item.get("kind", ReportingCycle.Kind.REPORT),
                **translated("label", item["label"]),
                "procedure": item.get("procedure", ReportingCycle.Procedure.STANDARD),
                "due_date": _date(item.get("due_date")),
                "report_received": item.get("report_received", False) or bool(item.get("submitted_date")),
                "submitted_date": _date(item.get("submitted_date")),
                "review_date": _date(item.get("review_date")),
                **translated("follow_up", item["follow_up"]),
                "status": ReportingCycle.Status.PUBLISHED,
            },
            log=log,
        )
    return {"treaties": Treaty.objects.count(), "reporting cycles": ReportingCycle.objects.count()}


def parallel_report_cycle() -> ReportingCycle | None:
    """The ICRMW cycle the Council's 2021 parallel report was written for (used by the reports demo)."""
    return ReportingCycle.objects.filter(treaty__slug="icrmw", order=2).first()
