"""django_tasks_db's worker, with a heartbeat (cndh.workers) while it runs.

It takes the library's command name (cndh comes before django_tasks_db in
INSTALLED_APPS), so every worker started as the library documents beats.
"""

import os

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from cndh.workers import Heartbeat


class Command(db_worker.Command):
    help = f"{db_worker.Command.help}, recording a heartbeat every DJANGO_WORKER_HEARTBEAT_SECONDS."

    def handle(self, *args, worker_id: str, reload: bool, batch: bool, **options):
        # With --reload the parent process only watches files; the child it starts does the work.
        works_here = not reload or batch or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true"
        heartbeat = Heartbeat(worker_id) if works_here else None
        if heartbeat:
            heartbeat.start()
        try:
            super().handle(*args, worker_id=worker_id, reload=reload, batch=batch, **options)
        finally:
            if heartbeat:
                heartbeat.stop()
