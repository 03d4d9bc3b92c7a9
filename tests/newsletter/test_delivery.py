"""Delivery of an edition in one process, through a real SMTP server: languages, headers, failures."""

import csv
import io
import time
from collections import Counter

import pytest
from django.urls import reverse

from news.newsletter import services
from news.newsletter.models import Delivery, Edition, Subscriber
from news.newsletter.services import delivery as delivery_service
from tests import factories

pytestmark = pytest.mark.django_db


def deliver(edition) -> dict:
    Edition.objects.filter(pk=edition.pk).update(queued_at=edition.created_at)
    return services.edition_deliver(edition_id=edition.pk, worker_id="test-worker")


def test_each_subscriber_gets_the_edition_once_in_their_language(smtp_sink, settings):
    sink = smtp_sink()
    both = factories.NewsItemFactory(title_ar="خبر مترجم", title_fr="Nouvelle traduite", title_en="Translated news")
    arabic_only = factories.NewsItemFactory(title_ar="خبر بالعربية فقط", title_fr="", title_en="")
    edition = factories.EditionFactory(
        items=[both, arabic_only], subject_ar="نشرة التعاون", subject_fr="Lettre de la coopération", subject_en=""
    )
    readers = {
        "ar": factories.SubscriberFactory(language="ar"),
        "fr": factories.SubscriberFactory(language="fr"),
        "zgh": factories.SubscriberFactory(language="zgh"),
    }
    factories.SubscriberFactory(status=Subscriber.Status.PENDING)
    factories.SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED)

    # Tamazight: no item has a Tamazight title and the subject has none either. Queueing would
    # have asked the manager; an edition that reaches delivery so leaves its readers out, rather
    # than send them "no news in this language" under an Arabic subject.
    assert deliver(edition) == {"sent": 2}
    messages = {m["To"]: m for m in sink.parsed()}
    assert sorted(messages) == sorted([readers["ar"].email, readers["fr"].email])
    assert not Delivery.objects.filter(subscriber=readers["zgh"]).exists()

    arabic = messages[readers["ar"].email]
    assert arabic["Subject"] == "نشرة التعاون"
    html = arabic.get_body(preferencelist=("html",)).get_content()
    text = arabic.get_body(preferencelist=("plain",)).get_content()
    assert '<html lang="ar" dir="rtl">' in html and '<body lang="ar" dir="rtl"' in html
    assert "direction:rtl" in html and "<style" not in html and "class=" not in html
    assert "خبر مترجم" in html and "خبر بالعربية فقط" in text

    french = messages[readers["fr"].email]
    assert french["Subject"] == "Lettre de la coopération"
    french_html = french.get_body(preferencelist=("html",)).get_content()
    assert '<html lang="fr" dir="ltr">' in french_html
    assert "Nouvelle traduite" in french_html
    assert "خبر بالعربية فقط" not in french_html
    assert "/fr/news/" in french_html

    edition.refresh_from_db()
    assert edition.completed_at is not None and edition.status == Edition.Status.PUBLISHED
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.SENT}


def test_each_message_carries_list_headers_and_a_working_one_click_link(smtp_sink, client):
    sink = smtp_sink()
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])
    reader = factories.SubscriberFactory(language="fr")
    deliver(edition)
    [message] = sink.parsed()
    delivery = Delivery.objects.get()
    assert message["Message-ID"] == delivery.message_id
    assert message["List-Id"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.get_content_type() == "multipart/alternative"
    one_click = message["List-Unsubscribe"].strip("<>")
    path = "/" + one_click.split("/", 3)[3]
    assert path.startswith("/newsletter/one-click/")
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "/fr/newsletter/unsubscribe/" in text and "/fr/newsletter/preferences/" in text

    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_a_subject_with_line_breaks_cannot_add_headers(smtp_sink):
    sink = smtp_sink()
    edition = factories.EditionFactory(
        subject_fr="Lettre\r\nBcc: victim@example.org", subject_ar="نشرة\nBcc: victim@example.org"
    )
    factories.SubscriberFactory(language="fr")
    deliver(edition)
    [message] = sink.parsed()
    assert message["Bcc"] is None
    assert message["Subject"] == "Lettre Bcc: victim@example.org"
    assert sink.recipients() == [Subscriber.objects.get().email]


def test_refused_recipients_are_recorded_and_a_dropped_connection_is_retried(smtp_sink):
    readers = [factories.SubscriberFactory(language="fr") for _ in range(30)]
    refused = [readers[3].email, readers[17].email]
    dropped = readers[9].email
    sink = smtp_sink(refuse=refused, drop_once=[dropped])
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])

    counts = deliver(edition)

    received = Counter(sink.recipients())
    assert set(received) == {r.email for r in readers} - set(refused)
    assert set(received.values()) == {1}
    assert counts["sent"] == 28 and counts["failed"] == 2 and counts["retried"] == 1
    failed = Delivery.objects.filter(status=Delivery.Status.FAILED)
    assert sorted(d.subscriber.email for d in failed) == sorted(refused)
    assert all("550" in d.error for d in failed)
    assert set(Subscriber.objects.filter(email__in=refused).values_list("status", flat=True)) == {"bounced"}
    assert Delivery.objects.get(subscriber__email=dropped).attempts == 2
    edition.refresh_from_db()
    assert edition.completed_at is not None


def test_an_edition_goes_over_several_connections_side_by_side(smtp_sink, settings):
    settings.NEWSLETTER_CONNECTIONS = 4
    settings.NEWSLETTER_BATCH_SIZE = 20
    sink = smtp_sink()
    readers = [factories.SubscriberFactory() for _ in range(20)]

    assert deliver(factories.EditionFactory())["sent"] == 20

    assert Counter(sink.recipients()) == {reader.email: 1 for reader in readers}
    # One batch, so the four connections were open at the same time, five messages on each.
    assert sorted(Counter(sink.peers).values()) == [5, 5, 5, 5]
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 20


def test_a_message_the_server_defers_after_its_data_is_sent_again_once(smtp_sink, settings):
    settings.NEWSLETTER_CONNECTIONS = 3
    readers = [factories.SubscriberFactory() for _ in range(7)]
    deferred = readers[4].email
    sink = smtp_sink(defer_once=[deferred])

    counts = deliver(factories.EditionFactory())

    # Marked sent when its end-of-data mark left, then put back when the server's 451 came.
    assert counts["sent"] == 7 and counts["retried"] == 1
    assert Counter(sink.recipients()) == {reader.email: 1 for reader in readers}
    delivery = Delivery.objects.get(subscriber__email=deferred)
    assert delivery.status == Delivery.Status.SENT and delivery.attempts == 2


def test_a_server_that_cannot_be_reached_leaves_the_rows_for_a_later_attempt(settings):
    settings.EMAIL_HOST = "127.0.0.1"
    from tests.newsletter.smtp_sink import free_port

    settings.EMAIL_PORT = free_port()
    settings.NEWSLETTER_RETRY_DELAYS = [600]
    factories.SubscriberFactory()
    edition = factories.EditionFactory()
    counts = deliver(edition)
    assert counts == {"retried": 1}
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.PENDING and "connect" in delivery.error
    edition.refresh_from_db()
    assert edition.completed_at is None


def test_the_archive_shows_an_edition_from_the_time_its_delivery_starts(client, settings):
    """One address waiting for a retry (a greylisting server, a server away) does not hold the
    edition back from the archive; one never queued, or withdrawn by staff, is not there."""
    from tests.newsletter.smtp_sink import free_port

    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    settings.NEWSLETTER_RETRY_DELAYS = [600]
    factories.SubscriberFactory(language="fr")
    waiting = factories.EditionFactory(subject_fr="Envoi en cours", status=Edition.Status.DRAFT)
    factories.EditionFactory(subject_fr="Jamais en file", status=Edition.Status.DRAFT)
    assert deliver(waiting) == {"retried": 1}
    waiting.refresh_from_db()
    assert waiting.completed_at is None and waiting.status == Edition.Status.PUBLISHED
    archive = client.get("/fr/newsletter/archive/").content.decode()
    assert "Envoi en cours" in archive and "Jamais en file" not in archive
    assert client.get(f"/fr/newsletter/archive/{waiting.pk}/").status_code == 200

    Edition.objects.filter(pk=waiting.pk).update(status=Edition.Status.DRAFT)
    Delivery.objects.update(next_attempt_at=waiting.prepared_at)
    settings.EMAIL_PORT = free_port()
    deliver(waiting)
    assert "Envoi en cours" not in client.get("/fr/newsletter/archive/").content.decode()


def test_the_rate_limit_setting_paces_sending(smtp_sink, settings):
    smtp_sink()
    settings.NEWSLETTER_RATE_LIMIT = 20
    for _ in range(10):
        factories.SubscriberFactory()
    started = time.monotonic()
    assert deliver(factories.EditionFactory())["sent"] == 10
    assert time.monotonic() - started >= 0.45


def test_claims_are_exclusive_until_their_lease_runs_out(settings):
    from datetime import timedelta

    from django.utils import timezone

    for _ in range(5):
        factories.SubscriberFactory()
    edition = services.edition_prepare(edition=factories.EditionFactory())
    _token, first = services.deliveries_claim(edition=edition, worker_id="a", limit=3)
    _token, second = services.deliveries_claim(edition=edition, worker_id="b", limit=10)
    assert len(first) == 3 and len(second) == 2
    assert not {d.pk for d in first} & {d.pk for d in second}
    assert services.deliveries_claim(edition=edition, worker_id="c", limit=10)[1] == []
    Delivery.objects.filter(pk__in=[d.pk for d in first]).update(lease_until=timezone.now() - timedelta(seconds=1))
    _token, third = services.deliveries_claim(edition=edition, worker_id="c", limit=10)
    assert {d.pk for d in third} == {d.pk for d in first}


def test_a_row_whose_claim_was_taken_over_is_not_sent_by_its_first_worker(smtp_sink):
    sink = smtp_sink()
    factories.SubscriberFactory()
    edition = services.edition_prepare(edition=factories.EditionFactory())
    token, [delivery] = services.deliveries_claim(edition=edition, worker_id="slow", limit=1)
    Delivery.objects.filter(pk=delivery.pk).update(claim_token=None, claimed_by="other")
    from collections import Counter as Count

    counts = Count()
    delivery_service._send_batch(
        edition=edition, batch=[delivery], token=token, renderings={}, pacer=delivery_service._Pacer(0), counts=counts
    )
    assert counts == {"lost_claim": 1}
    assert sink.messages == []


def test_preparing_twice_adds_no_row_and_unsubscribed_readers_are_skipped(smtp_sink):
    sink = smtp_sink()
    readers = [factories.SubscriberFactory() for _ in range(3)]
    edition = services.edition_prepare(edition=factories.EditionFactory())
    Edition.objects.filter(pk=edition.pk).update(prepared_at=None)
    services.edition_prepare(edition=Edition.objects.get(pk=edition.pk))
    assert Delivery.objects.count() == 3
    services.subscriber_unsubscribe(subscriber=readers[0])
    deliver(edition)
    assert sorted(sink.recipients()) == sorted(r.email for r in readers[1:])


def test_everything_since_the_last_edition_is_fixed_when_sending_starts(smtp_sink):
    smtp_sink()
    factories.SubscriberFactory()
    old = factories.NewsItemFactory()
    first = factories.EditionFactory(selection=Edition.Selection.SINCE_LAST)
    deliver(first)
    assert list(first.items.all()) == [old]
    new = factories.NewsItemFactory(publish_at=first.created_at.__class__.now(first.created_at.tzinfo))
    second = factories.EditionFactory(selection=Edition.Selection.SINCE_LAST)
    deliver(second)
    assert list(second.items.all()) == [new]


def test_a_scheduled_edition_waits_for_its_time(smtp_sink):
    from datetime import timedelta

    from django.utils import timezone

    sink = smtp_sink()
    factories.SubscriberFactory()
    edition = factories.EditionFactory(scheduled_for=timezone.now() + timedelta(hours=1))
    assert deliver(edition) == {}
    assert sink.messages == [] and Delivery.objects.count() == 0
    Edition.objects.filter(pk=edition.pk).update(scheduled_for=timezone.now() - timedelta(seconds=1))
    assert deliver(edition) == {"sent": 1}


def test_admin_queues_an_edition_and_shows_its_progress(smtp_sink, admin_client, django_capture_on_commit_callbacks):
    sink = smtp_sink()
    for _ in range(4):
        factories.SubscriberFactory()
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])
    queue_url = reverse("admin:newsletter_edition_queue", args=[edition.pk])
    assert "4" in admin_client.get(queue_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(queue_url).status_code == 302
    assert len(sink.messages) == 4
    changelist = admin_client.get(reverse("admin:newsletter_edition_changelist")).content.decode()
    assert "4 / 0 / 0" in changelist


def test_admin_previews_each_language_and_sends_a_test_to_the_staff_member(smtp_sink, admin_client, admin_user):
    sink = smtp_sink()
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()])
    for language, direction in [("ar", "rtl"), ("zgh", "ltr"), ("fr", "ltr"), ("en", "ltr")]:
        page = admin_client.get(reverse("admin:newsletter_edition_preview", args=[edition.pk, language]))
        assert page.status_code == 200
        assert f'dir="{direction}"' in page.context["html"]
    assert admin_client.get(reverse("admin:newsletter_edition_preview", args=[edition.pk, "xx"])).status_code == 404
    response = admin_client.post(reverse("admin:newsletter_edition_test", args=[edition.pk]), {"language": "fr"})
    assert response.status_code == 302
    [message] = sink.parsed()
    assert message["To"] == admin_user.email and message["Subject"].startswith("[TEST] Lettre")
    assert Delivery.objects.count() == 0


def test_admin_exports_and_erases_subscribers(admin_client):
    subscriber, _token = None, None
    subscriber = services.subscriber_subscribe(email="reader@example.org", language="fr", client_address="10.1.2.3")
    other = factories.SubscriberFactory()
    edition = services.edition_prepare(edition=factories.EditionFactory())
    assert edition.deliveries.count() == 1
    url = reverse("admin:newsletter_subscriber_changelist")
    export = admin_client.post(url, {"action": "export_csv", "_selected_action": [subscriber.pk, other.pk]})
    body = export.content.decode()
    assert export["Content-Type"].startswith("text/csv")
    assert "reader@example.org" in body and "10.1.2.3" in body and "given v1 fr" in body
    admin_client.post(url, {"action": "erase_completely", "_selected_action": [subscriber.pk, other.pk]})
    assert Subscriber.objects.count() == 0
    assert Delivery.objects.count() == 0
    from news.newsletter.models import ConsentRecord

    assert ConsentRecord.objects.count() == 0


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_admin_subscriber_export_is_a_guarded_private_spreadsheet(admin_client, start):
    hostile = factories.SubscriberFactory(email=f'{start}HYPERLINK("http://evil.example")\x0b@example.org')
    services.subscriber_subscribe(email="reader@example.org", language="fr", client_address="10.1.2.3")
    plain = Subscriber.objects.get(email="reader@example.org")
    response = admin_client.post(
        reverse("admin:newsletter_subscriber_changelist"),
        {"action": "export_csv", "_selected_action": [hostile.pk, plain.pk]},
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="newsletter-subscribers.csv"'
    # Personal data: no cache may keep it, no other site may read it.
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives and "public" not in directives
    assert not response.has_header("Access-Control-Allow-Origin")
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8-sig")
    assert "\x0b" not in text
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = {row["email"]: row for row in reader}
    assert reader.fieldnames == ["email", "language", "status", "subscribed", "confirmed", "unsubscribed", "consents"]
    assert f'\'{start}HYPERLINK("http://evil.example")@example.org' in rows
    reader_row = rows["reader@example.org"]
    assert (reader_row["language"], reader_row["status"], reader_row["confirmed"]) == ("fr", "pending", "")
    assert reader_row["subscribed"].startswith(str(plain.created_at.year))
    assert "given v1 fr 10.1.2.3" in reader_row["consents"]


def test_archive_lists_sent_editions_per_language(client, smtp_sink, django_assert_max_num_queries):
    smtp_sink()
    factories.SubscriberFactory()
    sent = factories.EditionFactory(items=[factories.NewsItemFactory(title_fr="Visible en français")], subject_en="")
    deliver(sent)
    factories.EditionFactory(subject_fr="Brouillon jamais envoyé")
    french = client.get("/fr/newsletter/archive/").content.decode()
    assert sent.subject_fr in french and "Brouillon" not in french
    assert sent.subject_ar not in client.get("/en/newsletter/archive/").content.decode()
    detail = client.get(f"/fr/newsletter/archive/{sent.pk}/")
    assert "Visible en français" in detail.content.decode()
    assert client.get(f"/en/newsletter/archive/{sent.pk}/").status_code == 404
    assert client.get("/fr/newsletter/archive/?page=99").status_code == 200
    for _ in range(25):
        deliver(factories.EditionFactory())
    with django_assert_max_num_queries(8):
        assert client.get("/fr/newsletter/archive/").status_code == 200
