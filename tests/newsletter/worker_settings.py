"""Settings of the real worker processes the delivery tests start: the database task queue."""

from cndh.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
