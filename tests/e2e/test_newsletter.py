"""Subscribing from the side column, in Arabic and French, with and without JavaScript."""

import pytest
from django.core import mail

from news.newsletter.models import Subscriber
from tests import factories
from tests.e2e.conftest import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)

THANKS = {"ar": "شكرا", "fr": "Merci"}


@pytest.fixture
def home(transactional_db):
    factories.PageFactory.create_every_key()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_subscribing_from_the_side_column_with_javascript(page, home, language):
    page.goto(f"/{language}/")
    form = page.locator(".aside form[data-newsletter]")
    assert form.locator("select[name=language]").input_value() == language
    form.locator("input[name=email]").fill(f"reader-{language}@example.org")
    form.locator("input[name=consent]").check()
    form.locator("button[type=submit]").click()
    status = form.locator("[data-newsletter-status]")
    status.wait_for(state="visible")
    assert THANKS[language] in status.inner_text()
    assert page.url.endswith(f"/{language}/")  # no page load
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == (
        f"reader-{language}@example.org",
        language,
        Subscriber.Status.PENDING,
    )
    assert [m.to for m in mail.outbox] == [[subscriber.email]]
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_subscribing_from_the_side_column_without_javascript(browser, live_server, home, language):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto(f"/{language}/cooperation/")
    form = page.locator(".aside form[data-newsletter]")
    form.locator("input[name=email]").fill(f"plain-{language}@example.org")
    form.locator("input[name=consent]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/{language}/cooperation/")
    assert THANKS[language] in page.locator(".messages").inner_text()
    assert Subscriber.objects.get().language == language
    context.close()


def test_a_missing_consent_is_explained_without_javascript(browser, live_server, home):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    page = context.new_page()
    page.goto("/fr/")
    form = page.locator(".aside form[data-newsletter]")
    form.locator("input[name=email]").fill("reader@example.org")
    # The browser's own check stops an unticked consent; remove it to reach the server.
    page.evaluate("document.querySelector('.aside input[name=consent]').removeAttribute('required')")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/fr/newsletter/")
    assert "cocher la case" in page.locator("main").inner_text()
    assert Subscriber.objects.count() == 0
    context.close()
