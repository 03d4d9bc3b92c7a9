"""Searching from the header, as a visitor does: with JavaScript (suggestions as one types) and without."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

QUERIES = {"ar": ("الامم المتحدة", "الأمم المتحدة"), "fr": ("geneve conseil", "Genève")}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_searching_from_the_header_without_javascript(browser, live_server, demo, language):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto(f"/{language}/treaties/")
    typed, shown = QUERIES[language]
    page.fill("#site-search-q", typed)
    page.press("#site-search-q", "Enter")
    page.wait_for_url(f"**/{language}/search/?q=*")
    assert page.get_attribute("html", "lang") == language
    results = page.locator(".search-result")
    assert results.count() >= 1
    assert shown.split()[0] in results.first.inner_text() or results.locator("mark").count() >= 1
    # A facet narrows the list, still without JavaScript.
    facet = page.locator(".facets__group a").first
    page.locator(".facets summary").click()
    expected = int(facet.locator(".facets__count").inner_text())
    facet.click()
    assert page.locator(".search-result").count() == min(expected, 20)
    context.close()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_header_suggests_titles_as_the_visitor_types(page, demo, language):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/{language}/")
    box = page.locator("#site-search-q")
    box.press_sequentially("الأمم" if language == "ar" else "nations", delay=30)
    suggestions = page.locator("#site-search-suggestions a")
    suggestions.first.wait_for()
    assert 1 <= suggestions.count() <= 5
    assert page.locator("#site-search-status").inner_text().strip()
    # The keyboard reaches them, and Enter follows the one chosen.
    box.press("ArrowDown")
    href = suggestions.first.get_attribute("href")
    assert page.evaluate("document.activeElement.getAttribute('href')") == href
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href.split('#')[0]}*")
    assert page.locator("h1").count() == 1
