"""The chapter page as a visitor sees it, in Arabic and French."""

import pytest

from tests.e2e.conftest import axe_violations, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)

CHAPTER = "/reports/2021/annual-report-2021/international-cooperation/"


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_chapter_page_is_accessible_and_fits_a_phone(page, context, live_server, demo, language, direction):
    page.goto(f"/{language}{CHAPTER}")
    assert page.get_attribute("html", "lang") == language
    assert page.get_attribute("html", "dir") == direction
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    assert horizontal_overflow(page) <= 0
    assert axe_violations(page) == []
    local = live_server.url.split("/")[2]
    assert context.requested_hosts == {local}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_text_size_control_changes_and_keeps_the_size_across_pages(page, demo, language):
    page.goto(f"/{language}{CHAPTER}")
    base = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    larger = page.locator("[data-textsize-step='1']")
    larger.click()
    larger.click()
    bigger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert bigger > base
    page.reload()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == bigger
    page.goto(f"/{language}/reports/")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == bigger
    page.locator("[data-textsize-step='-1']").click()
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") < bigger


def test_language_switcher_lands_on_the_same_chapter(page, demo):
    page.goto(f"/ar{CHAPTER}")
    arabic_title = page.locator("h1").inner_text()
    page.locator(".languages a[hreflang='fr']").click()
    page.wait_for_url(f"**/fr{CHAPTER}")
    assert page.get_attribute("html", "dir") == "ltr"
    assert page.locator("h1").inner_text() != arabic_title
    page.locator(".languages a[hreflang='ar']").click()
    page.wait_for_url(f"**/ar{CHAPTER}")
    assert page.locator("h1").inner_text() == arabic_title


def test_without_javascript_the_text_size_controls_stay_hidden_and_the_page_reads(browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto(f"/ar{CHAPTER}")
    assert page.locator("[data-textsize]").is_hidden()
    assert page.locator("h1").is_visible()
    assert page.locator(".toc a").count() >= 5
    context.close()
