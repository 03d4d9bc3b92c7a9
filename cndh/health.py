"""What the site depends on, checked one by one: for /healthz and the worker's healthcheck.

Only the database stops the site: without it no page can be built. Without the cache
pages are slower, a task queue that nobody works delays mail, and a full media disk
refuses uploads; each of those makes the site degraded, not down.
"""

import datetime
import shutil

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Case, F, When
from django.db.models.functions import Greatest
from django.utils import timezone


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def cache_state() -> str:
    """``ok``, ``down``, or ``local`` for a cache in process memory (nothing to reach)."""
    ping = getattr(cache, "ping", None)
    if ping is None:
        return "local"
    return "ok" if ping() else "down"


def oldest_task_wait() -> datetime.timedelta | None:
    """How long the oldest task ready to run has waited for a worker; ``None`` when none waits
    or tasks run at once (no queue). Raises ``DatabaseError`` when the database does not answer."""
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != "django_tasks_db.DatabaseBackend":
        return None
    from django_tasks_db.models import DBTaskResult, get_date_max

    # A task waits from when it may run: when it was queued, or at its ``run_after`` (a retry).
    ready_since = Case(
        When(run_after=get_date_max(), then=F("enqueued_at")), default=Greatest("enqueued_at", "run_after")
    )
    waiting = DBTaskResult.objects.ready().annotate(ready_since=ready_since)
    oldest = waiting.order_by("ready_since").values_list("ready_since", flat=True).first()
    return None if oldest is None else max(timezone.now() - oldest, datetime.timedelta(0))


def media_free_bytes() -> int | None:
    """Free space where uploads are stored; ``None`` when that is not a local folder."""
    try:
        return shutil.disk_usage(settings.MEDIA_ROOT).free
    except OSError:
        return None


def report() -> tuple[int, dict]:
    """The status code and body of /healthz."""
    down = 503, {"status": "unavailable", "database": "down"}
    if not database_ok():
        return down
    body = {"status": "ok", "database": "ok", "cache": cache_state()}
    try:
        wait = oldest_task_wait()
    except DatabaseError:
        return down
    body["tasks"] = "ok"
    if wait is not None:
        body["oldest_task_seconds"] = int(wait.total_seconds())
        if wait > datetime.timedelta(seconds=settings.WORKER_STALE_SECONDS):
            body["tasks"] = "late"
    free = media_free_bytes()
    body["media"] = "ok" if free is None or free >= settings.MEDIA_MIN_FREE_BYTES else "low"
    if body["cache"] == "down" or body["tasks"] == "late" or body["media"] == "low":
        body["status"] = "degraded"
    return 200, body
