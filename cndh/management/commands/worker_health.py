"""The worker container's healthcheck: exit status 0 while the task queue is being worked."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.db.models import Case, F, When
from django.db.models.functions import Greatest
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Fail when the database does not answer or a task has waited longer than "
        "DJANGO_WORKER_STALE_SECONDS for a worker."
    )

    def handle(self, *args, **options):
        from django_tasks_db.models import DBTaskResult, get_date_max

        limit = datetime.timedelta(seconds=settings.WORKER_STALE_SECONDS)
        # A task is waiting from when it may run: when queued, or at its ``run_after`` (a retry).
        ready_since = Case(
            When(run_after=get_date_max(), then=F("enqueued_at")), default=Greatest("enqueued_at", "run_after")
        )
        waiting = DBTaskResult.objects.ready().annotate(ready_since=ready_since)
        try:
            oldest = waiting.order_by("ready_since").values_list("ready_since", flat=True).first()
        except DatabaseError as error:
            raise CommandError(f"The database does not answer: {error}") from error
        if oldest is None:
            self.stdout.write("ok: no task waiting")
            return
        waited = timezone.now() - oldest
        if waited > limit:
            seconds, allowed = int(waited.total_seconds()), int(limit.total_seconds())
            raise CommandError(f"A task has waited {seconds} s for a worker (limit {allowed} s).")
        self.stdout.write(f"ok: the oldest waiting task has waited {int(waited.total_seconds())} s")
