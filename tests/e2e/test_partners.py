"""The partners directory and a partner's page as a visitor sees them, in Arabic and English."""

import pytest

from tests.e2e.conftest import axe_violations, horizontal_overflow

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("en", "ltr")])
@pytest.mark.parametrize("path", ["/cooperation/international-partners/", "/partners/ganhri/", "/partners/ohchr/"])
def test_partner_pages_are_accessible_and_fit_a_phone(page, context, live_server, demo, language, direction, path):
    page.goto(f"/{language}{path}")
    assert page.get_attribute("html", "dir") == direction
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    assert horizontal_overflow(page) <= 0
    assert axe_violations(page) == []
    local = live_server.url.split("/")[2]
    assert context.requested_hosts == {local}


def test_a_country_on_the_map_leads_to_its_partners(page, demo):
    page.goto("/en/cooperation/international-partners/")
    page.locator(".world-map a[aria-label^='Mauritania']").click()
    page.wait_for_url("**/?country=MR#directory")
    links = page.locator(".partner-list a")
    assert links.count() == 1
    assert "Mauritania" in links.first.inner_text()
    page.locator("details.map-list summary").click()
    assert page.locator(".map-list__countries a", has_text="Switzerland").is_visible()


def test_filters_work_with_the_keyboard_and_keep_the_page_whole(page, demo):
    page.goto("/ar/cooperation/international-partners/")
    page.locator("#id_q").fill("GANHRI")
    page.locator("#id_q").press("Enter")
    page.wait_for_url("**q=GANHRI**")
    assert page.locator(".partner-list a").count() >= 1
    assert horizontal_overflow(page) <= 0
