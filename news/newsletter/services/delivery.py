"""Delivering an edition: queue, prepare, claim, send exactly once, complete.

In short (README "Newsletter" has the longer story):
- ``edition_prepare`` fixes the recipients (one Delivery row per active
  subscriber, unique per edition) and the news items, once.
- Workers claim rows in batches (``deliveries_claim``): one short transaction
  picks claimable rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL) and stamps
  them with a fresh claim token and a lease; the UPDATE re-checks that the rows
  are still claimable, which alone makes the claim atomic on SQLite.
- A batch goes over a few SMTP connections side by side, one message on each
  at a time (``_send_batch``). At the hand-over point (bodies written,
  end-of-data marks not yet) one transaction marks the round's rows sent, if
  they still carry this worker's claim token; the marks are written inside that
  transaction, which commits at once. Killed before the marks are written, the
  transaction rolls back, the server drops the unfinished messages, and the
  rows return to the pool when the lease ends. Killed once COMMIT is written to
  the database socket, the rows are sent and nobody sends them again, and the
  server has the whole messages. What is left is the Python between writing
  the first mark and writing COMMIT (a few socket writes, no waiting), where a
  kill would repeat the messages of that round.
"""

import logging
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr
from itertools import chain, islice

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
from news.newsletter.smtp import SmtpFailure, SmtpSession

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
    # Only what sending reads: a batch is hundreds of rows, and their instances are much of a worker's time.
    held = (
        Delivery.objects.filter(claim_token=token)
        .select_related("subscriber")
        .only("edition_id", "attempts", "subscriber__email", "subscriber__language", "subscriber__status")
        .order_by("pk")
    )
    return token, list(held)


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


def _mark_sent(*, pks: list[int], token: uuid.UUID) -> set[int]:
    """Mark rows sent if this worker still holds them; returns those it marked.

    Plain SQL: it runs once per group of messages, and needs ``RETURNING``.
    """
    if not pks:
        return set()
    table = Delivery._meta.db_table
    placeholders = ", ".join(["%s"] * len(pks))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET status = %s, sent_at = %s, error = '' "  # noqa: S608  # nosec B608  # the model's own table
            f"WHERE id IN ({placeholders}) AND claim_token = %s AND status = %s RETURNING id",
            [
                Delivery.Status.SENT,
                Delivery._meta.get_field("sent_at").get_db_prep_value(timezone.now(), connection),
                *pks,
                Delivery._meta.get_field("claim_token").get_db_prep_value(token, connection),
                Delivery.Status.CLAIMED,
            ],
        )
        return {pk for (pk,) in cursor.fetchall()}


@dataclass(slots=True)
class _Message:
    delivery: Delivery
    sender: str
    recipient: str
    data: bytes


def _prepare(
    *, edition: Edition, batch: list[Delivery], token: uuid.UUID, renderings: dict, counts: Counter
) -> Iterator[_Message]:
    """The batch's messages, signed, one at a time; rows that cannot be sent are recorded as such."""
    # The envelope's sender: the address alone, as smtplib would take it from "Name <address>".
    sender = parseaddr(sanitize_address(settings.DEFAULT_FROM_EMAIL, "utf-8"))[1]

    def unsent(delivery: Delivery, error: str) -> None:
        Delivery.objects.filter(pk=delivery.pk, claim_token=token, status=Delivery.Status.CLAIMED).update(
            status=Delivery.Status.FAILED, lease_until=None, error=error
        )

    for delivery in batch:
        subscriber = delivery.subscriber
        if subscriber.status != Subscriber.Status.ACTIVE:
            unsent(delivery, "not subscribed at sending time")
            counts["skipped"] += 1
            continue
        try:
            recipient = smtp_address(subscriber.email)
        except UnmailableAddress as error:
            unsent(delivery, f"address cannot be mailed: {error}")
            subscriber_mark_unmailable(subscriber=subscriber, reason=str(error))
            counts["failed"] += 1
            continue
        if subscriber.language not in renderings:
            renderings[subscriber.language] = edition_render(edition=edition, language=subscriber.language)
        rendering = renderings[subscriber.language]
        data = dkim_sign(rendering.as_bytes(subscriber=subscriber, message_id=delivery.message_id))
        yield _Message(delivery, return_path(delivery) or sender, recipient, data)


@dataclass(slots=True)
class _Conversation:
    """One connection's part of a round: the answer to its last message, then its next message."""

    lane: int
    message: _Message | None
    answered: _Message | None = None
    reply_failure: SmtpFailure | None = None
    begin_failure: SmtpFailure | None = None


class _Lanes:
    """Up to NEWSLETTER_CONNECTIONS SMTP connections that talk to the server side by side, in rounds.

    In a round each connection, in its own thread (it waits on the network, not on
    Python), reads the answer to its previous message and writes its next one up to
    the end-of-data mark. Then the worker's thread, alone on the database, opens one
    transaction, marks the round's rows sent, writes the end-of-data marks and
    commits: one commit (one wait for the disk) per round, and between the first
    mark written and COMMIT only a few socket writes, as with one connection.

    The next round is handed to the threads before that transaction and held
    until it commits; the worker renders the round after it while the threads
    talk. No mark of a round is written before every connection has written its
    message of it, so no message reaches the server while the answer to another
    one is awaited.
    """

    def __init__(self, count: int):
        self.sessions = [SmtpSession() for _ in range(count)]
        self.awaiting: list[_Message | None] = [None] * count  # the answer each connection has to read
        self.pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix="smtp")
        self.stopped = False

    def start(self, messages: list[_Message | None], go: threading.Event) -> list[tuple[_Conversation, Future]]:
        """Hand each connection its next message (or only the answer to read); they begin on ``go``."""
        started = []
        for lane, message in enumerate(messages):
            conversation = _Conversation(lane, message)
            started.append((conversation, self.pool.submit(self._converse, conversation, go)))
        return started

    def _converse(self, conversation: _Conversation, go: threading.Event) -> _Conversation:
        go.wait()
        if self.stopped:
            return conversation
        session = self.sessions[conversation.lane]
        conversation.answered = self.awaiting[conversation.lane]
        if conversation.answered is not None:
            try:
                session.finish()
            except SmtpFailure as failure:
                conversation.reply_failure = failure
        message = conversation.message
        if message is not None:
            try:
                session.begin(sender=message.sender, recipient=message.recipient, message=message.data)
            except SmtpFailure as failure:
                conversation.begin_failure = failure
        return conversation

    def close(self, *, finished: bool) -> None:
        self.stopped = True
        for session in self.sessions:
            # After an error a connection may be in the middle of a message: drop it unfinished.
            session.close() if finished else session.abandon()
        self.pool.shutdown()


def _send_batch(
    *, edition: Edition, batch: list[Delivery], token: uuid.UUID, renderings: dict, pacer: _Pacer, counts: Counter
) -> None:
    """Send the batch over several connections side by side (see ``_Lanes``)."""
    feed = _prepare(edition=edition, batch=batch, token=token, renderings=renderings, counts=counts)
    width = max(1, settings.NEWSLETTER_CONNECTIONS)
    upcoming = list(islice(feed, width))
    if not upcoming:
        return
    lanes = _Lanes(min(width, len(batch)))
    width = len(lanes.sessions)

    def settle(message: _Message, failure: SmtpFailure | None) -> None:
        if failure is None:
            counts["sent"] += 1
        else:
            counts[_record_failure(message.delivery, token, failure)] += 1

    def next_round(messages: list[_Message]) -> list[_Message | None]:
        for _message in messages:
            pacer.wait()
        return messages + [None] * (width - len(messages))

    go = threading.Event()
    go.set()
    finished = False
    try:
        conversations = lanes.start(next_round(upcoming), go)
        unreachable: SmtpFailure | None = None
        while conversations:
            upcoming = list(islice(feed, width))
            ready = []
            for conversation, future in conversations:
                future.result()
                if conversation.answered is not None:
                    settle(conversation.answered, conversation.reply_failure)
                lanes.awaiting[conversation.lane] = None
                message, failure = conversation.message, conversation.begin_failure
                if message is None:
                    continue
                if failure is None:
                    ready.append((conversation.lane, message))
                    continue
                if failure.stage == "connect":
                    unreachable = failure
                settle(message, failure)
            if unreachable is not None:
                # No server to talk to: the rest of the batch waits for a later attempt too.
                for message in chain(upcoming, feed):
                    settle(message, unreachable)
                upcoming = []
            go = threading.Event()
            conversations = lanes.start(next_round(upcoming), go) if upcoming or ready else []
            broken = []
            try:
                with transaction.atomic():
                    marked = _mark_sent(pks=[message.delivery.pk for _lane, message in ready], token=token)
                    for lane, message in ready:
                        if message.delivery.pk not in marked:
                            # Taken over by another worker: the unfinished message is dropped.
                            lanes.sessions[lane].abandon()
                            counts["lost_claim"] += 1
                            continue
                        try:
                            lanes.sessions[lane].end_data()
                        except SmtpFailure as failure:
                            broken.append((message, failure))
                        else:
                            lanes.awaiting[lane] = message
                    if broken:
                        # Their marks never left: those rows are not sent, in the same transaction.
                        Delivery.objects.filter(pk__in=[message.delivery.pk for message, _f in broken]).update(
                            status=Delivery.Status.CLAIMED, sent_at=None
                        )
            except BaseException:
                lanes.stopped = True
                raise
            finally:
                # Only once COMMIT is written: woken earlier, the threads would compete for
                # the interpreter with the commit and stretch the gap between marks and COMMIT.
                go.set()
            for message, failure in broken:
                settle(message, failure)
        finished = True
    finally:
        lanes.close(finished=finished)


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
