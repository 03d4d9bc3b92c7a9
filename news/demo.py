"""Demo content of the news app: items drawn from the facts of the 2021 cooperation chapter."""

from datetime import datetime
from zoneinfo import ZoneInfo

from cndh.demo import set_related, translated, upsert
from news.demo_content import NEWS_ITEMS, REPORTS
from news.models import NewsItem
from partners.models import Partner
from reports.models import Chapter, Report

CASABLANCA = ZoneInfo("Africa/Casablanca")


def load(*, log) -> dict[str, int]:
    # The partners and reports apps load their demo first (INSTALLED_APPS order);
    # a slug missing from theirs is a mistake in this file, so it raises KeyError.
    partners = {p.slug: p for p in Partner.objects.all()}
    reports = {key: linked_report(**ref) for key, ref in REPORTS.items()}
    for entry in NEWS_ITEMS:
        report, chapter = reports[entry["report"]] if entry["report"] else (None, None)
        item, _created = upsert(
            NewsItem,
            {"slug": entry["slug"]},
            {
                "kind": entry["kind"],
                **translated("title", entry["title"]),
                **translated("summary", entry["summary"]),
                **translated("body", entry["body"]),
                "publish_at": datetime(*entry["date"], 12, 0, tzinfo=CASABLANCA),
                "report": report,
                "chapter": chapter,
                "status": NewsItem.Status.PUBLISHED,
            },
            log=log,
        )
        set_related(item.partners, [partners[slug] for slug in entry["partners"]], log=log)
    return {"news items": NewsItem.objects.count()}


def linked_report(*, year: int, slug: str, chapter: str | None) -> tuple[Report, Chapter | None]:
    report = Report.objects.get(year=year, slug=slug)
    return report, (report.chapters.get(slug=chapter) if chapter else None)
