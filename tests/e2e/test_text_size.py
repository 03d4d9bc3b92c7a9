"""Larger text on a phone: every kind of page still fits the screen, in Arabic and French."""

import pytest

from tests.e2e.conftest import horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "/",
    "/news/",
    "/news/2021/11/02/ganhri-bureau-election-2021/",
    "/cooperation/international-partners/",
    "/partners/ohchr/",
    "/treaties/",
    "/treaties/cat/",
    "/reports/",
    "/reports/2021/annual-report-2021/international-cooperation/",
    "/newsletter/",
]

ROOT_SIZE = "parseFloat(getComputedStyle(document.documentElement).fontSize)"


def overflowing_pages(page, language: str, size: float) -> dict[str, int]:
    found = {}
    for path in PAGES:
        page.goto(f"/{language}{path}")
        assert page.evaluate(ROOT_SIZE) == size, path
        # The skip link stays out of sight until it has the focus, however many lines it takes.
        skip = page.locator(".skip-link").bounding_box()
        assert skip["y"] + skip["height"] <= 0, path
        # Wide data tables may scroll inside their own box; the page itself must not.
        if (overflow := horizontal_overflow(page)) > 0:
            found[path] = overflow
    return found


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_kind_of_page_fits_a_phone_with_the_text_made_larger(page, demo, language):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"/{language}/")
    base = page.evaluate(ROOT_SIZE)
    larger = page.locator("[data-textsize-step='1']")

    # Half as large again, as a visitor gets it with the "Larger" button.
    while page.evaluate(ROOT_SIZE) < 1.5 * base:
        larger.click()
    assert page.evaluate(ROOT_SIZE) == 1.5 * base
    assert overflowing_pages(page, language, 1.5 * base) == {}

    # The largest size: the button is pressed until the text stops growing.
    page.goto(f"/{language}/")
    size = page.evaluate(ROOT_SIZE)
    while True:
        larger.click()
        if page.evaluate(ROOT_SIZE) == size:
            break
        size = page.evaluate(ROOT_SIZE)
    assert size >= 2 * base
    assert overflowing_pages(page, language, size) == {}
