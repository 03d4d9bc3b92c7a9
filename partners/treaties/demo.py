"""Demo content for the treaties: instruments, Morocco's status and its reporting cycles."""

from cndh.demo import partial_date, translated, upsert
from partners.models import Partner
from partners.treaties.demo_content import BODIES, CATEGORY, CYCLES, TREATIES
from partners.treaties.models import ReportingCycle, Treaty


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


def load(*, log) -> dict[str, int]:
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
                "signature_date": partial_date(item.get("signature")),
                "consent_kind": consent_kind,
                "consent_date": partial_date(consent_date),
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
                "due_date": partial_date(item.get("due_date")),
                "report_received": item.get("report_received", False) or bool(item.get("submitted_date")),
                "submitted_date": partial_date(item.get("submitted_date")),
                "review_date": partial_date(item.get("review_date")),
                **translated("follow_up", item["follow_up"]),
                "status": ReportingCycle.Status.PUBLISHED,
            },
            log=log,
        )
    return {"treaties": Treaty.objects.count(), "reporting cycles": ReportingCycle.objects.count()}


def parallel_report_cycle() -> ReportingCycle | None:
    """The ICRMW cycle the Council's 2021 parallel report was written for (used by the reports demo)."""
    return ReportingCycle.objects.filter(treaty__slug="icrmw", order=2).first()
