"""Test speed-ups on top of the environment-driven settings."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-used-anywhere-else")
os.environ.setdefault("DJANGO_SITE_URL", "https://cndh.example.org")

from cndh.settings.base import *  # noqa: E402,F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Never the repository's folder nor a bucket the environment names; tests/cndh/test_backup.py
    # points it at each test's own folder.
    "backups": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": Path(tempfile.gettempdir()) / f"cndh-test-backups-{os.getpid()}"},
    },
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache and the shared fragments are off: tests read each response's template context, which a page from the
# cache has not got, and move scheduled items with update(); the ``page_cache`` fixture
# (tests/conftest.py) turns it on for the tests of the cache itself.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files from the app folders, as runserver does, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tasks run at once in the test process; the delivery tests start real database-queue workers.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The browser tests' live server answers each request in a thread of its own that
# lives as long as the browser keeps the socket open; closing the database
# connection after every request leaves none behind when the test database is dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# The delivery tests start worker processes, which must see the test database: on SQLite it
# lives in a file (one per test process; pytest-django removes it afterwards), not in memory.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    _test_file = Path(tempfile.gettempdir()) / f"cndh-test-{os.getpid()}.sqlite3"
    DATABASES["default"]["TEST"] = {"NAME": str(_test_file)}  # noqa: F405
# Small batches and short claims, so a crashed worker's rows come back within seconds.
NEWSLETTER_BATCH_SIZE = 20
NEWSLETTER_LEASE_SECONDS = 2
NEWSLETTER_RETRY_DELAYS = [0, 0, 0]
