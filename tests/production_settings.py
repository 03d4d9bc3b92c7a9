"""The production settings as they are, for the gunicorn of tests/test_deploy.py, but for one
thing: static files are found in the apps, as the tests find them, since the test run has
no collectstatic manifest (without one, every page that names a static file is a 500)."""

from cndh.settings.base import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WHITENOISE_USE_FINDERS = True
