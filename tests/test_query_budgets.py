"""The platform's pages make a bounded number of SQL queries, whatever the amount of content."""

import pytest
from django.utils import timezone

from reports.models import Chapter, Report
from tests import factories

PAGES = ["/{lang}/", "/{lang}/cooperation/", "/{lang}/cooperation/international-partners/", "/{lang}/reports/2021/r/"]


def content(count: int) -> None:
    factories.PageFactory.create_every_key()
    now = timezone.now() - timezone.timedelta(days=1)
    reports = Report.objects.bulk_create(
        Report(
            kind="annual", year=1990 + i % 100, slug=f"r-{i}", title_ar=f"تقرير {i}", status="published", publish_at=now
        )
        for i in range(count)
    )
    Chapter.objects.bulk_create(
        Chapter(
            report=r,
            order=1,
            slug="coop",
            title_ar="تعاون",
            international_cooperation=True,
            status="published",
            publish_at=now,
        )
        for r in reports
    )
    report = factories.ReportFactory(year=2021, slug="r")
    for order in range(1, 4):
        factories.ChapterFactory(report=report, order=order + 10)


@pytest.mark.django_db
@pytest.mark.parametrize("count", [3, 300])
@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_page_query_count_does_not_grow_with_content(client, django_assert_max_num_queries, count, path, lang):
    content(count)
    with django_assert_max_num_queries(8):
        response = client.get(path.format(lang=lang))
    assert response.status_code == 200
