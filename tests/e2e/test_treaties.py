"""The treaties table as a visitor sees it, in Arabic and French, on a desktop and on a phone."""

import pytest

from tests.e2e.conftest import axe_violations, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def end_of_2021(settings):
    """The day the assertions describe: 13 of 18 instruments ratified, one report overdue."""
    settings.CNDH_TODAY = "2021-12-31"


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_treaties_table_is_accessible_and_scrolls_in_its_own_box_on_a_phone(
    page, context, live_server, demo, language, direction
):
    page.goto(f"/{language}/treaties/")
    assert page.get_attribute("html", "dir") == direction
    assert page.locator("table.treaty-table tbody tr").count() == 18
    assert page.locator("[data-summary='parties']").inner_text().count("13") == 1
    assert axe_violations(page) == []

    page.set_viewport_size({"width": 360, "height": 740})
    assert horizontal_overflow(page) <= 0
    box = page.locator(".table-scroll")
    # The table is wider than the phone, so its box scrolls instead of the page.
    assert box.evaluate("el => el.scrollWidth > el.clientWidth")
    box.focus()
    page.keyboard.press("ArrowRight" if direction == "ltr" else "ArrowLeft")
    page.wait_for_function("el => Math.abs(el.scrollLeft) > 0", arg=box.element_handle(), timeout=5000)
    assert horizontal_overflow(page) <= 0
    assert axe_violations(page) == []
    local = live_server.url.split("/")[2]
    assert context.requested_hosts == {local}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_treaty_page_and_overdue_list_are_accessible_on_a_phone(page, demo, language):
    page.set_viewport_size({"width": 360, "height": 740})
    for path in ["/treaties/cat/", "/treaties/icrmw/", "/"]:
        page.goto(f"/{language}{path}")
        assert horizontal_overflow(page) <= 0, path
        assert axe_violations(page) == [], path
    assert page.locator(".overdue-reports li").count() == 1


def test_filtering_the_table_keeps_the_choice_and_narrows_the_rows(page, demo):
    page.goto("/fr/treaties/")
    page.select_option("#id_reporting", "overdue")
    page.locator("form.filters button").click()
    page.wait_for_url("**/fr/treaties/?*reporting=overdue*")
    assert page.locator("table.treaty-table tbody tr").count() == 1
    assert page.locator("#id_reporting").input_value() == "overdue"
