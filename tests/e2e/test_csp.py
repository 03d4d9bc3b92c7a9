"""The Content-Security-Policy blocks nothing the site itself needs: no inline script or style was missed.

The browser reports every blocked script, style, image, font, frame or form
post twice, as a ``securitypolicyviolation`` event in the page and as a console
message (the only report from a frame without scripts, such as the newsletter
preview); both are collected, and the pages' own scripts must still work.
"""

import pytest
from django.test import Client

from tests import factories
from tests.helpers import browser_sign_in, one_path_per_view, sitemap_paths

pytestmark = pytest.mark.django_db(transaction=True)

# Runs in every document before its own scripts (Playwright injects it outside the policy).
REPORT_VIOLATIONS = """
window.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation({
    page: event.documentURI,
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile + ":" + event.lineNumber,
    sample: event.sample,
  });
}, true);
"""


@pytest.fixture
def violations(context, page):
    found = []
    context.expose_function("reportCspViolation", lambda violation: found.append(violation))
    context.add_init_script(REPORT_VIOLATIONS)

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            found.append({"page": page.url, "console": message.text})

    page.on("console", on_console)
    return found


def sign_in(page, django_user_model):
    browser_sign_in(page, django_user_model)


def test_public_pages_in_arabic_and_english_break_no_rule_and_their_scripts_work(page, violations, demo):
    paths = [p for p in one_path_per_view(sitemap_paths(Client())) if p.split("/")[1] in {"ar", "en"}]
    assert {p.split("/")[1] for p in paths} == {"ar", "en"}
    for path in paths:
        page.goto(path)
        page.wait_for_load_state("load")
    assert violations == []

    # The text-size buttons (static/js/textsize.js) run and restyle the page.
    page.goto("/ar/")
    page.click("[data-textsize-step='1']")
    assert page.evaluate("document.documentElement.style.fontSize") == "112.5%"
    # The newsletter form posts with fetch() (static/js/newsletter.js) and shows the answer in place.
    page.fill(".newsletter-form input[type=email]", "reader@example.org")
    page.check(".newsletter-form input[type=checkbox][name=consent]")
    page.click(".newsletter-form button[type=submit]")
    page.locator("[data-newsletter-status].newsletter-form__status--ok").wait_for()
    assert page.url.endswith("/ar/")
    assert violations == []


def test_admin_login_and_rich_text_form_break_no_rule_and_the_editor_and_tabs_work(
    page, violations, live_server, django_user_model
):
    chapter = factories.ChapterFactory(body_ar="<p>نص الفصل</p>", body_fr="<p>Texte du chapitre</p>")
    sign_in(page, django_user_model)
    assert violations == []

    page.goto(f"/admin/reports/chapter/{chapter.pk}/change/")
    arabic_panel = page.locator("#tab_id_body_ar")
    french_panel = page.locator("#tab_id_body_fr")
    arabic_panel.locator("[contenteditable=true]").wait_for(state="attached")
    # The modeltranslation tabs (jQuery UI) switch the language shown.
    page.click("a[href='#tab_id_body_ar']")
    assert arabic_panel.is_visible() and french_panel.is_hidden()
    page.click("a[href='#tab_id_body_fr']")
    assert french_panel.is_visible() and arabic_panel.is_hidden()
    # The editor (django-prose-editor, its modules found through the import map) takes typing.
    editor = french_panel.locator("[contenteditable=true]")
    editor.click()
    page.keyboard.press("End")
    page.keyboard.type(" Ajouté dans l'éditeur.")
    assert "Ajouté dans l'éditeur." in editor.inner_text()
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/reports/chapter/")
    chapter.refresh_from_db()
    assert "Ajouté dans l'éditeur." in chapter.body_fr
    assert chapter.body_ar == "<p>نص الفصل</p>"
    assert violations == []


def test_newsletter_preview_shows_the_mail_styled_and_breaks_no_rule(page, violations, django_user_model):
    edition = factories.EditionFactory()
    sign_in(page, django_user_model)
    page.goto(f"/admin/newsletter/edition/{edition.pk}/preview/fr/")
    # The mail's own colours apply in both frames (phone, computer): its style attributes are
    # allowed on this page only. The phone's frame is a phone's width.
    for frame in ("phone", "desktop"):
        body = page.frame_locator(f".newsletter-preview--{frame} iframe").locator("body")
        assert body.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(246, 243, 234)"
    assert page.locator(".newsletter-preview--phone iframe").evaluate("f => f.clientWidth") == 360
    assert violations == []


def test_a_missed_inline_script_would_be_caught(page, violations, live_server, django_user_model):
    # The proof above is only as good as its listener: an inline script in an admin page is reported.
    chapter = factories.ChapterFactory()
    sign_in(page, django_user_model)
    page.goto(f"/admin/reports/chapter/{chapter.pk}/change/")
    page.evaluate(
        """() => {
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        const styled = document.createElement("p");
        styled.setAttribute("style", "color: red");
        document.body.append(styled);
    }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.injected") is None
    directives = {v.get("directive") for v in violations}
    assert {"script-src-elem", "style-src-attr"} <= directives
