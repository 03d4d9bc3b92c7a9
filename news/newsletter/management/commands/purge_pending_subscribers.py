"""Erase the newsletter addresses never confirmed within NEWSLETTER_PENDING_MAX_AGE (law 09-08)."""

from django.core.management.base import BaseCommand

from news.newsletter import services


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        count = services.subscribers_purge_pending()
        self.stdout.write(f"{count} address(es) never confirmed erased.")
