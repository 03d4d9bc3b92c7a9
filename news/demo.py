"""Demo content of the news app: items drawn from the facts of the 2021 cooperation chapter."""

from datetime import datetime
from zoneinfo import ZoneInfo

from cndh.demo import translated, upsert
from news.demo_content import NEWS_ITEMS, REPORT_2021
from news.models import NewsItem
from partners.models import Partner
from reports.models import Chapter, Report

CASABLANCA = ZoneInfo("Africa/Casablanca")


def load(*, log) -> dict[str, int]:
    report = Report.objects.filter(year=REPORT_2021["year"], slug=REPORT_2021["slug"]).first()
    chapter = Chapter.objects.filter(report=report, slug=REPORT_2021["chapter"]).first() if report else None
    for entry in NEWS_ITEMS:
        item, _created = upsert(
            NewsItem,
            {"slug": entry["slug"]},
            {
                "kind": entry["kind"],
                **translated("title", entry["title"]),
                **translated("summary", entry["summary"]),
                **translated("body", entry["body"]),
                # The day of the fact, at noon in Casablanca.
                "publish_at": datetime(*entry["date"], 12, 0, tzinfo=CASABLANCA),
                "report": report if entry["report"] else None,
                "chapter": chapter if entry["report"] else None,
                "status": NewsItem.Status.PUBLISHED,
            },
            log=log,
        )
        # Partners come from the partners app's demo; link the ones that exist.
        partners = [p for slug in entry["partners"] if (p := Partner.objects.filter(slug=slug).first())]
        if set(item.partners.all()) != set(partners):
            item.partners.set(partners)
            log(f"linked {item} to {len(partners)} partner(s)")
    return {"news items": NewsItem.objects.count()}
