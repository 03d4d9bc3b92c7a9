"""Load the demo content: the section's pages, the 2021 annual report and what later apps add.

Each installed app may have a ``demo`` module with a ``load(*, log)`` function;
they run in INSTALLED_APPS order (the dependency order), inside one
transaction. Every step creates or updates rows by their natural key, so a
second run changes nothing.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class DryRun(Exception):
    pass


class Command(BaseCommand):
    help = "Create or update the demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show what would change, then roll back.")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        changes = []

        def log(message: str) -> None:
            # The loaders call this for each row they create, update or link, and for nothing else.
            changes.append(message)
            if verbosity >= 2:
                self.stdout.write(message)

        try:
            with transaction.atomic():
                for config in apps.get_app_configs():
                    module_name = f"{config.name}.demo"
                    if config.name.startswith("django") or find_spec(module_name) is None:
                        continue
                    counts = import_module(module_name).load(log=log)
                    if verbosity >= 1:
                        summary = ", ".join(f"{name}: {count}" for name, count in counts.items())
                        self.stdout.write(f"{config.label}: {summary}")
                if dry_run:
                    raise DryRun
        except DryRun:
            self.stdout.write(self.style.WARNING("Dry run: nothing was saved."))
            return
        if changes:
            self.stdout.write(self.style.SUCCESS(f"Demo content is in place: {len(changes)} changes saved."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is already in place: nothing to change."))
