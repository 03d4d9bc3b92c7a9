"""The latest news shown in the side column of every page, cached per language.

Rendering the side column must not cost a query on every page. The three
latest items are stored per language with the time they stop being right:
the moment the next scheduled item falls due. Saving or deleting an item
drops the cached lists (see ``news.apps``), so an edit shows at once.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Subquery
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import override

from cndh.i18n import localized
from news.models import NewsItem

COUNT = 3
TITLE_LENGTH = 90
#: Even without edits or scheduled items, a cached list is rebuilt after this long.
MAX_AGE = timedelta(minutes=10)
#: How long a list with nothing in it is kept.
EMPTY_MAX_AGE = timedelta(seconds=10)


@dataclass(frozen=True)
class LatestEntry:
    title: str
    language: str
    direction: str
    url: str
    published: datetime
    is_fallback: bool


def _cache_key(language: str) -> str:
    return f"news:latest:{language}"


def latest_news(language: str, *, now: datetime | None = None) -> list[LatestEntry]:
    """The latest published items in ``language`` (titles may fall back), cached."""
    now = now or timezone.now()
    cached = cache.get(_cache_key(language))
    if cached is not None and cached[1] > now:
        return cached[0]
    entries, valid_until = _build(language, now)
    cache.set(_cache_key(language), (entries, valid_until), timeout=max(1, (valid_until - now).total_seconds()))
    return entries


def _build(language: str, now: datetime) -> tuple[list[LatestEntry], datetime]:
    # One query: the latest due items, each carrying when the next scheduled item falls due.
    scheduled = NewsItem.objects.status_published().filter(publish_at__gt=now).order_by("publish_at")
    items = list(
        NewsItem.objects.published(now=now)
        .newest_first()
        .annotate(next_due=Subquery(scheduled.values("publish_at")[:1]))
        .only("slug", "publish_at", *(f"title_{code}" for code, _name in settings.LANGUAGES))[:COUNT]
    )
    # Without any published item no row carries the next time: an empty list is kept only
    # briefly, so that the first item of a new site shows within seconds of falling due.
    valid_until = now + (MAX_AGE if items else EMPTY_MAX_AGE)
    if items and items[0].next_due:
        valid_until = min(valid_until, items[0].next_due)
    entries = []
    with override(language):
        for item in items:
            title = localized(item, "title", language)
            entries.append(
                LatestEntry(
                    title=Truncator(title.value).chars(TITLE_LENGTH, truncate=" (...)"),
                    language=title.language,
                    direction=title.direction,
                    url=item.get_absolute_url(),
                    published=item.publish_at,
                    is_fallback=title.language != language,
                )
            )
    return entries, valid_until


def forget_latest_news(**kwargs) -> None:
    """Drop every cached list (a signal receiver: any news item saved or deleted)."""
    cache.delete_many([_cache_key(code) for code, _name in settings.LANGUAGES])
