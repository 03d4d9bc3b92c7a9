"""Mail that comes back after delivery: each message's own return path, bounces and complaints
read from a maildir, and what they do to the subscriber; what is not understood is kept."""

import io
import mailbox

import pytest
from django.core.management import call_command
from django.urls import reverse

from news.newsletter import services
from news.newsletter.models import BounceReport, ConsentRecord, Delivery, Edition, Subscriber
from news.newsletter.services.bounces import bounce_process, delivery_from_return_path, return_path
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(smtp_sink, settings):
    """An edition delivered to three readers, with the site's bounce address set."""
    settings.NEWSLETTER_BOUNCE_ADDRESS = "bounces@cndh.example.org"
    settings.NEWSLETTER_SOFT_BOUNCE_LIMIT = 3
    sink = smtp_sink()
    readers = [factories.SubscriberFactory(language="fr") for _ in range(3)]
    edition = factories.EditionFactory(items=[factories.NewsItemFactory()], subject_fr="Lettre")
    Edition.objects.filter(pk=edition.pk).update(queued_at=edition.created_at)
    assert services.edition_deliver(edition_id=edition.pk, worker_id="test-worker") == {"sent": 3}
    deliveries = {d.subscriber_id: d for d in Delivery.objects.all()}
    return sink, [(reader, deliveries[reader.pk]) for reader in readers]


def dsn(*, to: str, action: str, status: str, recipient: str, message_id: str | None = None) -> bytes:
    """A delivery status notification as a receiving server writes it (RFC 3464)."""
    quoted = (
        f"--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {message_id}\r\nSubject: Lettre\r\n\r\n"
        if message_id
        else ""
    )
    return (
        "From: MAILER-DAEMON@mx.example.net\r\n"
        f"To: {to}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain\r\n\r\nThe mail system could not deliver your message.\r\n\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {status} mailbox trouble\r\n\r\n"
        f"{quoted}--b1--\r\n"
    ).encode()


def arf(*, to: str, recipient: str) -> bytes:
    """A complaint from the reader's mail provider (ARF, RFC 5965)."""
    return (
        "From: abuse@provider.example.net\r\n"
        f"To: {to}\r\n"
        "Subject: Complaint about message\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=feedback-report; boundary="b2"\r\n\r\n'
        "--b2\r\nContent-Type: text/plain\r\n\r\nA user of ours reported this message as spam.\r\n\r\n"
        "--b2\r\nContent-Type: message/feedback-report\r\n\r\n"
        f"Feedback-Type: abuse\r\nUser-Agent: provider/1.0\r\nVersion: 1\r\nOriginal-Rcpt-To: {recipient}\r\n\r\n"
        "--b2--\r\n"
    ).encode()


def test_each_message_leaves_with_its_own_signed_return_path(sent):
    sink, pairs = sent
    expected = {return_path(delivery) for _reader, delivery in pairs}
    assert set(sink.senders) == expected and len(expected) == 3
    for _reader, delivery in pairs:
        assert delivery_from_return_path(return_path(delivery)) == delivery.pk
    forged = return_path(pairs[0][1]).replace(f"+{pairs[0][1].pk}-", f"+{pairs[1][1].pk}-")
    assert delivery_from_return_path(forged) is None


def test_a_hard_bounce_stops_mail_to_the_address_and_says_why(sent):
    _sink, [(reader, delivery), *_rest] = sent
    report = bounce_process(dsn(to=return_path(delivery), action="failed", status="5.1.1", recipient=reader.email))
    assert (report.kind, report.delivery, report.status) == (BounceReport.Kind.HARD, delivery, "5.1.1")
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.BOUNCED and "5.1.1" in reader.bounce_reason


def test_soft_bounces_count_and_the_limit_stops_mail(sent):
    _sink, [_first, (reader, delivery), _third] = sent
    for attempt in range(1, 4):
        bounce_process(dsn(to=return_path(delivery), action="delayed", status="4.2.2", recipient=reader.email))
        reader.refresh_from_db()
        assert reader.soft_bounces == attempt
        assert reader.status == (Subscriber.Status.BOUNCED if attempt == 3 else Subscriber.Status.ACTIVE)


def test_a_complaint_is_leaving_the_list_recorded_in_the_ledger(sent):
    _sink, [*_rest, (reader, delivery)] = sent
    report = bounce_process(arf(to=return_path(delivery), recipient=reader.email))
    assert report.kind == BounceReport.Kind.COMPLAINT and report.recipient == reader.email
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED
    assert reader.consents.filter(action=ConsentRecord.Action.WITHDRAWN).exists()


def test_a_bounce_sent_to_the_plain_address_is_matched_by_the_quoted_message_id(sent):
    _sink, [(reader, delivery), *_rest] = sent
    raw = dsn(
        to="bounces@cndh.example.org",
        action="failed",
        status="5.1.1",
        recipient=reader.email,
        message_id=delivery.message_id,
    )
    assert bounce_process(raw).delivery == delivery


@pytest.mark.parametrize(
    "raw",
    [
        b"From: someone@example.net\r\nSubject: Out of office\r\n\r\nI am away until Monday.\r\n",
        b"\xff\xfe\x00garbage\r\n\r\n\x00\x01",
        b"",
    ],
)
def test_a_message_that_says_nothing_understood_is_kept_and_changes_nothing(sent, raw):
    _sink, pairs = sent
    report = bounce_process(raw)
    assert report.kind == BounceReport.Kind.UNKNOWN and report.delivery is None
    assert set(Subscriber.objects.values_list("status", flat=True)) == {Subscriber.Status.ACTIVE}


def test_the_command_reads_a_maildir_acts_on_each_message_and_empties_it(sent, tmp_path, admin_client):
    _sink, [(hard, hard_delivery), (soft, soft_delivery), (complained, complaint_delivery)] = sent
    box = mailbox.Maildir(tmp_path / "bounces", create=True)
    box.add(dsn(to=return_path(hard_delivery), action="failed", status="5.1.1", recipient=hard.email))
    box.add(dsn(to=return_path(soft_delivery), action="delayed", status="4.2.2", recipient=soft.email))
    box.add(arf(to=return_path(complaint_delivery), recipient=complained.email))
    box.add(b"From: robot@example.net\r\nTo: bounces@cndh.example.org\r\nSubject: Hello\r\n\r\nNothing.\r\n")
    out = io.StringIO()
    call_command("read_bounces", mailbox=f"maildir://{tmp_path / 'bounces'}", stdout=out)
    assert "4 message(s) read" in out.getvalue()
    assert list(mailbox.Maildir(tmp_path / "bounces", create=False).keys()) == []
    states = dict(Subscriber.objects.values_list("pk", "status"))
    assert states == {
        hard.pk: Subscriber.Status.BOUNCED,
        soft.pk: Subscriber.Status.ACTIVE,
        complained.pk: Subscriber.Status.UNSUBSCRIBED,
    }
    assert Subscriber.objects.get(pk=soft.pk).soft_bounces == 1
    # The one nobody understood waits in the admin for a person to read it.
    listing = admin_client.get(reverse("admin:newsletter_bouncereport_changelist") + "?kind=unknown")
    assert listing.status_code == 200 and listing.context["cl"].result_count == 1


def test_statistics_count_what_the_ledgers_hold_per_language_and_draw_the_chart(
    sent, admin_client, django_assert_max_num_queries
):
    from datetime import timedelta

    from news.newsletter.services.statistics import edition_statistics

    _sink, [(hard, hard_delivery), (left, _left_delivery), (late, _late_delivery)] = sent
    edition = hard_delivery.edition
    bounce_process(dsn(to=return_path(hard_delivery), action="failed", status="5.1.1", recipient=hard.email))
    services.subscriber_unsubscribe(subscriber=left)  # within seven days of the edition
    services.subscriber_unsubscribe(subscriber=late)
    ConsentRecord.objects.filter(subscriber=late).update(created_at=edition.prepared_at + timedelta(days=8))
    arabic = factories.SubscriberFactory(language="ar")
    Delivery.objects.create(edition=edition, subscriber=arabic, status=Delivery.Status.PENDING, attempts=2)

    with django_assert_max_num_queries(3):
        rows = {row.language: row.counts for row in edition_statistics(edition=edition)}
    assert rows["fr"] == {
        "queued": 3,
        "sent": 3,
        "deferred": 0,
        "failed": 0,
        "bounced": 1,
        "complained": 0,
        "unsubscribed": 1,
    }
    assert rows["ar"]["queued"] == 1 and rows["ar"]["deferred"] == 1 and rows["ar"]["sent"] == 0
    assert rows[""]["queued"] == 4 and rows[""]["bounced"] == 1

    page = admin_client.get(reverse("admin:newsletter_edition_statistics")).content.decode()
    assert page.count("<rect ") == 2 and '<svg class="newsletter-chart"' in page
    change = admin_client.get(reverse("admin:newsletter_edition_change", args=[edition.pk])).content.decode()
    assert 'class="newsletter-statistics"' in change
