"""The worker container's healthcheck: exit status 0 while the task queue is being worked."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from cndh.health import oldest_task_wait


class Command(BaseCommand):
    help = (
        "Fail when the database does not answer or a task has waited longer than "
        "DJANGO_WORKER_STALE_SECONDS for a worker."
    )

    def handle(self, *args, **options):
        limit = datetime.timedelta(seconds=settings.WORKER_STALE_SECONDS)
        try:
            waited = oldest_task_wait()
        except DatabaseError as error:
            raise CommandError(f"The database does not answer: {error}") from error
        if waited is None:
            self.stdout.write("ok: no task waiting")
            return
        seconds, allowed = int(waited.total_seconds()), int(limit.total_seconds())
        if waited > limit:
            raise CommandError(f"A task has waited {seconds} s for a worker (limit {allowed} s).")
        self.stdout.write(f"ok: the oldest waiting task has waited {seconds} s")
