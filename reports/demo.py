"""Demo content of the reports app: the 2021 annual report and its chapters."""

from django.core.files.base import ContentFile

from cndh.demo import every_language, partial_date, set_related, translated, upsert
from cndh.pdf import simple_pdf
from partners.models import Partner
from partners.treaties.demo import parallel_report_cycle
from reports.demo_content import (
    ACTIVITIES_2021,
    CHAPTER_2021,
    MENTIONS_2021,
    OTHER_CHAPTERS_2021,
    PARALLEL_REPORT_ICRMW,
    REPORT_2021,
)
from reports.models import Activity, Chapter, PartnerMention, Report, ReportDocument

DOCUMENT_TITLES = {
    "ar": "CNDH - Annual report 2021 (Arabic edition)",
    "fr": "CNDH - Rapport annuel 2021",
}


def load(*, log) -> dict[str, int]:
    report, _created = upsert(
        Report,
        {"year": 2021, "slug": REPORT_2021["slug"]},
        {
            "kind": Report.Kind.ANNUAL,
            **translated("title", REPORT_2021["title"]),
            **translated("summary", REPORT_2021["summary"]),
            **translated("cover_alt", REPORT_2021["cover_alt"]),
            "status": Report.Status.PUBLISHED,
        },
        log=log,
    )
    for language, title in DOCUMENT_TITLES.items():
        if not ReportDocument.objects.filter(report=report, language=language).exists():
            document = ReportDocument(report=report, language=language)
            document.file.save(
                f"cndh-annual-report-2021-{language}.pdf", ContentFile(simple_pdf(title, 12)), save=False
            )
            document.save()
            log(f"created document: {document}")

    chapters = [{**CHAPTER_2021, "order": 2, "international_cooperation": True}, *OTHER_CHAPTERS_2021]
    for chapter in chapters:
        saved, _created = upsert(
            Chapter,
            {"report": report, "slug": chapter["slug"]},
            {
                "order": chapter["order"],
                **translated("title", chapter["title"]),
                **translated("body", chapter["body"]),
                "international_cooperation": chapter.get("international_cooperation", False),
                "status": Chapter.Status.PUBLISHED,
            },
            log=log,
        )
        if chapter["slug"] == CHAPTER_2021["slug"]:
            cooperation_chapter = saved
    load_activities(cooperation_chapter, log=log)
    load_mentions(cooperation_chapter, log=log)
    load_parallel_reports(log=log)
    return {
        "reports": Report.objects.count(),
        "chapters": Chapter.objects.count(),
        "activities": Activity.objects.count(),
        "partners named in chapters": PartnerMention.objects.count(),
    }


def load_activities(chapter: Chapter, *, log) -> None:
    partners = {p.slug: p for p in Partner.objects.all()}
    for item in ACTIVITIES_2021:
        activity, _created = upsert(
            Activity,
            {"slug": item["slug"]},
            {
                "kind": item["kind"],
                "date": partial_date(item.get("date")),
                **translated("title", every_language(item["title"])),
                **translated("summary", every_language(item.get("summary", {}))),
                "chapter": chapter,
                "chapter_part": item["part"],
                "status": Activity.Status.PUBLISHED,
            },
            log=log,
        )
        set_related(activity.partners, [partners[slug] for slug in item["partners"]], log=log)


def load_mentions(chapter: Chapter, *, log) -> None:
    partners = {p.slug: p for p in Partner.objects.all()}
    wanted = {(part, partners[slug].pk) for part, slugs in MENTIONS_2021.items() for slug in slugs}
    present = set(chapter.mentions.values_list("part", "partner"))
    for part, partner_id in sorted(wanted - present):
        PartnerMention.objects.create(chapter=chapter, part=part, partner_id=partner_id)
    if wanted - present:
        log(f"named {len(wanted - present)} partners in {chapter}")


def load_parallel_reports(*, log) -> None:
    """The Council's parallel report to the migrant workers' committee, linked to its reporting cycle."""
    item = PARALLEL_REPORT_ICRMW
    upsert(
        Report,
        {"year": item["year"], "slug": item["slug"]},
        {
            "kind": Report.Kind.PARALLEL,
            **translated("title", item["title"]),
            **translated("summary", item["summary"]),
            "reporting_cycle": parallel_report_cycle(),
            "status": Report.Status.PUBLISHED,
        },
        log=log,
    )
