"""Demo content of the partners app: the organisations, roles and agreements of the 2021 report, and the treaties."""

from cndh.demo import set_related, translated, upsert
from cndh.partialdate import PartialDate
from partners.demo_content import AGREEMENTS, PARTNERS, ROLES
from partners.models import Agreement, Partner, Role
from partners.treaty_demo import load_treaties

LANGUAGES = ("ar", "zgh", "fr", "en")


def _all_languages(texts: dict[str, str]) -> dict[str, str]:
    """Every language a value, so that a text removed from the table is removed on the next run."""
    return {code: texts.get(code, "") for code in LANGUAGES}


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def load(*, log) -> dict[str, int]:
    return {**load_directory(log=log), **load_treaties(log=log)}


def load_directory(*, log) -> dict[str, int]:
    partners = {}
    for item in PARTNERS:
        partners[item["slug"]], _created = upsert(
            Partner,
            {"slug": item["slug"]},
            {
                **translated("name", _all_languages(item["name"])),
                **translated("acronym", _all_languages(item.get("acronym", {}))),
                **translated("description", _all_languages(item.get("description", {}))),
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
                **translated("title", _all_languages(item["title"])),
                "start": _date(item.get("start")),
                "end": _date(item.get("end")),
            },
            log=log,
        )
    for item in AGREEMENTS:
        agreement, _created = upsert(
            Agreement,
            {"slug": item["slug"]},
            {
                "kind": item["kind"],
                **translated("title", _all_languages(item["title"])),
                **translated("summary", _all_languages(item.get("summary", {}))),
                "signed_on": _date(item.get("signed_on")),
                "start": _date(item.get("start")),
                "end": _date(item.get("end")),
                "status": Agreement.Status.PUBLISHED,
            },
            log=log,
        )
        set_related(agreement.partners, [partners[slug] for slug in item["partners"]], log=log)
    return {"partners": Partner.objects.count(), "roles": Role.objects.count(), "agreements": Agreement.objects.count()}
