"""The news list and a news item as a visitor sees them, in Arabic and English."""

import pytest

from news.models import NewsItem
from tests.e2e.conftest import axe_violations, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)

ITEM = "/news/2021/11/02/ganhri-bureau-election-2021/"


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
@pytest.mark.parametrize("path", ["/news/", ITEM])
def test_news_pages_are_accessible_and_fit_a_phone(page, context, live_server, demo, language, direction, path):
    page.goto(f"/{language}{path}")
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == direction
    assert page.locator("h1").count() == 1
    assert page.locator(".latest-news li").count() == 3
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    assert horizontal_overflow(page) <= 0
    assert axe_violations(page) == []
    local = live_server.url.split("/")[2]
    assert context.requested_hosts == {local}


def test_a_visitor_filters_the_list_and_opens_an_item(page, demo):
    page.goto("/en/news/")
    page.select_option("#id_year", "2021")
    page.select_option("#id_month", "11")
    with page.expect_navigation():
        page.locator(".filters button[type=submit]").click()
    assert "year=2021" in page.url and "month=11" in page.url
    november = NewsItem.objects.published().filter(publish_at__year=2021, publish_at__month=11)
    titles = page.locator(".news-card__title a")
    assert titles.count() == november.count() > 0
    assert sorted(titles.all_inner_texts()) == sorted(item.title_en for item in november)
    with page.expect_navigation():
        page.get_by_role("link", name="The Council elected to the Bureau").first.click()
    assert page.url.endswith(f"/en{ITEM}")
    assert "Bureau" in page.locator("h1").inner_text()
    page.wait_for_load_state("networkidle")
