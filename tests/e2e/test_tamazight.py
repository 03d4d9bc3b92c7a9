"""Tamazight pages: every text in the language it is written in, each block read in its own direction."""

import re

import pytest

from tests.helpers import one_path_per_view, search_paths, sitemap_paths

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


# Every text node of the body in Arabic or Tifinagh script, and every attribute a reader hears
# or sees (alt, title, aria-label, placeholder), with the language and direction of the
# nearest elements that declare them.
SCRIPTS = """() => {
  const found = [];
  const record = (text, element) => {
    const arabic = /[\\u0600-\\u06FF]/.test(text);
    const script = arabic ? "arabic" : /[\\u2D30-\\u2D7F]/.test(text) ? "tifinagh" : null;
    if (!script) return;
    const lang = element.closest("[lang]");
    const dir = element.closest("[dir]");
    found.push({script, text: text.trim().slice(0, 60), lang: lang && lang.getAttribute("lang"),
                dir: dir && dir.getAttribute("dir")});
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest("script, style, template")) continue;
    record(node.data, parent);
  }
  for (const element of document.body.querySelectorAll("[alt], [title], [aria-label], [placeholder]")) {
    for (const name of ["alt", "title", "aria-label", "placeholder"]) {
      if (element.hasAttribute(name)) record(element.getAttribute(name), element);
    }
  }
  return found;
}"""


def test_on_every_tamazight_page_each_text_says_its_own_language(page, demo):
    """Arabic text (content not yet translated) sits in lang="ar" dir="rtl"; Tifinagh in lang="zgh"."""
    from django.test import Client

    paths = [path for path in one_path_per_view(sitemap_paths(Client())) if path.startswith("/zgh/")]
    assert len(paths) >= 5
    wrong, tifinagh = {}, 0
    for path in [*paths, "/zgh/newsletter/", "/zgh/no-such-page/", *search_paths("zgh")]:
        page.goto(path)
        nodes = page.evaluate(SCRIPTS)
        tifinagh += sum(node["script"] == "tifinagh" for node in nodes)
        bad = [
            node
            for node in nodes
            if (node["script"] == "arabic" and (node["lang"], node["dir"]) != ("ar", "rtl"))
            or (node["script"] == "tifinagh" and node["lang"] != "zgh")
        ]
        if bad:
            wrong[path] = bad[:5]
    assert wrong == {}
    assert tifinagh > 50 * len(paths)


@pytest.mark.parametrize("width", [1280, 360])
def test_a_block_of_arabic_on_a_tamazight_page_reads_from_its_own_start(page, demo, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/zgh/news/")
    assert page.get_attribute("html", "dir") == "ltr"

    # The interface is in Tifinagh, left to right, with its number in place.
    count = page.locator(".result-count")
    assert TIFINAGH.search(count.inner_text()) and not ARABIC.search(count.inner_text())
    layout = count.evaluate(LAYOUT)
    assert abs(layout["text"]["left"] - layout["start"]) <= 1

    heading = page.locator("h1")
    assert TIFINAGH.search(heading.inner_text())
    layout = heading.evaluate(LAYOUT)
    assert abs(layout["text"]["left"] - layout["start"]) <= 1
    assert layout["end"] - layout["text"]["right"] > 20

    # A news title shown in Arabic (marked as such) starts from the right of its box.
    title = page.locator(".news-card__title").first
    assert title.locator("[lang='ar'][dir='rtl']").count() == 1
    layout = title.evaluate(LAYOUT)
    assert abs(layout["text"]["right"] - layout["end"]) <= 1


def test_the_consent_box_stays_beside_its_label_on_a_tamazight_page(page, demo):
    page.goto("/zgh/newsletter/")
    # The consent box, and each topic's, at the start of its label's line.
    boxes = page.locator("main input[type=checkbox]")
    assert boxes.count() == 12
    for index in range(boxes.count()):
        box = boxes.nth(index)
        label = page.locator(f"main label[for='{box.get_attribute('id')}']").bounding_box()
        box = box.bounding_box()
        assert abs(box["y"] - label["y"]) < 30 and 0 <= label["x"] - (box["x"] + box["width"]) < 30


def test_marked_arabic_content_keeps_its_direction_and_the_fallback_contents_list_reads_right_to_left(page, demo):
    page.goto(CHAPTER)
    note = page.locator(".fallback-note")
    assert note.count() == 1
    # In Tamazight, before the text it announces (the contents list included), with a way to it in Arabic.
    assert TIFINAGH.search(note.inner_text())
    following = "document.querySelector('.fallback-note').compareDocumentPosition(document.querySelector('.toc')) & 4"
    assert page.evaluate(following)
    arabic = note.locator("a[lang='ar']")
    assert arabic.get_attribute("href") == CHAPTER.replace("/zgh/", "/ar/", 1)
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
