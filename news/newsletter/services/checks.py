"""The check before an edition is queued: for each language, who reads it and what they would get.

An edition with no news item, or no subject, in a language that has subscribers would reach
them with "no news in this language" or a subject in another language. Queueing it is
refused with that sentence until the manager chooses, for that language, to skip its readers
or to send them the edition in another language (``Edition.language_choices``), which the
message then declares (rendering.edition_contents).
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import get_language_info, ngettext

from cndh.i18n import has_translation
from news.newsletter.models import Edition, Subscriber
from news.newsletter.services.rendering import (
    edition_all_items,
    edition_fallback,
    edition_items,
    edition_render,
    edition_shown_items,
)
from news.newsletter.topics import edition_topics, readers_of

logger = logging.getLogger(__name__)

_PROBE_MESSAGE_ID = "<newsletter.check@example.invalid>"


@dataclass
class LanguageCheck:
    language: str
    subscribers: int
    items: int
    has_subject: bool
    has_introduction: bool
    fallback: str | None  # the language its readers may get instead
    choice: str  # "", or an Edition.LanguageChoice the manager made
    size: int | None  # bytes of one message as sent, None when nobody reads the language

    @property
    def name(self) -> str:
        return get_language_info(self.language)["name_translated"]

    @property
    def fallback_name(self) -> str:
        return get_language_info(self.fallback)["name_translated"] if self.fallback else ""

    @property
    def needs_choice(self) -> bool:
        """Someone reads the language and the edition has nothing, or no subject, for them."""
        return bool(self.subscribers) and (not self.items or not self.has_subject)

    @property
    def choices(self) -> list[tuple[str, str]]:
        """What the manager may choose for this language."""
        offered = [(Edition.LanguageChoice.SKIP.value, Edition.LanguageChoice.SKIP.label)]
        if self.fallback:
            offered.append((Edition.LanguageChoice.FALLBACK.value, Edition.LanguageChoice.FALLBACK.label))
        return offered

    @property
    def blocking(self) -> bool:
        return self.needs_choice and self.choice not in {value for value, _label in self.choices}

    @property
    def problems(self) -> list[str]:
        """What is missing, as the sentences the manager reads (only where someone reads it)."""
        if not self.subscribers:
            return []
        found = []
        values = {"language": self.name, "count": self.subscribers}
        if not self.items:
            found.append(
                ngettext(
                    "No news item in %(language)s, which %(count)s subscriber reads.",
                    "No news item in %(language)s, which %(count)s subscribers read.",
                    self.subscribers,
                )
                % values
            )
        if not self.has_subject:
            found.append(
                ngettext(
                    "No subject in %(language)s, which %(count)s subscriber reads.",
                    "No subject in %(language)s, which %(count)s subscribers read.",
                    self.subscribers,
                )
                % values
            )
        return found


class EditionNotReady(Exception):
    """Queueing refused: some languages with readers need the manager's choice."""

    def __init__(self, checks: list[LanguageCheck]):
        self.checks = checks
        super().__init__(" ".join(sentence for check in checks if check.blocking for sentence in check.problems))


def edition_check(*, edition: Edition, measure: bool = True) -> list[LanguageCheck]:
    """One check per language of the site, in the order of settings.LANGUAGES."""
    items = edition_all_items(edition)
    readers = dict(
        Subscriber.objects.active()
        .filter(edition_readers(edition=edition, items=items))
        .values_list("language")
        .annotate(count=Count("pk"))
        .values_list("language", "count")
    )
    checks = []
    for code, _name in settings.LANGUAGES:
        check = LanguageCheck(
            language=code,
            subscribers=readers.get(code, 0),
            items=len(edition_items(edition=edition, language=code, items=items)),
            has_subject=has_translation(edition, "subject", code),
            has_introduction=has_translation(edition, "introduction", code),
            fallback=edition_fallback(edition=edition, language=code, items=items),
            choice=edition.language_choices.get(code, ""),
            size=None,
        )
        skipped = check.choice == Edition.LanguageChoice.SKIP and check.needs_choice
        if measure and check.subscribers and not check.blocking and not skipped:
            probe = Subscriber(pk=0, email="reader@example.org", language=code)
            rendered = edition_render(edition=edition, language=code)
            check.size = len(rendered.as_bytes(subscriber=probe, message_id=_PROBE_MESSAGE_ID))
        checks.append(check)
    return checks


def edition_readers(*, edition: Edition, items: list | None = None, languages=None) -> Q:
    """The subscribers an edition is for, per language: those who chose none of the topics, or
    one of the topics of the news items their language's message carries (news.newsletter.topics)."""
    items = edition_all_items(edition) if items is None else items
    condition = Q(pk__in=[])
    codes = [code for code, _name in settings.LANGUAGES] if languages is None else languages
    for code in codes:
        shown, _language = edition_shown_items(edition=edition, language=code, items=items)
        condition |= Q(language=code) & readers_of(edition_topics(shown))
    return condition


def edition_sending_languages(*, edition: Edition) -> set[str]:
    """The languages the edition goes out in, checked again when its delivery starts: those it
    has a subject and news items in, and those the manager chose to send another language to.
    A language that gained readers since the check and has nothing for them is left out, as
    one the manager chose to skip: they would get an empty message."""
    sending = set()
    for check in edition_check(edition=edition, measure=False):
        if check.items and check.has_subject:
            sending.add(check.language)
        elif check.choice == Edition.LanguageChoice.FALLBACK and check.fallback:
            sending.add(check.language)
        elif check.subscribers and check.choice != Edition.LanguageChoice.SKIP:
            logger.warning(
                "Edition %s: %s readers of %s get nothing, no choice was made for them",
                edition.pk,
                check.subscribers,
                check.language,
            )
    return sending


def edition_set_choices(*, edition: Edition, choices: dict[str, str]) -> None:
    """Record the manager's choices, for the languages that need one; any other is ignored."""
    offered = {
        check.language: {value for value, _label in check.choices}
        for check in edition_check(edition=edition, measure=False)
        if check.needs_choice
    }
    kept = {language: choice for language, choice in choices.items() if choice in offered.get(language, ())}
    edition.language_choices = kept
    Edition.objects.filter(pk=edition.pk).update(language_choices=kept)
