"""The admin's rich-text editor works offline and writes Arabic right to left."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def test_chapter_editor_loads_offline_with_arabic_right_to_left(page, context, live_server, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.org", "a-long-test-password")
    chapter = factories.ChapterFactory(body_ar="<p>نص الفصل</p>", body_fr="<p>Texte du chapitre</p>")
    page.goto("/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.goto(f"/admin/reports/chapter/{chapter.pk}/change/")
    arabic = page.locator("textarea[name='body_ar']").locator("xpath=..").locator("[contenteditable=true]")
    arabic.wait_for(state="attached")
    page.wait_for_timeout(700)
    assert arabic.get_attribute("dir") == "rtl"
    assert "نص الفصل" in arabic.inner_text()
    french = page.locator("textarea[name='body_fr']").locator("xpath=..").locator("[contenteditable=true]")
    assert french.get_attribute("dir") == "ltr"
    assert context.requested_hosts == {live_server.url.split("/")[2]}
