"""Details of the layout a visitor would notice: spacing, box heights, tap targets, tables that fit."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


# How far each entry's text starts from the timeline's rule, in pixels, whatever the direction.
TIMELINE_GAPS = """list => [...list.querySelectorAll(':scope > li')].map(item => {
  const rule = list.getBoundingClientRect();
  const style = getComputedStyle(list);
  const range = document.createRange();
  range.selectNodeContents(item);
  const text = range.getBoundingClientRect();
  return style.direction === 'rtl'
    ? rule.right - parseFloat(style.borderRightWidth) - text.right
    : text.left - (rule.left + parseFloat(style.borderLeftWidth));
})"""


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("path", ["/partners/ohchr/", "/partners/ganhri/", "/treaties/cat/"])
def test_timeline_entries_stand_clear_of_the_rule(page, demo, language, path):
    page.goto(f"/{language}{path}")
    timelines = page.locator(".timeline")
    assert timelines.count() >= 1
    for index in range(timelines.count()):
        timeline = timelines.nth(index)
        assert timeline.evaluate("el => parseFloat(getComputedStyle(el).borderInlineStartWidth)") >= 2
        gaps = timeline.evaluate(TIMELINE_GAPS)
        assert gaps and min(gaps) >= 12, gaps


@pytest.mark.parametrize("path", ["/ar/", "/fr/cooperation/", "/en/treaties/cat/", "/ar/reports/"])
def test_on_a_desktop_the_main_box_ends_with_its_content(page, demo, path):
    page.goto(path)
    heights = page.evaluate(
        """() => {
          const main = document.querySelector('main.content');
          const last = main.lastElementChild.getBoundingClientRect();
          const style = getComputedStyle(main);
          return {
            main: main.getBoundingClientRect().height,
            aside: document.querySelector('.aside').getBoundingClientRect().height,
            below: main.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - last.bottom,
          };
        }"""
    )
    # The side column is the taller one on these pages; the main box does not stretch to match it.
    assert heights["aside"] > heights["main"] + 100
    assert heights["below"] < 40


LINK_SIZES = """links => links.map(a => {
  const box = a.getBoundingClientRect();
  return [a.textContent.trim(), box.width, box.height];
})"""

SHORT_LINKS = {
    "/news/": [".feeds a", ".years a", ".breadcrumb a"],
    "/treaties/": ["[aria-labelledby='open-data-title'] li a"],
    "/cooperation/international-partners/": [".open-data__list a", ".category-index a"],
    "/reports/": [".documents a"],
    "/partners/ohchr/": [".related-news > .meta a"],
    "/reports/2021/annual-report-2021/international-cooperation/": [".part-partners a"],
}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_short_standalone_links_are_big_enough_to_tap_on_a_phone(page, demo, language):
    page.set_viewport_size({"width": 360, "height": 740})
    small = {}
    for path, selectors in SHORT_LINKS.items():
        page.goto(f"/{language}{path}")
        for selector in selectors:
            sizes = page.locator(selector).evaluate_all(LINK_SIZES)
            assert sizes, f"{path} {selector}"
            small.update({f"{path} {text}": (w, h) for text, w, h in sizes if w < 24 or h < 24})
    assert small == {}


@pytest.mark.parametrize("language", ["fr", "en", "ar", "zgh"])
def test_on_a_desktop_the_treaties_table_fits_its_box_border_included(page, demo, language):
    page.goto(f"/{language}/treaties/")
    widths = page.evaluate(
        """() => {
          const box = document.querySelector('.table-scroll');
          const table = box.querySelector('table').getBoundingClientRect();
          const inner = box.getBoundingClientRect();
          return {
            scroll: box.scrollWidth,
            client: box.clientWidth,
            left: table.left - inner.left,
            right: inner.right - table.right,
          };
        }"""
    )
    assert widths["scroll"] <= widths["client"]
    assert widths["left"] >= 0 and widths["right"] >= 0
