"""The background workers, as staff and healthchecks see them: heartbeats and the state of the queue.

django_tasks_db's worker keeps no record of itself: a worker that died and one
that has nothing to do look the same from outside. Each worker therefore
records a heartbeat (``WorkerHeartbeat``) from a thread of its own; the admin
start page shows the last one of each worker with the oldest task still waiting.
A heartbeat says the process is alive; the oldest task's wait says whether the
queue is being worked. Both are needed: a worker stuck in one long task beats
on while the queue grows.
"""

import datetime
import logging
import os
import socket
import threading
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone
from django_tasks import TaskResultStatus

from cndh.health import oldest_task_wait
from cndh.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

#: Heartbeats older than this are removed by the workers still running.
FORGET_AFTER = datetime.timedelta(days=1)
#: A worker silent for this many heartbeat intervals counts as gone.
SILENT_BEATS = 3


def silence_limit() -> datetime.timedelta:
    return datetime.timedelta(seconds=SILENT_BEATS * settings.WORKER_HEARTBEAT_SECONDS)


class Heartbeat:
    """Writes this worker's heartbeat every ``WORKER_HEARTBEAT_SECONDS`` until ``stop()``.

    A daemon thread with its own database connection, so a worker busy in a long task
    still says it is alive, and a database that does not answer costs a warning, not the worker.
    """

    def __init__(self, worker_id: str):
        self.worker_id = worker_id
        self.started_at = timezone.now()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{worker_id}", daemon=True)

    def start(self) -> None:
        self.beat()
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=settings.WORKER_HEARTBEAT_SECONDS + 5)
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).update(
                seen_at=timezone.now(), stopped_at=timezone.now()
            )
        except DatabaseError as error:
            logger.warning("Could not record that worker %s stopped: %s", self.worker_id, error)

    def beat(self) -> None:
        now = timezone.now()
        try:
            WorkerHeartbeat.objects.update_or_create(
                worker_id=self.worker_id,
                defaults={"seen_at": now},
                create_defaults={
                    "hostname": socket.gethostname()[:255],
                    "pid": os.getpid(),
                    "started_at": self.started_at,
                    "seen_at": now,
                },
            )
            WorkerHeartbeat.objects.filter(seen_at__lt=now - FORGET_AFTER).delete()
        except DatabaseError as error:
            logger.warning("Worker %s could not record its heartbeat: %s", self.worker_id, error)
            # A broken connection is not reused: the next beat opens a new one.
            connection.close()

    def _run(self) -> None:
        try:
            while not self._stopped.wait(settings.WORKER_HEARTBEAT_SECONDS):
                close_old_connections()
                self.beat()
        finally:
            connection.close()


@dataclass(frozen=True)
class WorkerState:
    name: str
    started_at: datetime.datetime
    seen_at: datetime.datetime
    stopped_at: datetime.datetime | None
    silent: bool
    #: Whole seconds since the last heartbeat.
    silent_seconds: int


@dataclass(frozen=True)
class QueueState:
    """What the admin start page says of background work."""

    uses_workers: bool
    workers: list[WorkerState]
    oldest_wait: datetime.timedelta | None
    late: bool
    mail_retries: int
    last_failure: datetime.datetime | None
    last_failure_reason: str


def worker_states(*, now: datetime.datetime) -> list[WorkerState]:
    limit = silence_limit()
    return [
        WorkerState(
            name=str(beat),
            started_at=beat.started_at,
            seen_at=beat.seen_at,
            stopped_at=beat.stopped_at,
            silent=beat.stopped_at is None and now - beat.seen_at > limit,
            silent_seconds=max(0, int((now - beat.seen_at).total_seconds())),
        )
        for beat in WorkerHeartbeat.objects.all()[:10]
    ]


def queue_state() -> QueueState:
    """The workers' heartbeats, the oldest waiting task, and mail waiting for its server."""
    uses_workers = settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    if not uses_workers:
        return QueueState(False, [], None, False, 0, None, "")
    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    wait = oldest_task_wait()
    # Mail tasks retried after a temporary failure carry their attempt (news.newsletter.tasks).
    retries = DBTaskResult.objects.filter(status=TaskResultStatus.READY, args_kwargs__kwargs__attempt__gte=1).count()
    failure = DBTaskResult.objects.failed().order_by("-finished_at").only("finished_at", "traceback").first()
    return QueueState(
        uses_workers=True,
        workers=worker_states(now=now),
        oldest_wait=wait,
        late=wait is not None and wait > datetime.timedelta(seconds=settings.WORKER_STALE_SECONDS),
        mail_retries=retries,
        last_failure=failure.finished_at if failure else None,
        last_failure_reason=failure.traceback.strip().splitlines()[-1][:300] if failure and failure.traceback else "",
    )
