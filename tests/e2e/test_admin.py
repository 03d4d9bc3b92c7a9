"""The admin's rich-text editor works offline and writes Arabic right to left."""

import pytest
from django.urls import reverse

from tests import factories
from tests.helpers import browser_sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_chapter_editor_loads_offline_with_arabic_right_to_left(page, context, live_server, django_user_model):
    chapter = factories.ChapterFactory(body_ar="<p>نص الفصل</p>", body_fr="<p>Texte du chapitre</p>")
    # A superuser signs in with the code of an enrolled authenticator app too.
    browser_sign_in(page, django_user_model)
    page.goto(reverse("admin:reports_chapter_change", args=[chapter.pk]))
    arabic = page.locator("textarea[name='body_ar']").locator("xpath=..").locator("[contenteditable=true]")
    arabic.wait_for(state="attached")
    page.wait_for_timeout(700)
    assert arabic.get_attribute("dir") == "rtl"
    assert "نص الفصل" in arabic.inner_text()
    french = page.locator("textarea[name='body_fr']").locator("xpath=..").locator("[contenteditable=true]")
    assert french.get_attribute("dir") == "ltr"
    assert context.requested_hosts == {live_server.url.split("/")[2]}
