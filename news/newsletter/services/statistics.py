"""What became of an edition, per language, counted from the ledgers alone.

No open or click is tracked: a human rights institution does not watch its readers. What the
site knows is what the delivery ledger, the returned messages and the consent ledger say:
messages queued, sent, waiting for another attempt, failed, bounced after delivery, reported
as spam, and readers who left within seven days of the edition.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q

from news.newsletter.models import BounceReport, ConsentRecord, Delivery, Edition

UNSUBSCRIBE_WINDOW = timedelta(days=7)
MEASURES = ("queued", "sent", "deferred", "failed", "bounced", "complained", "unsubscribed")


@dataclass
class Figures:
    language: str  # "" for the edition as a whole
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))


def edition_statistics(*, edition: Edition) -> list[Figures]:
    """One row per language of the site, then the total; three queries whatever the size."""
    rows = {code: Figures(code) for code, _name in settings.LANGUAGES}
    status = Delivery.Status
    deliveries = (
        Delivery.objects.filter(edition=edition)
        .values("subscriber__language")
        .annotate(
            queued=Count("pk"),
            sent=Count("pk", filter=Q(status=status.SENT)),
            deferred=Count("pk", filter=Q(status=status.PENDING, attempts__gt=0)),
            failed=Count("pk", filter=Q(status=status.FAILED)),
        )
    )
    for row in deliveries:
        figures = rows.setdefault(row["subscriber__language"], Figures(row["subscriber__language"]))
        for measure in ("queued", "sent", "deferred", "failed"):
            figures.counts[measure] = row[measure]
    kind = BounceReport.Kind
    returned = (
        BounceReport.objects.filter(delivery__edition=edition)
        .values("delivery__subscriber__language")
        .annotate(
            bounced=Count("delivery", distinct=True, filter=Q(kind__in=[kind.HARD, kind.SOFT])),
            complained=Count("delivery", distinct=True, filter=Q(kind=kind.COMPLAINT)),
        )
    )
    for row in returned:
        figures = rows.setdefault(row["delivery__subscriber__language"], Figures(row["delivery__subscriber__language"]))
        figures.counts["bounced"], figures.counts["complained"] = row["bounced"], row["complained"]
    if edition.prepared_at is not None:
        left = (
            ConsentRecord.objects.filter(
                action=ConsentRecord.Action.WITHDRAWN,
                subscriber__deliveries__edition=edition,
                created_at__gte=edition.prepared_at,
                created_at__lt=edition.prepared_at + UNSUBSCRIBE_WINDOW,
            )
            .values("subscriber__language")
            .annotate(unsubscribed=Count("subscriber", distinct=True))
        )
        for row in left:
            figures = rows.setdefault(row["subscriber__language"], Figures(row["subscriber__language"]))
            figures.counts["unsubscribed"] = row["unsubscribed"]
    total = Figures("")
    for figures in rows.values():
        for measure in MEASURES:
            total.counts[measure] += figures.counts[measure]
    return [*rows.values(), total]
