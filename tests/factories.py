"""Test data builders: each returns a saved, published object unless told otherwise."""

import itertools

from django.utils import timezone

from cndh.models import Page
from reports.models import Chapter, Report

_seq = itertools.count(1)


def page(key: str = Page.Key.HOME, **fields) -> Page:
    defaults = {"title_ar": f"صفحة {key}", "title_fr": f"Page {key}", "status": Page.Status.PUBLISHED}
    return Page.objects.create(key=key, **{**defaults, **fields})


def pages() -> list[Page]:
    return [page(key) for key in Page.Key.values]


def report(**fields) -> Report:
    n = next(_seq)
    defaults = {
        "kind": Report.Kind.ANNUAL,
        "year": 2021,
        "slug": f"report-{n}",
        "title_ar": f"تقرير {n}",
        "title_fr": f"Rapport {n}",
        "title_en": f"Report {n}",
        "summary_ar": "ملخص",
        "status": Report.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return Report.objects.create(**{**defaults, **fields})


def chapter(report: Report, **fields) -> Chapter:
    n = next(_seq)
    defaults = {
        "order": n,
        "slug": f"chapter-{n}",
        "title_ar": f"الفصل {n}",
        "title_fr": f"Chapitre {n}",
        "title_en": f"Chapter {n}",
        "body_ar": "<p>مقدمة</p><h2>الجزء الأول</h2><p>نص</p><h2>الجزء الثاني</h2><p>نص</p>",
        "body_fr": "<p>Introduction</p><h2>Première partie</h2><p>Texte</p><h2>Deuxième partie</h2><p>Texte</p>",
        "status": Chapter.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return Chapter.objects.create(report=report, **{**defaults, **fields})


def news_item(**fields):
    from news.models import NewsItem

    n = next(_seq)
    defaults = {
        "slug": f"news-{n}",
        "title_ar": f"خبر {n}",
        "title_fr": f"Actualité {n}",
        "summary_ar": "ملخص الخبر",
        "summary_fr": "Résumé de l'actualité",
        "status": NewsItem.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(hours=n),
    }
    return NewsItem.objects.create(**{**defaults, **fields})


def subscriber(**fields):
    from news.models import Subscriber

    n = next(_seq)
    defaults = {"email": f"reader{n}@example.org", "language": "ar", "status": Subscriber.Status.ACTIVE}
    return Subscriber.objects.create(**{**defaults, **fields})


def edition(*, items=(), **fields):
    from news.models import Edition

    n = next(_seq)
    defaults = {"subject_ar": f"النشرة {n}", "subject_fr": f"Lettre {n}", "introduction_fr": "Bonne lecture."}
    edition = Edition.objects.create(**{**defaults, **fields})
    edition.items.set(items)
    return edition
