"""The newsletter: subscribers and their consent ledger, editions, and the delivery ledger."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cndh.http import site_domain
from cndh.models import Publishable, PublishableQuerySet, TimeStamped
from news.models import NewsItem

#: Bump when the consent sentence of the subscribe form changes; each consent row records it.
CONSENT_TEXT_VERSION = "1"


# A few short values kept in one text field, ",a,b," (empty for none), which both databases
# search with a plain LIKE: a subscriber's topics, the languages an edition went out in.


def comma_delimited(values) -> str:
    values = list(values)
    return f",{','.join(values)}," if values else ""


def comma_values(text: str) -> list[str]:
    return [value for value in (text or "").strip(",").split(",") if value]


def holds_value(field: str, value: str) -> models.Q:
    return models.Q(**{f"{field}__contains": f",{value},"})


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Subscriber.Status.ACTIVE)

    def with_email(self, email: str):
        return self.filter(email__iexact=email.strip())


class Subscriber(TimeStamped):
    """A newsletter address, in one language; active only after its owner confirmed it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        ACTIVE = "active", _("Active")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Bounced")

    email = models.EmailField(_("email address"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    # Set when a confirmation mail goes out, cleared on confirming: a link works once.
    confirmation_nonce = models.CharField(max_length=32, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("bounced"), null=True, blank=True)
    bounce_reason = models.CharField(_("bounce reason"), max_length=500, blank=True)
    # Temporary failures reported after delivery (a full mailbox); at NEWSLETTER_SOFT_BOUNCE_LIMIT
    # the address counts as bounced. Reset when it confirms again.
    soft_bounces = models.PositiveSmallIntegerField(_("soft bounces"), default=0)
    # What the reader wants to receive (news.newsletter.topics): ",kind:statement,category:european,";
    # empty: everything.
    topics = models.CharField(_("topics"), max_length=400, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(Lower("email"), name="subscriber_unique_email_ci")]

    def __str__(self):
        return self.email


class ConsentRecord(models.Model):
    """The ledger law 09-08 asks for: who agreed (or withdrew) to which text, when, from where."""

    class Action(models.TextChoices):
        GIVEN = "given", _("Consent given")
        CONFIRMED = "confirmed", _("Address confirmed")
        WITHDRAWN = "withdrawn", _("Consent withdrawn")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="consents")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    text_version = models.CharField(_("consent text version"), max_length=20)
    language = models.CharField(_("language"), max_length=8)
    client_address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    # Consent given elsewhere than the subscribe form (a paper form), entered by staff.
    basis = models.CharField(_("basis"), max_length=300, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("entered by"),
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.text_version})"


class EditionQuerySet(PublishableQuerySet):
    def archived_in(self, language: str):
        """The editions of the public archive in ``language``: those that went out in it
        (services.delivery.edition_prepare), from the time their delivery started."""
        started = self.published().filter(prepared_at__isnull=False)
        return started.filter(holds_value("sent_languages", language))

    def with_progress(self):
        by_status = Delivery.Status
        return self.annotate(
            sent_count=models.Count("deliveries", filter=models.Q(deliveries__status=by_status.SENT)),
            failed_count=models.Count("deliveries", filter=models.Q(deliveries__status=by_status.FAILED)),
            waiting_count=models.Count(
                "deliveries", filter=models.Q(deliveries__status__in=[by_status.PENDING, by_status.CLAIMED])
            ),
        )


class Edition(Publishable):
    """One issue of the newsletter.

    Publishing state means "shown in the public archive": delivery publishes an
    edition when it starts (its recipients fixed), and staff may withdraw it from the archive.
    """

    class Selection(models.TextChoices):
        CHOSEN = "chosen", _("The news items chosen below")
        SINCE_LAST = "since-last", _("Everything published since the last edition")

    class Layout(models.TextChoices):
        COUNCIL = "council", _("The Council's newsletter: each item with its summary")
        DIGEST = "digest", _("A digest: titles and dates only")
        ANNOUNCEMENT = "announcement", _("An announcement: the first item in large, the others listed")

    class DeliveryState(models.TextChoices):
        NOT_QUEUED = "not-queued", _("Not queued yet")
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        DELIVERED = "delivered", _("Delivered")

    subject = models.CharField(_("subject"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)
    selection = models.CharField(_("news items"), max_length=12, choices=Selection.choices, default=Selection.CHOSEN)
    layout = models.CharField(_("layout"), max_length=12, choices=Layout.choices, default=Layout.COUNCIL)
    items = models.ManyToManyField(NewsItem, blank=True, related_name="editions", verbose_name=_("chosen news items"))
    scheduled_for = models.DateTimeField(
        _("send at"), null=True, blank=True, help_text=_("Empty: as soon as it is queued.")
    )
    queued_at = models.DateTimeField(_("queued"), null=True, blank=True, editable=False)
    # When the recipients and the news items were fixed (the first worker to start).
    prepared_at = models.DateTimeField(_("prepared"), null=True, blank=True, editable=False)
    completed_at = models.DateTimeField(_("delivered"), null=True, blank=True, editable=False)
    # For a language whose readers the edition has no news item or no subject for, what the
    # manager chose before queueing: {"zgh": "skip"} or {"zgh": "fallback"} (services.checks).
    language_choices = models.JSONField(_("choices per language"), default=dict, blank=True, editable=False)
    # The languages the edition went out in, fixed when its delivery starts (",ar,fr,"): the
    # archive of each lists it. Written by services.delivery.edition_prepare.
    sent_languages = models.CharField(_("sent in"), max_length=40, blank=True, editable=False)

    objects = EditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("newsletter edition")
        verbose_name_plural = _("newsletter editions")
        ordering = ["-publish_at", "-pk"]

    def __str__(self):
        return self.subject

    def get_absolute_url(self):
        return reverse("newsletter:archive-detail", kwargs={"pk": self.pk})

    class LanguageChoice(models.TextChoices):
        SKIP = "skip", _("Do not send it to them")
        FALLBACK = "fallback", _("Send it to them in another language")

    @property
    def delivery_state(self) -> "Edition.DeliveryState":
        """Where sending stands, computed from the timestamps the queue and the workers write."""
        if self.completed_at:
            return self.DeliveryState.DELIVERED
        if self.queued_at is None:
            return self.DeliveryState.NOT_QUEUED
        if self.scheduled_for and self.scheduled_for > timezone.now() and self.prepared_at is None:
            return self.DeliveryState.SCHEDULED
        return self.DeliveryState.SENDING


class DeliveryQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(status__in=[Delivery.Status.PENDING, Delivery.Status.CLAIMED])

    def claimable(self, *, now):
        """Rows due a (new) attempt, and rows whose worker let its claim run out."""
        return self.filter(
            models.Q(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
            | models.Q(status=Delivery.Status.CLAIMED, lease_until__lt=now)
        )


class Delivery(models.Model):
    """The ledger of one edition to one subscriber: sent at most once, retried until it is.

    A worker claims the row (``claim_token``, ``lease_until``), writes the message
    over SMTP up to the end-of-data mark, then, in one transaction, marks the row
    ``sent`` and writes the mark; the transaction commits at once. A worker killed
    before the mark leaves the row claimed, and it returns to the pool when the
    lease runs out; the server dropped the unfinished message. See
    news/newsletter/services/delivery.py for the whole protocol.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        CLAIMED = "claimed", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claim_token = models.UUIDField(null=True, blank=True)
    claimed_by = models.CharField(_("worker"), max_length=100, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.CharField(_("last error"), max_length=500, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["edition", "subscriber"], name="delivery_unique_per_subscriber")]
        indexes = [models.Index(fields=["edition", "status", "next_attempt_at"], name="delivery_claim_idx")]

    def __str__(self):
        return f"{self.edition_id} → {self.subscriber_id}"

    @property
    def message_id(self) -> str:
        """The same Message-ID on every attempt, so a receiving server can recognise a repeat."""
        return f"<newsletter.{self.edition_id}.{self.pk}@{site_domain()}>"


class BounceReport(models.Model):
    """A message that came back to the bounce address: a delivery status notification (RFC 3464),
    a complaint from the reader's mail provider (ARF, RFC 5965), or anything else, kept for a
    person to read when it matches no delivery or says nothing the site understands."""

    class Kind(models.TextChoices):
        HARD = "hard", _("Hard bounce: the address does not exist")
        SOFT = "soft", _("Soft bounce: a temporary failure")
        COMPLAINT = "complaint", _("Complaint: the reader reported it as spam")
        UNKNOWN = "unknown", _("Not understood: for a person to read")

    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    delivery = models.ForeignKey(
        Delivery, null=True, blank=True, on_delete=models.SET_NULL, related_name="bounces", verbose_name=_("delivery")
    )
    recipient = models.CharField(_("recipient"), max_length=254, blank=True)
    status = models.CharField(_("status code"), max_length=20, blank=True)
    diagnostic = models.CharField(_("diagnostic"), max_length=500, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    raw = models.TextField(_("message"), blank=True)

    class Meta:
        verbose_name = _("returned message")
        verbose_name_plural = _("returned messages")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.recipient or self.subject}"
