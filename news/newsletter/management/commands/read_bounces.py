"""Read the bounce mailbox (NEWSLETTER_BOUNCE_MAILBOX, or --mailbox): record each returned
message, stop mail to addresses that bounce for good or complain, remove what was read."""

from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from news.newsletter.services.bounces import bounces_read


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--mailbox", help="maildir:///path, imaps://user:password@host/INBOX or pop3s://...")

    def handle(self, *args, mailbox=None, **options):
        mailbox = mailbox or settings.NEWSLETTER_BOUNCE_MAILBOX
        if not mailbox:
            raise CommandError("No bounce mailbox: set DJANGO_NEWSLETTER_BOUNCE_MAILBOX or pass --mailbox.")
        try:
            reports = bounces_read(mailbox)
        except (OSError, ValueError) as error:
            raise CommandError(f"The bounce mailbox cannot be read: {error}") from error
        kinds = Counter(report.kind for report in reports)
        self.stdout.write(f"{len(reports)} message(s) read: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
