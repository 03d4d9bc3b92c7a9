import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from django.utils import timezone

from news.models import NewsItem
from tests import factories
from tests.helpers import LANGUAGES

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_sitemap_lists_every_published_object_once_per_language_with_alternates_and_lastmod(client):
    factories.PageFactory.create_every_key()
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report)
    items = [
        factories.NewsItemFactory(publish_at=timezone.make_aware(timezone.datetime(2021, 11, 2, 12))),
        factories.NewsItemFactory(publish_at=timezone.make_aware(timezone.datetime(2024, 3, 11, 12))),
    ]
    root = sitemap(client)
    urls = root.findall("s:url", NS)
    locations = [u.find("s:loc", NS).text for u in urls]
    assert [loc for loc, n in Counter(locations).items() if n > 1] == []
    expected_paths = [
        report.get_absolute_url(),
        chapter.get_absolute_url(),
        *(i.get_absolute_url() for i in items),
        "/ar/news/",
        "/ar/news/2021/",
        "/ar/news/2024/",
    ]
    for path in expected_paths:
        for code in LANGUAGES:
            assert f"http://testserver/{code}{path[3:]}" in locations, (code, path)
    for url in urls:
        loc = url.find("s:loc", NS).text
        alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", NS)}
        assert set(alternates) == {*LANGUAGES, "x-default"}, loc
        if "/news/20" in loc:
            assert url.find("s:lastmod", NS) is not None, loc


def test_drafts_and_scheduled_items_are_absent_from_the_sitemap_until_due(client):
    draft = factories.NewsItemFactory(status=NewsItem.Status.DRAFT)
    scheduled = factories.NewsItemFactory(publish_at=timezone.now() + timezone.timedelta(days=400))
    locations = [loc.text for loc in sitemap(client).findall("s:url/s:loc", NS)]
    assert not [loc for loc in locations if draft.slug in loc or scheduled.slug in loc]
    assert not [loc for loc in locations if f"/news/{timezone.localtime(scheduled.publish_at).year}/" in loc]
    NewsItem.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now() - timezone.timedelta(minutes=1))
    locations = [loc.text for loc in sitemap(client).findall("s:url/s:loc", NS)]
    assert len([loc for loc in locations if scheduled.slug in loc]) == len(LANGUAGES)


@pytest.mark.parametrize("count", [10, 2000])
def test_sitemap_stays_within_a_fixed_number_of_queries(client, django_assert_max_num_queries, count):
    factories.NewsItemFactory.create_bulk(count)
    with django_assert_max_num_queries(8):
        root = sitemap(client)
    assert len(root.findall("s:url", NS)) >= count * len(LANGUAGES)
