"""Index every searchable item again: after restoring a backup, loading fixtures or changing how
a source reads its model. Saving an item in the admin indexes it; this is for everything at once."""

from django.core.management.base import BaseCommand, CommandError

from cndh.search.index import rebuild
from cndh.search.registry import sources


class Command(BaseCommand):
    help = "Rebuild the site search's index of every searchable item (or of the kinds named)."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", help=f"Only these kinds of item ({', '.join(sources())}).")

    def handle(self, *args, kinds=(), verbosity=1, **options):
        unknown = sorted(set(kinds) - set(sources()))
        if unknown:
            raise CommandError(f"Unknown kinds: {', '.join(unknown)}. Known: {', '.join(sources())}.")
        chosen = [sources()[kind] for kind in kinds] if kinds else None
        written = rebuild(sources=chosen)
        if verbosity:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {written} entries."))
