"""Settings of the web and worker processes in tests/test_scale_out.py: production's shared
Redis cache (tests.outage_settings), the database task queue and real SMTP."""

from tests.outage_settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "cndh.mail.EmailBackend"
