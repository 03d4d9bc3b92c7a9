#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cndh.settings.base")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        # Django's command-line utility swallows a settings error and then reports every
        # command but the built-in few as "Unknown command"; say what is wrong instead.
        settings.INSTALLED_APPS  # noqa: B018 - reading a setting loads them all
    except ImproperlyConfigured as error:
        sys.exit(f"Settings error: {error}\nSee .env.example; for a local debugging run, set DJANGO_DEBUG=1.")
    execute_from_command_line(sys.argv)
