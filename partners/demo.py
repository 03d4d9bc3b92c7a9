"""Demo content of the partners app: the organisations, roles and agreements of the 2021 report."""

from cndh.demo import every_language, partial_date, set_related, translated, upsert
from partners.demo_content import AGREEMENTS, PARTNERS, ROLES
from partners.models import Agreement, Partner, Role


def load(*, log) -> dict[str, int]:
    partners = {}
    for item in PARTNERS:
        partners[item["slug"]], _created = upsert(
            Partner,
            {"slug": item["slug"]},
            {
                **translated("name", every_language(item["name"])),
                **translated("acronym", every_language(item.get("acronym", {}))),
                **translated("description", every_language(item.get("description", {}))),
                "category": item["category"],
                "parent": partners[item["parent"]] if item.get("parent") else None,
                "country": item.get("country", ""),
                "website": item.get("website", ""),
                "status": Partner.Status.PUBLISHED,
            },
            log=log,
        )
    for order, item in enumerate(ROLES, start=1):
        upsert(
            Role,
            {"partner": partners[item["partner"]], "order": order},
            {
                **translated("title", every_language(item["title"])),
                "start": partial_date(item.get("start")),
                "end": partial_date(item.get("end")),
            },
            log=log,
        )
    for item in AGREEMENTS:
        agreement, _created = upsert(
            Agreement,
            {"slug": item["slug"]},
            {
                "kind": item["kind"],
                **translated("title", every_language(item["title"])),
                **translated("summary", every_language(item.get("summary", {}))),
                "signed_on": partial_date(item.get("signed_on")),
                "start": partial_date(item.get("start")),
                "end": partial_date(item.get("end")),
                "status": Agreement.Status.PUBLISHED,
            },
            log=log,
        )
        set_related(agreement.partners, [partners[slug] for slug in item["partners"]], log=log)
    return {"partners": Partner.objects.count(), "roles": Role.objects.count(), "agreements": Agreement.objects.count()}
