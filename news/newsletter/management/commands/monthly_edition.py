"""The automatic edition: everything published since the last edition, queued at once, in each
language that has something new; nothing at all when nothing is new. Run it from a timer once
a month (README "Newsletter")."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from news.newsletter import services
from news.newsletter.models import Edition
from news.newsletter.services.rendering import since_last_items


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        with transaction.atomic():
            self._make()

    def _make(self):
        # An edition queued and not yet started has not fixed its news: the next one would
        # carry the same. Wait for it (and run twice, this makes one edition).
        if Edition.objects.select_for_update().filter(queued_at__isnull=False, prepared_at__isnull=True).exists():
            self.stdout.write("An edition is queued and has not started yet: no new edition.")
            return
        probe = Edition(selection=Edition.Selection.SINCE_LAST)
        if not since_last_items(probe).exists():
            self.stdout.write("Nothing published since the last edition: no edition.")
            return
        now = timezone.localtime()
        subjects = {}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                subjects[f"subject_{code}"] = gettext("News of %(month)s") % {
                    "month": date_format(now, "YEAR_MONTH_FORMAT")
                }
        edition = Edition.objects.create(
            selection=Edition.Selection.SINCE_LAST, layout=Edition.Layout.DIGEST, **subjects
        )
        # A language whose readers would get nothing new is skipped, as a manager would choose.
        skip = {
            check.language: Edition.LanguageChoice.SKIP
            for check in services.edition_check(edition=edition, measure=False)
            if check.needs_choice
        }
        services.edition_queue(edition=edition, choices=skip)
        sent_to = [code for code, _name in settings.LANGUAGES if code not in skip]
        self.stdout.write(f"Edition {edition.pk} queued for {', '.join(sent_to)}; skipped: {', '.join(skip) or '-'}.")
