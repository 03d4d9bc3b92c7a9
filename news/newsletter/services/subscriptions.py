"""Subscribing, confirming, leaving and erasing: every step records consent as law 09-08 asks."""

import csv
import io
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext

from cndh.cache import CacheUnavailable
from cndh.http import absolute_url
from cndh.opendata import write_csv
from cndh.text import strip_control_characters
from news.newsletter.addresses import UnmailableAddress, smtp_address
from news.newsletter.models import CONSENT_TEXT_VERSION, ConsentRecord, Subscriber
from news.newsletter.services.links import (
    InvalidToken,
    confirmation_from_token,
    email_hash,
    subscriber_confirmation_token,
)
from news.newsletter.services.rendering import mail_language
from news.newsletter.smtp import refused_for_good

# Subscribing


def subscribe_attempt_allowed(*, email: str, client_address: str | None) -> bool:
    """Count an attempt against the hourly limits per client and per address.

    With the shared cache unreachable nothing can be counted, so the attempt is
    refused: limits that let everything through while Redis is away are no limits.
    """
    keys = [(f"newsletter:rate:email:{email_hash(email)}", settings.NEWSLETTER_RATE_PER_ADDRESS)]
    if client_address:
        keys.insert(0, (f"newsletter:rate:client:{client_address}", settings.NEWSLETTER_RATE_PER_CLIENT))
    for key, limit in keys:
        cache.add(key, 0, timeout=3600)
        try:
            count = cache.incr(key)
        except CacheUnavailable:
            return False
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=3600)
            count = 1
        if count > limit:
            return False
    return True


def subscription_request(*, email: str, language: str, client_address: str | None, topics: str = "") -> None:
    """Queue a visitor's subscription; the task decides what it means for that address.

    The request does the same work whether the address is new, pending or
    active (it does not even look it up), so neither its answer nor the time
    it takes tells whether an address is on the list.
    """
    from news.newsletter.tasks import subscribe

    subscribe.enqueue(email=email, language=language, client_address=client_address, topics=topics)


def subscriber_subscribe(*, email: str, language: str, client_address: str | None, topics: str = "") -> Subscriber:
    """Record consent and send a confirmation link; an active address is left as it is.

    New and pending addresses get a (new) confirmation link, within the
    hourly limit per address counted when the visitor asked. An active one
    gets nothing, not even an "already subscribed" notice: anyone can type
    any address, and such a notice would let strangers make the site mail
    it; its owner already has the management links in every edition.
    """
    return _ask_to_confirm(
        email=email, language=language, client_address=client_address, consent_given=True, topics=topics
    )


def _ask_to_confirm(
    *, email: str, language: str, client_address: str | None, consent_given: bool, topics: str = ""
) -> Subscriber:
    """Make a new, pending, unsubscribed or bounced address pending with a fresh confirmation
    link, and send it; an active one is left as it is. ``consent_given``: its owner ticked the
    box (the subscribe form), recorded in the ledger; staff inviting an address record nothing."""
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
        # An active address keeps its choices (above): anyone can type any address.
        subscriber.status = Subscriber.Status.PENDING
        subscriber.language = language
        subscriber.topics = topics
        subscriber.confirmation_nonce = secrets.token_hex(16)
        subscriber.save(update_fields=["status", "language", "topics", "confirmation_nonce", "updated_at"])
        if consent_given:
            ConsentRecord.objects.create(
                subscriber=subscriber,
                action=ConsentRecord.Action.GIVEN,
                text_version=CONSENT_TEXT_VERSION,
                language=language,
                client_address=client_address,
            )
        from news.newsletter.tasks import send_confirmation

        subscriber_id = subscriber.pk
        transaction.on_commit(lambda: send_confirmation.enqueue(subscriber_id))
    return subscriber


def subscriber_send_confirmation(*, subscriber_id: int) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None or not subscriber.confirmation_nonce:
        return False
    try:
        smtp_address(subscriber.email)
    except UnmailableAddress as error:
        # Stored before the form refused such addresses: no mail can reach it, so it ends here.
        subscriber_mark_unmailable(subscriber=subscriber, reason=str(error))
        return False
    with translation.override(subscriber.language):
        url = absolute_url(
            reverse("newsletter:confirm", kwargs={"token": subscriber_confirmation_token(subscriber=subscriber)})
        )
        context = {
            "confirm_url": url,
            "valid_days": max(1, settings.NEWSLETTER_CONFIRM_MAX_AGE // 86400),
            **mail_language(subscriber.language),
        }
        subject = render_to_string("newsletter/email/confirm_subject.txt", context).strip()
        text = render_to_string("newsletter/email/confirm.txt", context)
        html = render_to_string("newsletter/email/confirm.html", context)
    message = EmailMultiAlternatives(
        " ".join(subject.split()),
        text,
        settings.DEFAULT_FROM_EMAIL,
        [subscriber.email],
        headers={"Content-Language": subscriber.language},
    )
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except OSError as error:
        if not refused_for_good(error):
            raise  # the task tries again later (news.newsletter.tasks)
        subscriber_mark_unmailable(subscriber=subscriber, reason=str(error))
        return False
    return True


def subscriber_mark_unmailable(*, subscriber: Subscriber, reason: str) -> None:
    """Record that no mail can be written to this address (marked bounced), so nothing tries again."""
    now = timezone.now()
    Subscriber.objects.filter(pk=subscriber.pk).update(
        status=Subscriber.Status.BOUNCED,
        bounced_at=now,
        bounce_reason=f"address cannot be mailed: {reason}"[:500],
        confirmation_nonce="",
        updated_at=now,
    )


def subscriber_confirm(*, token: str, client_address: str | None = None) -> Subscriber:
    """Activate the address of a valid, unexpired, unused confirmation link."""
    subscriber_id, nonce = confirmation_from_token(token=token)
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
        subscriber.soft_bounces = 0
        subscriber.save(update_fields=["status", "confirmation_nonce", "confirmed_at", "soft_bounces", "updated_at"])
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


def subscriber_set_preferences(*, subscriber: Subscriber, language: str, topics: str | None = None) -> Subscriber:
    """The subscriber's language, and what they want to receive (their topics) when given."""
    changes = {"language": language} if topics is None else {"language": language, "topics": topics}
    Subscriber.objects.filter(pk=subscriber.pk).update(**changes, updated_at=timezone.now())
    for name, value in changes.items():
        setattr(subscriber, name, value)
    return subscriber


def subscriber_erase(*, subscriber: Subscriber) -> None:
    """Erase every trace: the address, its consent ledger and its deliveries (law 09-08, art. 8)."""
    subscriber.delete()


SUBSCRIBER_COLUMNS = ("email", "language", "status", "subscribed", "confirmed", "unsubscribed", "consents")


def subscribers_export_csv(*, subscribers: Iterable[Subscriber], stream) -> None:
    """The selected subscribers and their consent ledgers, for staff (a spreadsheet, under law 09-08).

    Addresses are typed by visitors, so the file goes through the open-data
    CSV writer: an address such as ``=cmd|...@example.org`` must not run in
    the spreadsheet that staff open it in.
    """
    write_csv(stream, SUBSCRIBER_COLUMNS, (_subscriber_row(subscriber) for subscriber in subscribers))


def _subscriber_row(subscriber: Subscriber) -> dict:
    consents = "; ".join(
        " ".join(
            part
            for part in (
                c.created_at.isoformat(),
                c.action,
                f"v{c.text_version}",
                c.language,
                c.client_address or "",
                f"basis: {c.basis}" if c.basis else "",
                f"entered by: {c.entered_by.get_username()}" if c.entered_by_id else "",
            )
            if part
        )
        for c in subscriber.consents.all()
    )
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "status": subscriber.status,
        "subscribed": subscriber.created_at,
        "confirmed": subscriber.confirmed_at,
        "unsubscribed": subscriber.unsubscribed_at,
        "consents": consents,
    }


# Staff: subscribers entered by hand or imported, never active without a consent on record


class AddressAlreadyKnown(ValueError):
    """The address is on the list already (in any state); it is left as it is."""


def subscriber_add_by_hand(*, email: str, language: str, basis: str, text_version: str, entered_by) -> Subscriber:
    """An address whose owner gave consent elsewhere (``basis``: a signed paper form), active at
    once, with that consent and who entered it in the ledger. An address already known is
    refused: one that left or bounced comes back only through a new confirmation."""
    if not basis:
        raise ValueError("an address is active only with the basis of its consent")
    with transaction.atomic():
        if Subscriber.objects.with_email(email).exists():
            raise AddressAlreadyKnown(email)
        # The unique index on the address settles a race with the subscribe form: IntegrityError.
        now = timezone.now()
        subscriber = Subscriber.objects.create(
            email=email, language=language, status=Subscriber.Status.ACTIVE, confirmed_at=now
        )
        ConsentRecord.objects.create(
            subscriber=subscriber,
            action=ConsentRecord.Action.GIVEN,
            text_version=text_version,
            language=language,
            basis=basis,
            entered_by=entered_by,
        )
    return subscriber


def subscriber_invite(*, email: str, language: str) -> Subscriber:
    """Send an address a confirmation link (double opt-in), as the subscribe form does, without
    recording a consent its owner has not given: the ledger gets one when they confirm."""
    return _ask_to_confirm(email=email, language=language, client_address=None, consent_given=False)


def subscribers_purge_pending() -> int:
    """Erase the addresses never confirmed within NEWSLETTER_PENDING_MAX_AGE, and their ledger
    (law 09-08: keep no more than needed); returns how many.

    An address that was subscribed once and asked again without confirming keeps its history:
    it returns to where it was (left, or bounced), so that its ledger still shows its withdrawal
    and nothing it did not confirm can make it active.
    """
    cutoff = timezone.now() - timedelta(seconds=settings.NEWSLETTER_PENDING_MAX_AGE)
    stale = Subscriber.objects.filter(status=Subscriber.Status.PENDING, updated_at__lt=cutoff)
    history = Q(confirmed_at__isnull=False) | Q(
        consents__action__in=[ConsentRecord.Action.CONFIRMED, ConsentRecord.Action.WITHDRAWN]
    )
    returning = Subscriber.objects.filter(pk__in=list(stale.filter(history).values_list("pk", flat=True)))
    now = timezone.now()
    returning.filter(bounced_at__isnull=False, unsubscribed_at__isnull=True).update(
        status=Subscriber.Status.BOUNCED, confirmation_nonce="", updated_at=now
    )
    returning.filter(status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.UNSUBSCRIBED, confirmation_nonce="", updated_at=now
    )
    _deleted, by_model = stale.exclude(pk__in=returning.values("pk")).delete()
    return by_model.get(Subscriber._meta.label, 0)


@dataclass
class ImportedRow:
    line: int
    email: str
    outcome: str  # "added", "invited", "known", "duplicate" or "refused"
    reason: str = ""


IMPORT_COLUMNS = ("email", "language", "basis", "text_version")
IMPORT_MAX_ROWS = 10000


def subscribers_import_csv(*, text: str, entered_by) -> list[ImportedRow]:
    """Each row of a CSV file (``IMPORT_COLUMNS``, header first) with what became of it: added
    with the consent its basis records, invited to confirm when it has none, or left out with
    the reason. A bad row never stops the others."""
    from news.newsletter.forms import StaffSubscriberForm

    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error:
        header = []
    if "email" not in header or "language" not in header:
        raise ValueError(gettext("The first row must name the columns: email, language, basis, text_version."))
    seen: set[str] = set()
    results: list[ImportedRow] = []
    # Rows are numbered as a spreadsheet shows them: the header is row 1, an empty row counts,
    # a cell holding a line break does not make two.
    line = 1
    while True:
        line += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # a broken quote, a field too long: this row only
            results.append(ImportedRow(line, "", "refused", str(error)))
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if len(results) >= IMPORT_MAX_ROWS:
            reason = gettext("More than %(count)s rows: this one and the rest are left out.") % {
                "count": IMPORT_MAX_ROWS
            }
            results.append(ImportedRow(line, "", "refused", reason))
            break
        row = dict(zip(header, cells, strict=False))
        data = {column: (row.get(column) or "") for column in IMPORT_COLUMNS}
        form = StaffSubscriberForm(data=data)
        shown = strip_control_characters(data["email"], keep_whitespace=False)[:254]
        if not form.is_valid():
            reason = "; ".join(f"{field}: {' '.join(errors)}" for field, errors in form.errors.items())
            results.append(ImportedRow(line, shown, "refused", reason))
            continue
        email = form.cleaned_data["email"]
        if email.lower() in seen:
            results.append(ImportedRow(line, email, "duplicate"))
            continue
        seen.add(email.lower())
        if Subscriber.objects.with_email(email).exists():
            results.append(ImportedRow(line, email, "known"))
            continue
        try:
            if form.cleaned_data["basis"]:
                subscriber_add_by_hand(
                    email=email,
                    language=form.cleaned_data["language"],
                    basis=form.cleaned_data["basis"],
                    text_version=form.cleaned_data["text_version"],
                    entered_by=entered_by,
                )
                results.append(ImportedRow(line, email, "added"))
            else:
                subscriber_invite(email=email, language=form.cleaned_data["language"])
                results.append(ImportedRow(line, email, "invited"))
        except (AddressAlreadyKnown, IntegrityError):  # subscribed meanwhile, from the site
            results.append(ImportedRow(line, email, "known"))
    return results
