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


# --- partners, roles, agreements and activities ---
def partner(**fields):
    from partners.models import Partner

    n = next(_seq)
    defaults = {
        "slug": f"partner-{n}",
        "name_ar": f"شريك {n}",
        "name_fr": f"Partenaire {n}",
        "name_en": f"Partner {n}",
        "category": Partner.Category.UN_HUMAN_RIGHTS,
        "status": Partner.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return Partner.objects.create(**{**defaults, **fields})


def agreement(partners=(), **fields):
    from partners.models import Agreement

    n = next(_seq)
    defaults = {
        "slug": f"agreement-{n}",
        "kind": Agreement.Kind.MOU,
        "title_ar": f"اتفاقية {n}",
        "title_fr": f"Accord {n}",
        "title_en": f"Agreement {n}",
        "status": Agreement.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    obj = Agreement.objects.create(**{**defaults, **fields})
    obj.partners.set(partners)
    return obj


def activity(partners=(), **fields):
    from reports.models import Activity

    n = next(_seq)
    defaults = {
        "slug": f"activity-{n}",
        "kind": Activity.Kind.TRAINING,
        "title_ar": f"نشاط {n}",
        "title_fr": f"Activité {n}",
        "title_en": f"Activity {n}",
        "status": Activity.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    obj = Activity.objects.create(**{**defaults, **fields})
    obj.partners.set(partners)
    return obj


# Treaties and reporting


def treaty_body(**fields):
    from partners.models import Partner

    n = next(_seq)
    defaults = {
        "slug": f"body-{n}",
        "name_ar": f"لجنة {n}",
        "name_fr": f"Comité {n}",
        "acronym_ar": f"B{n}",
        "acronym_fr": f"B{n}",
        "category": Partner.Category.UN_HUMAN_RIGHTS,
        "status": Partner.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return Partner.objects.create(**{**defaults, **fields})


def treaty(**fields):
    from partners.treaties.models import Treaty

    n = next(_seq)
    defaults = {
        "acronym": f"T{n}",
        "slug": f"t{n}",
        "name_ar": f"اتفاقية {n}",
        "name_fr": f"Convention {n}",
        "name_en": f"Convention {n}",
        "adoption_year": 1966,
        "order": n,
        "status": Treaty.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return Treaty.objects.create(**{**defaults, **fields})


def reporting_cycle(treaty=None, **fields):
    from partners.treaties.models import ReportingCycle

    n = next(_seq)
    defaults = {
        "order": n,
        "label_ar": f"التقرير {n}",
        "label_fr": f"Rapport {n}",
        "label_en": f"Report {n}",
        "status": ReportingCycle.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(days=1),
    }
    return ReportingCycle.objects.create(treaty=treaty, **{**defaults, **fields})


def news_item(**fields):
    from news.models import NewsItem

    n = next(_seq)
    defaults = {
        "kind": NewsItem.Kind.NEWS,
        "slug": f"news-{n}",
        "title_ar": f"خبر {n}",
        "title_fr": f"Actualité {n}",
        "title_en": f"News {n}",
        "summary_ar": "ملخص الخبر",
        "summary_fr": "Résumé de l'actualité",
        "body_ar": "<p>نص الخبر</p>",
        "body_fr": "<p>Texte de l'actualité</p>",
        "status": NewsItem.Status.PUBLISHED,
        "publish_at": timezone.now() - timezone.timedelta(hours=n),
    }
    return NewsItem.objects.create(**{**defaults, **fields})


def subscriber(**fields):
    from news.newsletter.models import Subscriber

    n = next(_seq)
    defaults = {"email": f"reader{n}@example.org", "language": "ar", "status": Subscriber.Status.ACTIVE}
    return Subscriber.objects.create(**{**defaults, **fields})


def edition(*, items=(), **fields):
    from news.newsletter.models import Edition

    n = next(_seq)
    defaults = {"subject_ar": f"النشرة {n}", "subject_fr": f"Lettre {n}", "introduction_fr": "Bonne lecture."}
    edition = Edition.objects.create(**{**defaults, **fields})
    edition.items.set(items)
    return edition
