"""The worker container's healthcheck: exit status 0 while its worker beats and the queue is worked."""

import datetime
import socket

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils import timezone

from cndh.health import oldest_task_wait
from cndh.models import WorkerHeartbeat
from cndh.workers import silence_limit


class Command(BaseCommand):
    help = (
        "Fail when the database does not answer, when the worker of this host has stopped its "
        "heartbeat, or when a task has waited longer than DJANGO_WORKER_STALE_SECONDS for a worker."
    )

    def handle(self, *args, **options):
        limit = datetime.timedelta(seconds=settings.WORKER_STALE_SECONDS)
        try:
            beat = WorkerHeartbeat.objects.filter(hostname=socket.gethostname()[:255]).first()
            waited = oldest_task_wait()
        except DatabaseError as error:
            raise CommandError(f"The database does not answer: {error}") from error
        if beat is not None:
            silent = int((timezone.now() - beat.seen_at).total_seconds())
            if beat.stopped_at is not None:
                raise CommandError(f"The worker of this host ({beat}) stopped {silent} s ago.")
            if timezone.now() - beat.seen_at > silence_limit():
                raise CommandError(f"The worker of this host ({beat}) has not reported for {silent} s.")
        if waited is None:
            self.stdout.write("ok: no task waiting")
            return
        seconds, allowed = int(waited.total_seconds()), int(limit.total_seconds())
        if waited > limit:
            raise CommandError(f"A task has waited {seconds} s for a worker (limit {allowed} s).")
        self.stdout.write(f"ok: the oldest waiting task has waited {seconds} s")
