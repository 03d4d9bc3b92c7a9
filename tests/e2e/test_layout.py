"""Details of the layout a visitor would notice: spacing, box heights, tap targets, tables that fit."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(transactional_db):
    call_command("load_demo", verbosity=0)


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
