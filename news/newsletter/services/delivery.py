"""Delivering an edition: queue, prepare, claim, send exactly once, complete.

In short (README "Newsletter" has the longer story):
- ``edition_prepare`` fixes the recipients (one Delivery row per active
  subscriber, unique per edition) and the news items, once.
- Workers claim rows in batches (``deliveries_claim``): one short transaction
  picks claimable rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL) and stamps
  them with a fresh claim token and a lease; the UPDATE re-checks that the rows
  are still claimable, which alone makes the claim atomic on SQLite.
- Each message of a batch goes over one SMTP connection. At the hand-over
  point (body written, end-of-data mark not yet) a transaction marks the row
  sent, if it still carries this worker's claim token; the mark is written
  inside that transaction, which commits at once. Killed before the mark is
  written, the transaction rolls back, the server drops the unfinished
  message, and the row returns to the pool when the lease ends. Killed once
  COMMIT is written to the database socket, the row is sent and nobody sends
  it again, and the server has the whole message. What is left is the Python
  between writing the mark and writing COMMIT (tens of microseconds, no
  waiting), where a kill would repeat that one message.
"""

import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail.message import sanitize_address
from django.db import connection, transaction
from django.db.models import F, Min
from django.utils import timezone

from cndh.mail import dkim_sign
from news.newsletter.addresses import UnmailableAddress, smtp_address
from news.newsletter.models import Delivery, Edition, Subscriber, comma_delimited
from news.newsletter.services.bounces import return_path
from news.newsletter.services.checks import (
    EditionNotReady,
    edition_check,
    edition_readers,
    edition_sending_languages,
    edition_set_choices,
)
from news.newsletter.services.rendering import RenderedEdition, edition_render, since_last_items
from news.newsletter.services.subscriptions import subscriber_mark_unmailable
from news.newsletter.smtp import HandOverCancelled, SmtpFailure, SmtpSession

logger = logging.getLogger(__name__)


def edition_queue(*, edition: Edition, choices: dict[str, str] | None = None) -> None:
    """Queue the edition for delivery at its scheduled time (now when it has none).

    ``choices`` records the manager's choice per language first (services.checks). Raises
    EditionNotReady, queueing nothing, while a language with readers has no news item or
    no subject and no choice was made for it.
    """
    from news.newsletter.tasks import deliver_edition

    with transaction.atomic():
        # Locked while it is checked, so two managers cannot queue it with different choices,
        # and a refused attempt leaves no choice behind (the error rolls it back).
        locked = Edition.objects.select_for_update().filter(pk=edition.pk, queued_at__isnull=True).first()
        if locked is None:
            return
        if choices is not None:
            edition_set_choices(edition=edition, choices=choices)
        checks = edition_check(edition=edition, measure=False)
        if any(check.blocking for check in checks):
            raise EditionNotReady(checks)
        Edition.objects.filter(pk=edition.pk).update(queued_at=timezone.now())
        edition.refresh_from_db()
        task = deliver_edition
        if edition.scheduled_for and edition.scheduled_for > timezone.now() and task.get_backend().supports_defer:
            task = task.using(run_after=edition.scheduled_for)
        edition_id = edition.pk
        transaction.on_commit(lambda: task.enqueue(edition_id))


def edition_prepare(*, edition: Edition) -> Edition:
    """Fix the news items and the recipients, once, whichever worker comes first."""
    if edition.prepared_at is not None:
        return edition
    with transaction.atomic():
        edition = Edition.objects.select_for_update().get(pk=edition.pk)
        if edition.prepared_at is not None:
            return edition
        if edition.selection == Edition.Selection.SINCE_LAST:
            edition.items.set(list(since_last_items(edition)))
        sending = sorted(edition_sending_languages(edition=edition))
        # In each language, the readers who chose none of the topics of its news are left out.
        readers = Subscriber.objects.active().filter(edition_readers(edition=edition, languages=sending))
        subscriber_ids = readers.order_by("pk").values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            (Delivery(edition=edition, subscriber_id=pk) for pk in subscriber_ids.iterator(chunk_size=2000)),
            batch_size=1000,
            ignore_conflicts=True,
        )
        # From now on the edition is in the public archive: its readers have it, or are getting it.
        edition.prepared_at = edition.publish_at = timezone.now()
        edition.status = Edition.Status.PUBLISHED
        edition.sent_languages = comma_delimited(sending)
        edition.save(update_fields=["prepared_at", "publish_at", "status", "sent_languages", "updated_at"])
    return edition


# Delivery


def deliveries_claim(*, edition: Edition, worker_id: str, limit: int) -> tuple[uuid.UUID, list[Delivery]]:
    """Take up to ``limit`` claimable rows for this worker; no other worker can hold them meanwhile."""
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        candidates = (
            Delivery.objects.filter(edition=edition)
            .claimable(now=now)
            .order_by("pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:limit]
        )
        ids = list(candidates)
        if ids:
            # The condition again: on SQLite (no row locks) another worker may have won them.
            Delivery.objects.filter(pk__in=ids).claimable(now=now).update(
                status=Delivery.Status.CLAIMED,
                claim_token=token,
                claimed_by=worker_id[:100],
                lease_until=now + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS),
                attempts=F("attempts") + 1,
            )
    if not ids:
        return token, []
    return token, list(Delivery.objects.filter(claim_token=token).select_related("subscriber").order_by("pk"))


class _Pacer:
    """At most ``rate`` messages per second (0: no limit)."""

    def __init__(self, rate: float):
        self.interval = 1 / rate if rate > 0 else 0
        self.next_at = time.monotonic()

    def wait(self) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        if self.next_at > now:
            time.sleep(self.next_at - now)
        self.next_at = max(self.next_at, now) + self.interval


def _record_failure(delivery: Delivery, token: uuid.UUID, failure: SmtpFailure) -> str:
    """Retry a temporary failure later, or record the row as failed; a hard bounce ends the address."""
    now = timezone.now()
    mine = Delivery.objects.filter(pk=delivery.pk, claim_token=token)
    delays = settings.NEWSLETTER_RETRY_DELAYS
    if not failure.permanent and delivery.attempts <= len(delays):
        delay = delays[delivery.attempts - 1]
        mine.update(
            status=Delivery.Status.PENDING,
            next_attempt_at=now + timedelta(seconds=delay),
            lease_until=None,
            sent_at=None,
            error=str(failure),
        )
        return "retried"
    mine.update(status=Delivery.Status.FAILED, lease_until=None, sent_at=None, error=str(failure))
    if failure.hard_bounce:
        Subscriber.objects.filter(pk=delivery.subscriber_id).update(
            status=Subscriber.Status.BOUNCED, bounced_at=now, bounce_reason=str(failure), updated_at=now
        )
    return "failed"


def _mark_sent(*, pk: int, token: uuid.UUID) -> bool:
    """Mark one row sent if this worker still holds it (plain SQL: it runs once per message)."""
    table = Delivery._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET status = %s, sent_at = %s, error = '' "  # noqa: S608  # nosec B608  # the model's own table
            "WHERE id = %s AND claim_token = %s AND status = %s",
            [
                Delivery.Status.SENT,
                Delivery._meta.get_field("sent_at").get_db_prep_value(timezone.now(), connection),
                pk,
                Delivery._meta.get_field("claim_token").get_db_prep_value(token, connection),
                Delivery.Status.CLAIMED,
            ],
        )
        return cursor.rowcount == 1


def _send_batch(
    *, edition: Edition, batch: list[Delivery], token: uuid.UUID, renderings: dict, pacer: _Pacer, counts: Counter
) -> None:
    sender = sanitize_address(settings.DEFAULT_FROM_EMAIL, "utf-8")
    with SmtpSession() as session:
        for position, delivery in enumerate(batch):
            subscriber = delivery.subscriber
            mine = Delivery.objects.filter(pk=delivery.pk, claim_token=token, status=Delivery.Status.CLAIMED)
            if subscriber.status != Subscriber.Status.ACTIVE:
                mine.update(status=Delivery.Status.FAILED, lease_until=None, error="not subscribed at sending time")
                counts["skipped"] += 1
                continue
            try:
                recipient = smtp_address(subscriber.email)
            except UnmailableAddress as error:
                mine.update(status=Delivery.Status.FAILED, lease_until=None, error=f"address cannot be mailed: {error}")
                subscriber_mark_unmailable(subscriber=subscriber, reason=str(error))
                counts["failed"] += 1
                continue
            if subscriber.language not in renderings:
                renderings[subscriber.language] = edition_render(edition=edition, language=subscriber.language)
            data = dkim_sign(
                renderings[subscriber.language].as_bytes(subscriber=subscriber, message_id=delivery.message_id)
            )
            pacer.wait()

            @contextmanager
            def hand_over(pk=delivery.pk):
                # The row is marked sent in a transaction around the end-of-data mark:
                # killed before the mark, it rolls back (and the server drops the
                # unfinished message); once COMMIT is on its way, it holds.
                with transaction.atomic():
                    yield _mark_sent(pk=pk, token=token)

            try:
                session.send(
                    sender=return_path(delivery) or sender, recipient=recipient, message=data, hand_over=hand_over
                )
            except HandOverCancelled:
                counts["lost_claim"] += 1
            except SmtpFailure as failure:
                if failure.stage == "connect":
                    # No server to talk to: the rest of the batch waits for a later attempt too.
                    for rest in batch[position:]:
                        counts[_record_failure(rest, token, failure)] += 1
                    return
                counts[_record_failure(delivery, token, failure)] += 1
            else:
                counts["sent"] += 1


def edition_complete(*, edition: Edition) -> bool:
    """Mark the edition delivered, once nothing is left to send (it is in the archive since it started)."""
    if edition.deliveries.unfinished().exists():
        return False
    now = timezone.now()
    return bool(
        Edition.objects.filter(pk=edition.pk, completed_at__isnull=True).update(completed_at=now, updated_at=now)
    )


def edition_deliver(
    *, edition_id: int, worker_id: str, reschedule: Callable[[datetime], None] | None = None
) -> dict[str, int]:
    """Send what is left of an edition, batch after batch, until nothing is claimable.

    ``reschedule(when)`` queues another run of this work. It is called in the
    same transaction as the first claim, for a time after that claim's lease, so
    if this worker dies another one resumes; and at the end, while rows remain
    held by other workers or waiting for a retry.
    """
    counts: Counter = Counter()
    edition = Edition.objects.filter(pk=edition_id, queued_at__isnull=False).first()
    if edition is None or edition.completed_at is not None:
        return dict(counts)
    if edition.scheduled_for and edition.scheduled_for > timezone.now() and edition.prepared_at is None:
        if reschedule is not None:
            reschedule(edition.scheduled_for)
        return dict(counts)
    edition = edition_prepare(edition=edition)
    renderings: dict[str, RenderedEdition] = {}
    pacer = _Pacer(settings.NEWSLETTER_RATE_LIMIT)
    guarded = False
    while True:
        with transaction.atomic():
            token, batch = deliveries_claim(edition=edition, worker_id=worker_id, limit=settings.NEWSLETTER_BATCH_SIZE)
            if batch and reschedule is not None and not guarded:
                reschedule(timezone.now() + timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 1))
                guarded = True
        if not batch:
            break
        _send_batch(edition=edition, batch=batch, token=token, renderings=renderings, pacer=pacer, counts=counts)
    if not edition_complete(edition=edition) and reschedule is not None:
        reschedule(_next_wake(edition))
    return dict(counts)


def _next_wake(edition: Edition) -> datetime:
    """When the first row held by another worker or waiting for a retry becomes claimable."""
    now = timezone.now()
    waits = [
        edition.deliveries.filter(status=Delivery.Status.PENDING).aggregate(at=Min("next_attempt_at"))["at"],
        edition.deliveries.filter(status=Delivery.Status.CLAIMED).aggregate(at=Min("lease_until"))["at"],
    ]
    waits = [w for w in waits if w is not None]
    return max(now, min(waits)) + timedelta(seconds=0.5) if waits else now
