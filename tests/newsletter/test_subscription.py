"""Subscribing, confirming and leaving: double opt-in through a real SMTP server, signed links."""

import re
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from news.newsletter import services
from news.newsletter.models import CONSENT_TEXT_VERSION, ConsentRecord, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/(?:ar|zgh|fr|en)/newsletter/confirm/[^/\s]+/)")


def subscribe(client, language="fr", email="reader@example.org", **extra):
    data = {"email": email, "language": language, "consent": "on", "next": f"/{language}/", **extra}
    return client.post(f"/{language}/newsletter/", data)


def confirmation_path(message) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    match = CONFIRM_LINK.search(text)
    assert match, text
    return match.group(1)


def press_confirm(client, path: str):
    """What a visitor does with the link: open the page (which changes nothing), press its button."""
    statuses = list(Subscriber.objects.order_by("pk").values_list("status", flat=True))
    consents = ConsentRecord.objects.count()
    page = client.get(path)
    assert list(Subscriber.objects.order_by("pk").values_list("status", flat=True)) == statuses
    assert ConsentRecord.objects.count() == consents
    if page.status_code == 200:
        assert page.content.decode().count(f'<form method="post" action="{path}">') == 1
    return client.post(path)


@pytest.mark.parametrize(("language", "direction", "words"), [("fr", "ltr", "Confirmez"), ("ar", "rtl", "تأكيد")])
def test_double_opt_in_through_a_real_smtp_server(
    client, smtp_sink, django_capture_on_commit_callbacks, language, direction, words
):
    sink = smtp_sink()
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, language=language)
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == language

    [message] = sink.parsed()
    assert message["To"] == "reader@example.org"
    assert words in message["Subject"]
    html = message.get_body(preferencelist=("html",)).get_content()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'<body lang="{language}" dir="{direction}"' in html
    assert "<style" not in html and "<link" not in html

    response = press_confirm(client, confirmation_path(message))
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.confirmed_at is not None
    ledger = list(subscriber.consents.values_list("action", "text_version", "language", "client_address"))
    assert ledger == [
        ("given", CONSENT_TEXT_VERSION, language, "127.0.0.1"),
        ("confirmed", CONSENT_TEXT_VERSION, language, "127.0.0.1"),
    ]


def test_the_answer_is_the_same_whether_the_address_is_known_or_not(client, django_capture_on_commit_callbacks):
    factories.SubscriberFactory(email="known@example.org", language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        known = subscribe(client, email="KNOWN@example.org", follow=False)
        unknown = subscribe(client, email="unknown@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    known_page = client.get("/fr/", HTTP_COOKIE="").content
    assert known_page  # the message shows on the next page, identical for both
    assert Subscriber.objects.get(email="known@example.org").status == Subscriber.Status.ACTIVE
    assert Subscriber.objects.get(email="known@example.org").language == "ar"
    assert Subscriber.objects.count() == 2
    assert [m.to for m in mail.outbox] == [["unknown@example.org"]]


def test_the_json_answer_is_the_same_whether_the_address_is_known_or_not(client):
    factories.SubscriberFactory(email="known@example.org")
    answers = [
        client.post(
            "/fr/newsletter/",
            {"email": email, "language": "fr", "consent": "on"},
            HTTP_ACCEPT="application/json",
        ).json()
        for email in ("known@example.org", "new@example.org")
    ]
    assert answers[0] == answers[1]
    assert answers[0]["ok"] is True
    assert "confirm" in answers[0]["message"]


def pending_with_token(email="reader@example.org", language="fr"):
    subscriber = services.subscriber_subscribe(email=email, language=language, client_address="10.0.0.1")
    return subscriber, services.subscriber_confirmation_token(subscriber=subscriber)


def test_a_tampered_confirmation_link_is_refused_and_changes_nothing(client):
    subscriber, token = pending_with_token()
    other, _other_token = pending_with_token(email="other@example.org")
    payload, rest = token.split(":", 1)
    other_payload = signing.b64_encode(f'{{"s":{other.pk},"n":"{other.confirmation_nonce}"}}'.encode()).decode()
    tampered = [
        token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        f"{other_payload}:{rest}",  # another subscriber's payload under this signature
        "nonsense",
        token + "x",
    ]
    for bad in tampered:
        for response in (client.get(f"/fr/newsletter/confirm/{bad}/"), client.post(f"/fr/newsletter/confirm/{bad}/")):
            assert response.status_code == 400, bad
            assert "Nothing was changed" in response.content.decode() or "Rien" in response.content.decode()
    assert set(Subscriber.objects.values_list("status", flat=True)) == {Subscriber.Status.PENDING}
    assert not ConsentRecord.objects.filter(action=ConsentRecord.Action.CONFIRMED).exists()


def test_an_expired_confirmation_link_is_refused_and_changes_nothing(client, settings):
    subscriber, token = pending_with_token()
    later = time.time() + settings.NEWSLETTER_CONFIRM_MAX_AGE + 60
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = press_confirm(client, f"/fr/newsletter/confirm/{token}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    # Still valid before it expires.
    assert press_confirm(client, f"/fr/newsletter/confirm/{token}/").status_code == 200


def test_a_replayed_confirmation_link_changes_nothing(client):
    subscriber, token = pending_with_token()
    assert press_confirm(client, f"/fr/newsletter/confirm/{token}/").status_code == 200
    services.subscriber_unsubscribe(subscriber=subscriber)
    consents = ConsentRecord.objects.count()

    assert client.get(f"/fr/newsletter/confirm/{token}/").status_code == 400
    response = client.post(f"/fr/newsletter/confirm/{token}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert ConsentRecord.objects.count() == consents


def test_a_confirmation_link_dies_when_a_newer_one_is_sent(client):
    _subscriber, first = pending_with_token()
    _subscriber, second = pending_with_token()
    assert press_confirm(client, f"/fr/newsletter/confirm/{first}/").status_code == 400
    assert press_confirm(client, f"/fr/newsletter/confirm/{second}/").status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_opening_the_confirmation_link_confirms_nothing(client):
    """A mail scanner or a link preview follows the link; only the visitor's button press confirms."""
    subscriber, token = pending_with_token()
    for _ in range(3):
        page = client.get(f"/fr/newsletter/confirm/{token}/")
        assert page.status_code == 200
        assert client.head(f"/fr/newsletter/confirm/{token}/").status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.confirmed_at is None
    assert not ConsentRecord.objects.filter(action=ConsentRecord.Action.CONFIRMED).exists()
    assert "<button" in page.content.decode()
    assert page["Cache-Control"].startswith("max-age=0")

    csrf_client = Client(enforce_csrf_checks=True)
    assert csrf_client.post(f"/fr/newsletter/confirm/{token}/").status_code == 403  # a forged POST
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_one_click_post_unsubscribes_without_session_or_csrf_token():
    subscriber = factories.SubscriberFactory()
    token = services.subscriber_manage_token(subscriber=subscriber)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/newsletter/one-click/{token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.get().action == ConsentRecord.Action.WITHDRAWN


@pytest.mark.parametrize(
    "mangle", [lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"), lambda t: "x" + t, lambda t: "-"]
)
def test_one_click_post_with_a_bad_signature_changes_nothing(mangle):
    subscriber = factories.SubscriberFactory()
    token = services.subscriber_manage_token(subscriber=subscriber)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/newsletter/one-click/{mangle(token)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE


def test_one_click_link_does_not_unsubscribe_on_get():
    subscriber = factories.SubscriberFactory()
    token = services.subscriber_manage_token(subscriber=subscriber)
    assert Client().get(f"/newsletter/one-click/{token}/").status_code == 405
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE


def test_a_manage_link_stops_working_for_another_address_with_the_same_id(client):
    subscriber = factories.SubscriberFactory(email="first@example.org")
    token = services.subscriber_manage_token(subscriber=subscriber)
    Subscriber.objects.filter(pk=subscriber.pk).update(email="second@example.org")
    assert client.get(f"/fr/newsletter/unsubscribe/{token}/").status_code == 400


def test_unsubscribe_page_has_one_button_that_unsubscribes(client):
    subscriber = factories.SubscriberFactory(language="fr")
    token = services.subscriber_manage_token(subscriber=subscriber)
    page = client.get(f"/fr/newsletter/unsubscribe/{token}/").content.decode()
    assert page.count(f'action="/fr/newsletter/unsubscribe/{token}/"') + page.count('action=""') == 1
    response = client.post(f"/fr/newsletter/unsubscribe/{token}/", follow=True)
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert "plus aucune" in response.content.decode()


def test_preferences_page_changes_the_language(client):
    subscriber = factories.SubscriberFactory(language="ar")
    token = services.subscriber_manage_token(subscriber=subscriber)
    assert client.get(f"/ar/newsletter/preferences/{token}/").status_code == 200
    assert client.post(f"/ar/newsletter/preferences/{token}/", {"language": "xx"}).status_code == 400
    response = client.post(f"/ar/newsletter/preferences/{token}/", {"language": "zgh"})
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.language == "zgh"


@pytest.mark.parametrize(
    "email",
    [
        "reader@example.org\r\nBcc: victim@example.org",
        "reader@example.org\nSubject: hello",
        "reader@example.org%0ABcc:victim@example.org",
        "Reader <reader@example.org>\r\nCc: x@example.org",
        "reader@example.org\x00",
    ],
)
def test_header_injection_in_the_address_is_refused(client, django_capture_on_commit_callbacks, email):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, email=email)
    assert response.status_code == 400
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"email": "x" * 5000 + "@example.org", "language": "fr", "consent": "on"},
        {"email": "reader@example.org", "language": "xx", "consent": "on"},
        {"email": "reader@example.org", "language": "fr"},
        {"email": "\x0b@\x0b", "language": "fr", "consent": "on", "next": "http://evil.example/"},
    ],
)
def test_bad_input_is_answered_with_the_form_never_a_server_error(client, data):
    response = client.post("/fr/newsletter/", data)
    assert response.status_code == 400
    assert Subscriber.objects.count() == 0
    json = client.post("/fr/newsletter/", data, HTTP_ACCEPT="application/json")
    assert json.status_code == 200 and json.json()["ok"] is False


def test_redirect_after_subscribing_stays_on_this_site(client):
    response = subscribe(client, next="https://evil.example/")
    assert response["Location"] == "/fr/newsletter/"


def test_the_honeypot_gets_the_same_answer_and_changes_nothing(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, website="http://spam.example/")
    assert response.status_code == 302
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Trop de tentatives"), ("ar", "محاولات"), ("en", "Too many subscription attempts")],
)
def test_rate_limit_per_address_answers_clearly_and_changes_nothing(client, settings, language, expected):
    settings.NEWSLETTER_RATE_PER_ADDRESS = 2
    for _ in range(2):
        assert subscribe(client, language=language).status_code == 302
    consents = ConsentRecord.objects.count()
    nonce = Subscriber.objects.get().confirmation_nonce

    response = subscribe(client, language=language, email="READER@example.org")
    assert response.status_code == 429
    assert expected in response.content.decode()
    assert ConsentRecord.objects.count() == consents
    assert Subscriber.objects.get().confirmation_nonce == nonce
    json = client.post(
        f"/{language}/newsletter/",
        {"email": "reader@example.org", "language": language, "consent": "on"},
        HTTP_ACCEPT="application/json",
    )
    assert json.status_code == 429 and expected in json.json()["message"]


def test_rate_limit_per_client_address_answers_clearly_and_changes_nothing(client, settings):
    settings.NEWSLETTER_RATE_PER_CLIENT = 3
    for n in range(3):
        assert subscribe(client, email=f"reader{n}@example.org").status_code == 302
    response = subscribe(client, email="another@example.org")
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert not Subscriber.objects.filter(email="another@example.org").exists()
    # Another client is not affected.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert subscribe(other, email="another@example.org").status_code == 302


def test_behind_a_proxy_the_limit_and_the_ledger_use_the_forwarded_address(settings):
    settings.NEWSLETTER_RATE_PER_CLIENT = 2
    settings.TRUSTED_PROXY_COUNT = 1

    def through_proxy(visitor):
        return Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=visitor)

    for n in range(2):
        assert subscribe(through_proxy("198.51.100.7"), email=f"reader{n}@example.org").status_code == 302
    assert subscribe(through_proxy("198.51.100.7"), email="third@example.org").status_code == 429
    # Another visitor behind the same proxy is not affected, and a forged entry does not help the first.
    assert subscribe(through_proxy("203.0.113.9"), email="other@example.org").status_code == 302
    assert subscribe(through_proxy("1.2.3.4, 198.51.100.7"), email="forged@example.org").status_code == 429
    ledger = Subscriber.objects.get(email="reader0@example.org").consents.values_list("client_address", flat=True)
    assert list(ledger) == ["198.51.100.7"]


@pytest.mark.parametrize("language", ["ar", "zgh", "fr", "en"])
def test_side_column_form_on_every_page_defaults_to_the_page_language(client, language):
    factories.PageFactory.create_every_key()
    html = client.get(f"/{language}/").content.decode()
    assert f'action="/{language}/newsletter/"' in html
    assert f'<option value="{language}" selected>' in html
    assert html.index('id="newsletter-aside-title"') < html.index('id="textsize-title"')


def test_the_newsletter_page_shows_the_form_once(client):
    html = client.get("/fr/newsletter/").content.decode()
    below_the_header = html.split("</header>", 1)[1]  # the header holds the site search's form
    assert below_the_header.count("<form") == 1
    assert html.count("<h1") == 1


CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def test_a_new_a_pending_and_an_active_address_get_the_same_answer_from_the_same_work(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    """The request only validates, counts and queues; whether the address is known is decided by the task.

    With the database queue the task waits for a worker, so what is measured is the request alone.
    """
    from django_tasks_db.models import DBTaskResult

    from news.newsletter import tasks

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    factories.PageFactory.create_every_key()
    factories.SubscriberFactory(email="active@example.org", language="ar")
    services.subscriber_subscribe(email="pending@example.org", language="fr", client_address=None)
    mailoutbox.clear()

    def visit(email: str, accept: str = "text/html"):
        client = Client()
        data = {"email": email, "language": "fr", "consent": "on", "next": "/fr/"}
        with CaptureQueriesContext(connection) as queries:
            response = client.post("/fr/newsletter/", data, HTTP_ACCEPT=accept)
        shapes = [re.sub(r"'[^']*'|\b\d+\b", "?", q["sql"]) for q in queries.captured_queries]
        page = client.get(response["Location"]).content if response.status_code == 302 else b""
        # The date and the request's own id differ for every request, whatever the address;
        # django-csp writes the policy's directives in no fixed order.
        headers = {k: v for k, v in response.items() if k not in {"Date", "X-Request-ID"}}
        headers["Content-Security-Policy"] = sorted(headers["Content-Security-Policy"].split("; "))
        # A signed cookie ends with its time and signature; the message it carries is before them.
        cookies = {name: morsel.value.split(":")[0] for name, morsel in response.cookies.items()}
        return response.status_code, headers, cookies, response.content, CSRF_TOKEN.sub(b"", page), shapes

    answers = {}
    for accept in ("text/html", "application/json"):
        new, pending, active = (
            visit(email, accept) for email in ("new@example.org", "pending@example.org", "active@example.org")
        )
        assert new == pending == active
        assert new[5]  # the request's queries, queueing the task among them
        answers[accept] = new
    assert answers["text/html"][0] == 302 and "Merci" in answers["text/html"][4].decode()
    assert answers["application/json"][0] == 200 and "Merci" in answers["application/json"][3].decode()
    assert mailoutbox == []  # the request itself sends nothing
    queued = DBTaskResult.objects.filter(task_path="news.newsletter.tasks.subscribe").order_by("enqueued_at")
    assert queued.count() == 6

    # What the worker then does: a confirmation for a new or pending address, nothing for an active one.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    for row in queued:
        with django_capture_on_commit_callbacks(execute=True):
            tasks.subscribe.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
    assert sorted(message.to[0] for message in mailoutbox) == ["new@example.org"] * 2 + ["pending@example.org"] * 2
    assert Subscriber.objects.get(email="active@example.org").language == "ar"
