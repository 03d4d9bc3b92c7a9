"""Tamazight pages: the interface strings not yet translated show in Arabic, and read right to left."""

import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

CHAPTER = "/zgh/reports/2021/annual-report-2021/international-cooperation/"

# Where an element's text is drawn, and where its content box starts and ends, in
# screen pixels; plus where its first run of digits and first Arabic word are drawn.
LAYOUT = """el => {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const all = document.createRange();
  all.selectNodeContents(el);
  const text = all.getBoundingClientRect();
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const runs = {};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const [name, pattern] of [["digits", /[0-9]+/], ["arabic", /[\\u0600-\\u06FF]+/]]) {
      const found = pattern.exec(node.data);
      if (found && !runs[name]) {
        const range = document.createRange();
        range.setStart(node, found.index);
        range.setEnd(node, found.index + found[0].length);
        const rect = range.getBoundingClientRect();
        runs[name] = {left: rect.left, right: rect.right};
      }
    }
  }
  return {
    unicodeBidi: style.unicodeBidi,
    text: {left: text.left, right: text.right},
    start: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
    end: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
    ...runs,
  };
}"""

ARABIC = re.compile("[\u0600-\u06ff]")
TIFINAGH = re.compile("[\u2d30-\u2d7f]")


@pytest.mark.parametrize("width", [1280, 360])
def test_an_arabic_fallback_line_reads_right_to_left_and_tifinagh_stays_left_to_right(page, demo, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/zgh/news/")
    assert page.get_attribute("html", "dir") == "ltr"

    count = page.locator(".result-count")
    # The result count is not translated into Tamazight yet: it falls back to Arabic, unmarked.
    assert ARABIC.search(count.inner_text()) and count.get_attribute("dir") is None
    layout = count.evaluate(LAYOUT)
    assert layout["unicodeBidi"] == "plaintext"
    # Drawn against the right edge of its box, the number on the right of the word.
    assert abs(layout["text"]["right"] - layout["end"]) <= 1
    assert layout["text"]["left"] - layout["start"] > 20
    assert layout["digits"]["left"] >= layout["arabic"]["right"] - 1

    heading = page.locator("h1")
    assert TIFINAGH.search(heading.inner_text())
    layout = heading.evaluate(LAYOUT)
    assert abs(layout["text"]["left"] - layout["start"]) <= 1
    assert layout["end"] - layout["text"]["right"] > 20

    # A news title that falls back to Arabic (marked as such) lines up with the Arabic lines around it.
    title = page.locator(".news-card__title").first
    assert title.locator("[lang='ar'][dir='rtl']").count() == 1
    layout = title.evaluate(LAYOUT)
    assert abs(layout["text"]["right"] - layout["end"]) <= 1


def test_marked_arabic_content_keeps_its_direction_and_the_fallback_contents_list_reads_right_to_left(page, demo):
    page.goto(CHAPTER)
    assert page.locator(".fallback-note").count() == 1
    contents = page.locator(".toc ol").first
    assert contents.get_attribute("dir") == "rtl"
    assert contents.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # Inside content the templates marked, nothing is re-decided block by block.
    paragraph = page.locator(".prose[lang='ar'] p").first
    assert paragraph.evaluate("el => getComputedStyle(el).unicodeBidi") != "plaintext"
    assert paragraph.evaluate("el => getComputedStyle(el).direction") == "rtl"


def test_other_languages_keep_their_own_direction_block_by_block(page, demo):
    for language in ("ar", "fr"):
        page.goto(f"/{language}/news/")
        assert page.locator(".result-count").evaluate("el => getComputedStyle(el).unicodeBidi") != "plaintext"
