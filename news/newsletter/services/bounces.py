"""Mail that comes back after delivery: bounces and complaints, read from the bounce mailbox.

Each edition message leaves with its own return path (VERP: ``bounces+<delivery>-<signature>@``
the bounce address's domain), so a bounce names the delivery it is about even when the
receiving server quotes nothing of the original; failing that, the quoted Message-ID does
(``<newsletter.<edition>.<delivery>@…>``). What a message says is read from its report part:
a delivery status notification (RFC 3464: ``Action: failed`` with a 5.x.x status is a hard
bounce, 4.x.x or ``delayed`` a soft one) or a feedback report (ARF, RFC 5965: a complaint).

A hard bounce or a complaint stops mail to the address at once (a complaint also records the
withdrawal in the consent ledger); soft bounces count, and NEWSLETTER_SOFT_BOUNCE_LIMIT of
them stop it too. Every message read is kept as a BounceReport, so staff see why; one that
matches no delivery or says nothing understood is kept as "unknown" for a person to read.
Nothing in a message can make the reader fail: a message it cannot parse is such a one.
"""

import email
import imaplib
import logging
import mailbox
import poplib
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from cndh.text import strip_control_characters
from news.newsletter.models import BounceReport, ConsentRecord, Delivery, Subscriber

logger = logging.getLogger(__name__)

_VERP_SALT = "news.newsletter.bounces.verp"
_VERP = re.compile(r"\+(\d+)-([0-9a-f]{12})@", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<newsletter\.(\d+)\.(\d+)@")
_STATUS = re.compile(r"\b([245])\.\d{1,3}\.\d{1,3}\b")
RAW_LIMIT = 100_000


# Return paths


def _signature(delivery_id: int) -> str:
    return salted_hmac(_VERP_SALT, str(delivery_id)).hexdigest()[:12]


def return_path(delivery: Delivery) -> str | None:
    """The envelope sender of this delivery's message, or None without a bounce address."""
    address = settings.NEWSLETTER_BOUNCE_ADDRESS
    if not address:
        return None
    local, _at, domain = address.rpartition("@")
    return f"{local}+{delivery.pk}-{_signature(delivery.pk)}@{domain}"


def delivery_from_return_path(address: str) -> int | None:
    match = _VERP.search(address or "")
    if match and match.group(2).lower() == _signature(int(match.group(1))):
        return int(match.group(1))
    return None


# Reading one message


@dataclass
class Bounce:
    kind: str
    delivery_id: int | None = None
    recipient: str = ""
    status: str = ""
    diagnostic: str = ""


def bounce_parse(raw: bytes) -> Bounce:
    """What a returned message says, and which delivery it is about (never raises)."""
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
        return _parse(message)
    except Exception:  # noqa: BLE001 - whatever a stranger's mail holds, it is kept to be read
        logger.warning("A returned message could not be parsed", exc_info=True)
        return Bounce(kind=BounceReport.Kind.UNKNOWN)


def _parse(message: EmailMessage) -> Bounce:
    delivery_id = _delivery_id(message)
    report_type = str(message.get_param("report-type") or "").lower()
    if message.get_content_type() == "multipart/report" and report_type == "feedback-report":
        recipient = _feedback_recipient(message)
        return Bounce(kind=BounceReport.Kind.COMPLAINT, delivery_id=delivery_id, recipient=recipient)
    fields = _delivery_status(message)
    if fields is None:
        return Bounce(kind=BounceReport.Kind.UNKNOWN, delivery_id=delivery_id)
    action = fields.get("action", "").lower()
    status_match = _STATUS.search(fields.get("status", ""))
    status = status_match.group(0) if status_match else ""
    recipient = fields.get("final-recipient", "").rpartition(";")[2].strip()
    diagnostic = fields.get("diagnostic-code", "").rpartition(";")[2].strip()
    if action == "failed" and status.startswith("5"):
        kind = BounceReport.Kind.HARD
    elif action in {"failed", "delayed"} and (status.startswith("4") or action == "delayed"):
        kind = BounceReport.Kind.SOFT
    else:  # delivered, relayed, expanded: nothing went wrong
        kind = BounceReport.Kind.UNKNOWN
    return Bounce(kind=kind, delivery_id=delivery_id, recipient=recipient, status=status, diagnostic=diagnostic)


def _delivery_id(message: EmailMessage) -> int | None:
    for header in ("Delivered-To", "X-Original-To", "Envelope-To", "To"):
        for value in message.get_all(header, []):
            if found := delivery_from_return_path(str(value)):
                return found
    # The original's Message-ID, quoted in the report (its headers or the whole message).
    for part in message.walk():
        if part.get_content_type() in {"message/rfc822", "text/rfc822-headers", "message/rfc822-headers"}:
            text = part.as_string() if part.get_content_type() == "message/rfc822" else _text(part)
            if match := _MESSAGE_ID.search(text):
                return int(match.group(2))
    return None


def _text(part) -> str:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", "replace")
    return str(part.get_payload())


def _report_fields(text: str) -> list[dict[str, str]]:
    """The blocks of a delivery-status or feedback-report part, as lower-cased field names."""
    blocks = []
    for block in re.split(r"\r?\n\s*\r?\n", text.strip()):
        fields = {}
        for line in re.sub(r"\r?\n[ \t]+", " ", block).splitlines():
            name, colon, value = line.partition(":")
            if colon:
                fields.setdefault(name.strip().lower(), value.strip())
        if fields:
            blocks.append(fields)
    return blocks


def _delivery_status(message: EmailMessage) -> dict[str, str] | None:
    """The first recipient's fields of the delivery-status part, with the message's own."""
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        if isinstance(payload, list):  # the email package parsed the blocks as messages
            text = "\n\n".join(str(block).strip() for block in payload)
        else:
            text = _text(part)
        blocks = _report_fields(text)
        recipients = [block for block in blocks if "final-recipient" in block or "action" in block]
        if recipients:
            return {**(blocks[0] if blocks[0] is not recipients[0] else {}), **recipients[0]}
    return None


def _feedback_recipient(message: EmailMessage) -> str:
    for part in message.walk():
        if part.get_content_type() == "message/feedback-report":
            payload = part.get_payload()
            text = "\n".join(str(block) for block in payload) if isinstance(payload, list) else _text(part)
            for block in _report_fields(text):
                if "original-rcpt-to" in block:
                    return block["original-rcpt-to"].rpartition(";")[2].strip()
    return ""


# Acting on it


def bounce_process(raw: bytes) -> BounceReport:
    """Record a returned message and do what it says to the subscriber it is about."""
    found = bounce_parse(raw)
    delivery = Delivery.objects.select_related("subscriber").filter(pk=found.delivery_id).first()
    kind = found.kind if delivery is not None else BounceReport.Kind.UNKNOWN
    try:
        subject = str(email.message_from_bytes(raw, policy=policy.default).get("Subject", ""))
    except Exception:  # noqa: BLE001 - a header no parser reads is no subject
        subject = ""
    with transaction.atomic():
        report = BounceReport.objects.create(
            kind=kind,
            delivery=delivery,
            recipient=strip_control_characters(found.recipient, keep_whitespace=False)[:254],
            status=found.status[:20],
            diagnostic=strip_control_characters(found.diagnostic, keep_whitespace=False)[:500],
            subject=strip_control_characters(subject, keep_whitespace=False)[:300],
            raw=strip_control_characters(raw[:RAW_LIMIT].decode("utf-8", "replace")),
        )
        if delivery is not None:
            _apply(kind, delivery, report)
    return report


def _apply(kind: str, delivery: Delivery, report: BounceReport) -> None:
    now = timezone.now()
    subscriber = Subscriber.objects.select_for_update().get(pk=delivery.subscriber_id)
    reason = f"{report.get_kind_display()} ({report.status or '-'}): {report.diagnostic}"[:500]
    if kind == BounceReport.Kind.SOFT:
        Subscriber.objects.filter(pk=subscriber.pk).update(soft_bounces=F("soft_bounces") + 1, updated_at=now)
        subscriber.refresh_from_db(fields=["soft_bounces"])
        if subscriber.soft_bounces < settings.NEWSLETTER_SOFT_BOUNCE_LIMIT:
            return
    if kind not in {BounceReport.Kind.HARD, BounceReport.Kind.SOFT, BounceReport.Kind.COMPLAINT}:
        return
    if subscriber.status not in {Subscriber.Status.ACTIVE, Subscriber.Status.PENDING}:
        return
    if kind == BounceReport.Kind.COMPLAINT:
        # The reader told their provider they do not want it: that is leaving the list.
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = now
        ConsentRecord.objects.create(
            subscriber=subscriber,
            action=ConsentRecord.Action.WITHDRAWN,
            text_version="-",
            language=subscriber.language,
            basis="complaint reported by the reader's mail provider",
        )
    else:
        subscriber.status = Subscriber.Status.BOUNCED
        subscriber.bounced_at = now
    subscriber.bounce_reason = reason
    subscriber.confirmation_nonce = ""
    subscriber.save(
        update_fields=["status", "unsubscribed_at", "bounced_at", "bounce_reason", "confirmation_nonce", "updated_at"]
    )


# The bounce mailbox


def bounces_read(mailbox_url: str | None = None) -> list[BounceReport]:
    """Process and remove every message of the bounce mailbox: ``maildir:///path``,
    ``imaps://user:password@host/INBOX`` (or ``imap://``) or ``pop3s://user:password@host``
    (or ``pop3://``); NEWSLETTER_BOUNCE_MAILBOX by default."""
    url = urlsplit(mailbox_url or settings.NEWSLETTER_BOUNCE_MAILBOX)
    if url.scheme == "maildir":
        return _read_maildir(unquote(url.path))
    if url.scheme in {"imap", "imaps"}:
        return _read_imap(url)
    if url.scheme in {"pop3", "pop3s"}:
        return _read_pop3(url)
    raise ValueError(f"unknown bounce mailbox scheme: {url.scheme!r}")


def _read_maildir(path: str) -> list[BounceReport]:
    box = mailbox.Maildir(path, factory=None, create=False)
    reports = []
    for key in list(box.keys()):
        reports.append(bounce_process(box.get_bytes(key)))
        box.discard(key)
    return reports


def _read_imap(url) -> list[BounceReport]:
    klass = imaplib.IMAP4_SSL if url.scheme == "imaps" else imaplib.IMAP4
    reports = []
    with klass(url.hostname, url.port or (993 if url.scheme == "imaps" else 143)) as imap:
        imap.login(unquote(url.username or ""), unquote(url.password or ""))
        imap.select(unquote(url.path.strip("/")) or "INBOX")
        _typ, data = imap.search(None, "ALL")
        for number in data[0].split():
            _typ, fetched = imap.fetch(number, "(RFC822)")
            reports.append(bounce_process(fetched[0][1]))
            imap.store(number, "+FLAGS", "\\Deleted")
        imap.expunge()
    return reports


def _read_pop3(url) -> list[BounceReport]:
    klass = poplib.POP3_SSL if url.scheme == "pop3s" else poplib.POP3
    pop = klass(url.hostname, url.port or (995 if url.scheme == "pop3s" else 110))
    reports = []
    try:
        pop.user(unquote(url.username or ""))
        pop.pass_(unquote(url.password or ""))
        count, _size = pop.stat()
        for number in range(1, count + 1):
            _response, lines, _octets = pop.retr(number)
            reports.append(bounce_process(b"\r\n".join(lines)))
            pop.dele(number)
    finally:
        pop.quit()
    return reports
