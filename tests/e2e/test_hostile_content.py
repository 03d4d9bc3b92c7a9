"""Hostile text typed into the admin's real form never runs in a visitor's browser.

An editor's account can be stolen, and text is pasted from anywhere: a plain
field and a rich-text field get script tags, event handlers and javascript:
links through the admin's own change form (the rich text both pasted into the
editor and put straight into the field the form posts), and the public pages
that show them must open no dialog.
"""

import pytest

from news.models import NewsItem
from tests import factories
from tests.helpers import verified_admin_client
from tests.hostile import VECTORS, runnable_markup

pytestmark = pytest.mark.django_db(transaction=True)

PLAIN = '"><script>alert("plain")</script><img src=x onerror=alert("plain-img")>'
RICH = "".join(VECTORS)


def signed_in(context, live_server, django_user_model):
    """The browser carries a staff session (signing in is tested elsewhere)."""
    user = django_user_model.objects.create_superuser("chief", "chief@example.org", "a-long-test-password")
    client = verified_admin_client(user)
    host = live_server.url.split("//", 1)[1].split(":")[0]
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )


def show_tab(page, field: str) -> None:
    """Open the language tab (modeltranslation) that holds ``field``."""
    page.locator(f"a[href='#tab_id_{field}']").click()


def paste_html(page, field: str, html: str) -> None:
    """Paste ``html`` into the rich-text editor of ``field``, as from a hostile web page."""
    editor = page.locator(f"textarea[name='{field}']").locator("xpath=..").locator("[contenteditable=true]")
    editor.wait_for(state="attached")
    editor.click()
    editor.evaluate(
        """(element, html) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", html);
            element.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        html,
    )


def test_hostile_text_entered_in_the_admin_opens_no_dialog_on_any_page(page, context, live_server, django_user_model):
    factories.PageFactory.create_every_key()
    partner = factories.PartnerFactory()
    item = factories.NewsItemFactory(partners=[partner], title_en="News", summary_en="Summary", body_en="<p>Text</p>")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    signed_in(context, live_server, django_user_model)

    page.goto(f"/admin/news/newsitem/{item.pk}/change/")
    for field in ("title_fr", "summary_fr", "body_fr"):
        show_tab(page, field)
    page.fill("input[name='title_fr']", PLAIN)
    page.fill("textarea[name='summary_fr']", PLAIN)
    paste_html(page, "body_fr", RICH)
    page.wait_for_timeout(300)
    # What a crafted request would post, past the editor's own cleaning.
    page.locator("textarea[name='body_en']").evaluate("(element, html) => { element.value = html; }", RICH)
    page.click("input[name='_save']")
    page.wait_for_url("**/admin/news/newsitem/")
    item.refresh_from_db()
    assert item.title_fr == PLAIN and item.summary_fr == PLAIN
    assert item.body_fr and item.body_en and "<script" not in item.body_fr + item.body_en

    paths = [item.get_absolute_url().replace("/ar/", f"/{code}/", 1) for code in ("fr", "en")]
    paths += ["/fr/", "/fr/news/", "/fr/news/?q=alert", partner.get_absolute_url().replace("/ar/", "/fr/", 1)]
    paths += [f"/admin/news/newsitem/{item.pk}/change/", "/admin/news/newsitem/"]
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)  # a broken image's error handler fires after load
        assert dialogs == [], path
        assert runnable_markup(page.content()) == [] or path.startswith("/admin/"), path
    page.goto(paths[0])
    assert PLAIN in page.locator("h1").inner_text()  # shown to the reader as text
    assert NewsItem.objects.get(pk=item.pk).title_fr == PLAIN
