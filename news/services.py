"""Newsletter services: subscribing, signed links, editions and their delivery.

Delivery in short (README "Newsletter" has the longer story):
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

import csv
import hashlib
import logging
import secrets
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import sanitize_address
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Min
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import get_language_info

from cndh.i18n import has_translation, localized
from news.models import CONSENT_TEXT_VERSION, ConsentRecord, Delivery, Edition, NewsItem, Subscriber
from news.smtp import HandOverCancelled, SmtpFailure, SmtpSession

logger = logging.getLogger(__name__)

CONFIRM_SALT = "news.newsletter.confirm"
MANAGE_SALT = "news.newsletter.manage"
#: Stand-ins replaced per subscriber in a rendered edition (rendered once per language).
UNSUBSCRIBE_MARK = "NEWSLETTER-UNSUBSCRIBE-URL"
PREFERENCES_MARK = "NEWSLETTER-PREFERENCES-URL"
SINCE_LAST_LIMIT = 30


class InvalidToken(Exception):
    """A link whose signature is wrong, expired, or already used."""


# Signed links


def _email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:12]


def subscriber_confirmation_token(*, subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        {"s": subscriber.pk, "n": subscriber.confirmation_nonce}, compress=False
    )


def subscriber_manage_token(*, subscriber: Subscriber) -> str:
    """The key of the unsubscribe and preferences links: it does not expire, mail is kept for years."""
    return signing.Signer(salt=MANAGE_SALT).sign_object({"s": subscriber.pk, "h": _email_hash(subscriber.email)})


def subscriber_from_manage_token(*, token: str) -> Subscriber:
    try:
        data = signing.Signer(salt=MANAGE_SALT).unsign_object(token)
        subscriber = Subscriber.objects.filter(pk=int(data["s"])).first()
        valid = subscriber is not None and constant_time_compare(_email_hash(subscriber.email), str(data["h"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    if not valid:
        raise InvalidToken
    return subscriber


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


# Subscribing


def subscribe_attempt_allowed(*, email: str, client_address: str | None) -> bool:
    """Count an attempt against the hourly limits per client and per address."""
    keys = [(f"newsletter:rate:email:{_email_hash(email)}", settings.NEWSLETTER_RATE_PER_ADDRESS)]
    if client_address:
        keys.insert(0, (f"newsletter:rate:client:{client_address}", settings.NEWSLETTER_RATE_PER_CLIENT))
    for key, limit in keys:
        cache.add(key, 0, timeout=3600)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=3600)
            count = 1
        if count > limit:
            return False
    return True


def subscriber_subscribe(*, email: str, language: str, client_address: str | None) -> Subscriber:
    """Record consent and send a confirmation link; an active address is left as it is.

    The caller answers the same whatever happened here, so nobody learns
    whether an address is on the list.
    """
    email = email.strip()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().with_email(email).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(email=email, language=language)
            except IntegrityError:  # created by a request running at the same time
                subscriber = Subscriber.objects.select_for_update().with_email(email).get()
        if subscriber.status == Subscriber.Status.ACTIVE:
            return subscriber
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language = language
        subscriber.confirmation_nonce = secrets.token_hex(16)
        subscriber.save(update_fields=["status", "language", "confirmation_nonce", "updated_at"])
        ConsentRecord.objects.create(
            subscriber=subscriber,
            action=ConsentRecord.Action.GIVEN,
            text_version=CONSENT_TEXT_VERSION,
            language=language,
            client_address=client_address,
        )
        from news.tasks import send_confirmation

        subscriber_id = subscriber.pk
        transaction.on_commit(lambda: send_confirmation.enqueue(subscriber_id))
    return subscriber


def subscriber_send_confirmation(*, subscriber_id: int) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None or not subscriber.confirmation_nonce:
        return False
    with translation.override(subscriber.language):
        url = absolute_url(
            reverse("newsletter:confirm", kwargs={"token": subscriber_confirmation_token(subscriber=subscriber)})
        )
        context = {
            "confirm_url": url,
            "valid_days": max(1, settings.NEWSLETTER_CONFIRM_MAX_AGE // 86400),
            **_mail_language(subscriber.language),
        }
        subject = render_to_string("news/email/confirm_subject.txt", context).strip()
        text = render_to_string("news/email/confirm.txt", context)
        html = render_to_string("news/email/confirm.html", context)
    message = EmailMultiAlternatives(" ".join(subject.split()), text, settings.DEFAULT_FROM_EMAIL, [subscriber.email])
    message.attach_alternative(html, "text/html")
    message.send()
    return True


def subscriber_confirm(*, token: str, client_address: str | None = None) -> Subscriber:
    """Activate the address of a valid, unexpired, unused confirmation link."""
    try:
        data = signing.TimestampSigner(salt=CONFIRM_SALT).unsign_object(
            token, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE
        )
        subscriber_id, nonce = int(data["s"]), str(data["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
        if (
            subscriber is None
            or subscriber.status != Subscriber.Status.PENDING
            or not subscriber.confirmation_nonce
            or not constant_time_compare(subscriber.confirmation_nonce, nonce)
        ):
            raise InvalidToken
        subscriber.status = Subscriber.Status.ACTIVE
        subscriber.confirmation_nonce = ""
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmation_nonce", "confirmed_at", "updated_at"])
        given = subscriber.consents.filter(action=ConsentRecord.Action.GIVEN).last()
        ConsentRecord.objects.create(
            subscriber=subscriber,
            action=ConsentRecord.Action.CONFIRMED,
            text_version=given.text_version if given else CONSENT_TEXT_VERSION,
            language=subscriber.language,
            client_address=client_address,
        )
    return subscriber


def subscriber_unsubscribe(*, subscriber: Subscriber, client_address: str | None = None) -> Subscriber:
    """Leave the list; doing it twice changes nothing the second time."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status in (Subscriber.Status.ACTIVE, Subscriber.Status.PENDING):
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = timezone.now()
            subscriber.confirmation_nonce = ""
            subscriber.save(update_fields=["status", "unsubscribed_at", "confirmation_nonce", "updated_at"])
            ConsentRecord.objects.create(
                subscriber=subscriber,
                action=ConsentRecord.Action.WITHDRAWN,
                text_version=CONSENT_TEXT_VERSION,
                language=subscriber.language,
                client_address=client_address,
            )
    return subscriber


def subscriber_set_language(*, subscriber: Subscriber, language: str) -> Subscriber:
    Subscriber.objects.filter(pk=subscriber.pk).update(language=language, updated_at=timezone.now())
    subscriber.language = language
    return subscriber


def subscriber_erase(*, subscriber: Subscriber) -> None:
    """Erase every trace: the address, its consent ledger and its deliveries (law 09-08, art. 8)."""
    subscriber.delete()


def subscribers_export_csv(*, subscribers: Iterable[Subscriber], stream) -> None:
    writer = csv.writer(stream)
    writer.writerow(["email", "language", "status", "subscribed", "confirmed", "unsubscribed", "consents"])
    for subscriber in subscribers:
        consents = "; ".join(
            f"{c.created_at.isoformat()} {c.action} v{c.text_version} {c.language} {c.client_address or ''}".strip()
            for c in subscriber.consents.all()
        )
        writer.writerow(
            [
                subscriber.email,
                subscriber.language,
                subscriber.status,
                subscriber.created_at.isoformat(),
                subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
                subscriber.unsubscribed_at.isoformat() if subscriber.unsubscribed_at else "",
                consents,
            ]
        )


# Editions


def _mail_language(language: str) -> dict:
    rtl = get_language_info(language)["bidi"]
    return {
        "language": language,
        "direction": "rtl" if rtl else "ltr",
        "align": "right" if rtl else "left",
        "site_url": settings.SITE_URL,
    }


def _since_last_items(edition: Edition):
    previous = (
        Edition.objects.exclude(pk=edition.pk)
        .filter(prepared_at__isnull=False)
        .exclude(prepared_at__gt=edition.prepared_at or timezone.now())
        .order_by("-prepared_at")
        .first()
    )
    items = NewsItem.objects.published()
    if previous is not None:
        items = items.filter(publish_at__gt=previous.prepared_at)
    return items.order_by("-publish_at", "-pk")[:SINCE_LAST_LIMIT]


def edition_items(*, edition: Edition, language: str) -> list[NewsItem]:
    """The edition's published news items that have a title in ``language``, newest first."""
    if edition.selection == Edition.Selection.SINCE_LAST and edition.prepared_at is None:
        items = _since_last_items(edition)
    else:
        items = edition.items.published().order_by("-publish_at", "-pk")
    return [item for item in items if has_translation(item, "title", language)]


_TOKEN_MARK = "NEWSLETTER-TOKEN"  # noqa: S105 - a stand-in, not a secret
_TO_MARK = "newsletter-recipient@example.invalid"
_MESSAGE_ID_MARK = "<newsletter-message-id@example.invalid>"


@dataclass
class RenderedEdition:
    """An edition rendered once per language; each subscriber's copy only fills in their links."""

    language: str
    subject: str
    text: str
    html: str
    _links: tuple[str, str, str] | None = None
    _raw: bytes | None = None
    _raw_checked: bool = False

    def links(self, subscriber: Subscriber, token: str | None = None) -> tuple[str, str, str]:
        """Unsubscribe page, preferences page and one-click URLs of this subscriber."""
        if self._links is None:
            with translation.override(self.language):
                self._links = (
                    absolute_url(reverse("newsletter:unsubscribe", kwargs={"token": _TOKEN_MARK})),
                    absolute_url(reverse("newsletter:preferences", kwargs={"token": _TOKEN_MARK})),
                    absolute_url(reverse("newsletter-one-click", kwargs={"token": _TOKEN_MARK})),
                )
        token = token or subscriber_manage_token(subscriber=subscriber)
        return tuple(link.replace(_TOKEN_MARK, token) for link in self._links)

    def for_subscriber(self, subscriber: Subscriber) -> tuple[str, str, str]:
        """Text and HTML bodies with this subscriber's links, and the one-click URL."""
        unsubscribe, preferences, one_click = self.links(subscriber)

        def fill(body: str) -> str:
            return body.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(PREFERENCES_MARK, preferences)

        return fill(self.text), fill(self.html), one_click

    def as_bytes(self, *, subscriber: Subscriber, message_id: str) -> bytes:
        """The whole message as sent; built once as MIME and filled in per subscriber.

        Falls back to building each message when filling in is not safe: an address
        that needs encoding, or a body the MIME encoder would wrap (quoted-printable).
        """
        if not self._raw_checked:
            self._raw_checked = True
            raw = _edition_mime(self, to=_TO_MARK, message_id=_MESSAGE_ID_MARK)
            expected = {
                _TO_MARK.encode(): 1,
                _MESSAGE_ID_MARK.encode(): 1,
                UNSUBSCRIBE_MARK.encode(): self.text.count(UNSUBSCRIBE_MARK) + self.html.count(UNSUBSCRIBE_MARK),
                PREFERENCES_MARK.encode(): self.text.count(PREFERENCES_MARK) + self.html.count(PREFERENCES_MARK),
                _TOKEN_MARK.encode(): 1,
            }
            if all(raw.count(mark) == n for mark, n in expected.items()):
                self._raw = raw
        if self._raw is None or not subscriber.email.isascii():
            return (
                edition_message(rendered=self, subscriber=subscriber, message_id=message_id)
                .message()
                .as_bytes(linesep="\r\n")
            )
        token = subscriber_manage_token(subscriber=subscriber)
        unsubscribe, preferences, _one_click = self.links(subscriber, token)
        return (
            self._raw.replace(_TO_MARK.encode(), subscriber.email.encode())
            .replace(_MESSAGE_ID_MARK.encode(), message_id.encode())
            .replace(UNSUBSCRIBE_MARK.encode(), unsubscribe.encode())
            .replace(PREFERENCES_MARK.encode(), preferences.encode())
            .replace(_TOKEN_MARK.encode(), token.encode())
        )


def _edition_mime(rendered: RenderedEdition, *, to: str, message_id: str) -> bytes:
    """The template message: stand-ins for the address, Message-ID and links."""
    one_click = absolute_url(reverse("newsletter-one-click", kwargs={"token": _TOKEN_MARK}))
    message = EmailMultiAlternatives(
        rendered.subject,
        rendered.text,
        settings.DEFAULT_FROM_EMAIL,
        [to],
        headers=_list_headers(message_id=message_id, one_click=one_click),
    )
    message.attach_alternative(rendered.html, "text/html")
    return message.message().as_bytes(linesep="\r\n")


def _list_headers(*, message_id: str, one_click: str) -> dict[str, str]:
    return {
        "Message-ID": message_id,
        "List-Id": settings.NEWSLETTER_LIST_ID,
        "List-Unsubscribe": f"<{one_click}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }


def edition_render(*, edition: Edition, language: str) -> RenderedEdition:
    """The edition in one language, with stand-ins for the subscriber's own links."""
    with translation.override(language):
        items = [
            {
                "title": localized(item, "title", language).value,
                "summary": localized(item, "summary", language).value
                if has_translation(item, "summary", language)
                else "",
                "date": item.publish_at,
                "url": absolute_url(item.get_absolute_url()),
            }
            for item in edition_items(edition=edition, language=language)
        ]
        introduction = ""
        if has_translation(edition, "introduction", language):
            introduction = localized(edition, "introduction", language).value
        context = {
            "edition": edition,
            "subject": " ".join(localized(edition, "subject", language).value.split()),
            "introduction": introduction,
            "items": items,
            "archive_url": absolute_url(reverse("newsletter:archive")),
            "unsubscribe_url": UNSUBSCRIBE_MARK,
            "preferences_url": PREFERENCES_MARK,
            **_mail_language(language),
        }
        return RenderedEdition(
            language=language,
            subject=context["subject"],
            text=render_to_string("news/email/edition.txt", context),
            html=render_to_string("news/email/edition.html", context),
        )


def edition_message(*, rendered: RenderedEdition, subscriber: Subscriber, message_id: str) -> EmailMultiAlternatives:
    text, html, one_click = rendered.for_subscriber(subscriber)
    message = EmailMultiAlternatives(
        rendered.subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [subscriber.email],
        headers=_list_headers(message_id=message_id, one_click=one_click),
    )
    message.attach_alternative(html, "text/html")
    return message


def edition_send_test(*, edition: Edition, language: str, email: str) -> None:
    """Send the edition as a subscriber in ``language`` would get it, to a staff member."""
    probe = Subscriber(pk=0, email=email, language=language)
    rendered = edition_render(edition=edition, language=language)
    domain = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"
    message = edition_message(
        rendered=rendered, subscriber=probe, message_id=f"<newsletter.{edition.pk}.test.{uuid.uuid4().hex}@{domain}>"
    )
    message.subject = f"[TEST] {message.subject}"
    message.send()


def edition_queue(*, edition: Edition) -> None:
    """Queue the edition for delivery at its scheduled time (now when it has none)."""
    from news.tasks import deliver_edition

    with transaction.atomic():
        updated = Edition.objects.filter(pk=edition.pk, queued_at__isnull=True).update(queued_at=timezone.now())
        if not updated:
            return
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
            edition.items.set(list(_since_last_items(edition)))
        subscriber_ids = Subscriber.objects.active().order_by("pk").values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            (Delivery(edition=edition, subscriber_id=pk) for pk in subscriber_ids.iterator(chunk_size=2000)),
            batch_size=1000,
            ignore_conflicts=True,
        )
        edition.prepared_at = timezone.now()
        edition.save(update_fields=["prepared_at", "updated_at"])
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
            f"UPDATE {table} SET status = %s, sent_at = %s, error = '' "  # noqa: S608 - the model's own table
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
            if subscriber.language not in renderings:
                renderings[subscriber.language] = edition_render(edition=edition, language=subscriber.language)
            data = renderings[subscriber.language].as_bytes(subscriber=subscriber, message_id=delivery.message_id)
            pacer.wait()

            @contextmanager
            def hand_over(pk=delivery.pk):
                # The row is marked sent in a transaction around the end-of-data mark:
                # killed before the mark, it rolls back (and the server drops the
                # unfinished message); once COMMIT is on its way, it holds.
                with transaction.atomic():
                    yield _mark_sent(pk=pk, token=token)

            try:
                session.send(sender=sender, recipient=subscriber.email, message=data, hand_over=hand_over)
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
    """Mark the edition delivered and show it in the public archive, once nothing is left to send."""
    if edition.deliveries.unfinished().exists():
        return False
    now = timezone.now()
    return bool(
        Edition.objects.filter(pk=edition.pk, completed_at__isnull=True).update(
            completed_at=now, status=Edition.Status.PUBLISHED, publish_at=now, updated_at=now
        )
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
