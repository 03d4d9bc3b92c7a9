import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from django.utils import timezone

from news.models import NewsItem
from tests import factories
from tests.helpers import LANGUAGES, sitemap_documents, sitemap_urls

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    """One <urlset> of every <url> the sitemap's pages list."""
    root = ET.Element("urlset")
    root.extend(sitemap_urls(client))
    return root


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
def test_sitemap_stays_within_a_fixed_number_of_queries_and_bytes_per_document(
    client, django_assert_max_num_queries, count
):
    factories.NewsItemFactory.create_bulk(count)
    with django_assert_max_num_queries(10):
        index = client.get("/sitemap.xml")
    assert len(index.content) < 10_000
    documents = sitemap_documents(client)
    for path in {path.split("?")[0] for path, _body in documents}:  # each section's first page
        with django_assert_max_num_queries(4):
            client.get(path)
    assert max(len(body) for _path, body in documents) < 700_000
    urls = sum(len(ET.fromstring(body).findall("s:url", NS)) for _path, body in documents)  # noqa: S314
    assert urls >= count * len(LANGUAGES)
    if count > 250:  # 1,000 addresses a page: 250 items in four languages
        assert len([path for path, _body in documents if path.startswith("/sitemap-news.xml")]) == count // 250
