"""An edition rendered once per language, and each subscriber's copy of it."""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language_info
from modeltranslation.utils import resolution_order

from cndh.http import absolute_url, site_domain
from cndh.i18n import Localized, direction_of, has_translation, localized
from news.models import NewsItem
from news.newsletter.models import Edition, Subscriber
from news.newsletter.services.links import subscriber_manage_token

#: Stand-ins replaced per subscriber in a rendered edition (rendered once per language).
UNSUBSCRIBE_MARK = "NEWSLETTER-UNSUBSCRIBE-URL"
PREFERENCES_MARK = "NEWSLETTER-PREFERENCES-URL"
SINCE_LAST_LIMIT = 30

# Editions


def mail_language(language: str) -> dict:
    direction = direction_of(language)
    return {
        "language": language,
        "direction": direction,
        "align": "right" if direction == "rtl" else "left",
        "site_url": settings.SITE_URL,
    }


def since_last_items(edition: Edition):
    previous = (
        Edition.objects.exclude(pk=edition.pk)
        .filter(prepared_at__isnull=False)
        .exclude(prepared_at__gt=edition.prepared_at or timezone.now())
        .order_by("-prepared_at")
        .first()
    )
    items = NewsItem.objects.published()
    if previous is not None:
        items = items.filter(publish_at__gt=previous.prepared_at)
    return items.order_by("-publish_at", "-pk")[:SINCE_LAST_LIMIT]


def edition_all_items(edition: Edition) -> list[NewsItem]:
    """The edition's published news items, newest first, whatever their languages."""
    if edition.selection == Edition.Selection.SINCE_LAST and edition.prepared_at is None:
        return list(since_last_items(edition).prefetch_related("partners"))
    return list(edition.items.published().order_by("-publish_at", "-pk").prefetch_related("partners"))


def edition_shown_items(*, edition: Edition, language: str, items: list[NewsItem]) -> tuple[list[NewsItem], str]:
    """The news items readers in ``language`` get, and the language they are shown in: their own
    titles, or, where there are none and the manager chose so, the fallback language's."""
    shown = edition_items(edition=edition, language=language, items=items)
    if not shown and edition.language_choices.get(language) == Edition.LanguageChoice.FALLBACK:
        fallback = edition_fallback(edition=edition, language=language, items=items)
        if fallback:
            return edition_items(edition=edition, language=fallback, items=items), fallback
    return shown, language


def edition_items(*, edition: Edition, language: str, items: list[NewsItem] | None = None) -> list[NewsItem]:
    """The edition's published news items that have a title in ``language``, newest first."""
    items = edition_all_items(edition) if items is None else items
    return [item for item in items if has_translation(item, "title", language)]


def edition_fallback(*, edition: Edition, language: str, items: list[NewsItem] | None = None) -> str | None:
    """The language its readers in ``language`` get instead when the manager chose so: the first of
    the language's fallbacks in which the edition has a subject and at least one news item."""
    items = edition_all_items(edition) if items is None else items
    for code in resolution_order(language, settings.MODELTRANSLATION_FALLBACK_LANGUAGES)[1:]:
        if has_translation(edition, "subject", code) and edition_items(edition=edition, language=code, items=items):
            return code
    return None


@dataclass
class EditionContents:
    """What readers in ``language`` get: each part with the language it is written in."""

    language: str
    subject: Localized
    introduction: Localized | None
    items: list[tuple[NewsItem, Localized, Localized | None]]  # item, title, summary

    @property
    def shown_in(self) -> str | None:
        """The other language a part is shown in (the manager's fallback), if any."""
        parts = [self.subject, self.introduction, *(title for _item, title, _summary in self.items)]
        return next((part.language for part in parts if part and part.language != self.language), None)


def edition_contents(*, edition: Edition, language: str) -> EditionContents:
    """The edition for its readers in ``language``: its own texts; where it has no news item in
    that language and the manager chose to send another language (``language_choices``), that
    language's items and introduction. The subject falls back on its own (``localized``)."""
    items = edition_all_items(edition)
    shown, items_language = edition_shown_items(edition=edition, language=language, items=items)
    intro = localized(edition, "introduction", language) if has_translation(edition, "introduction", language) else None
    subject = localized(edition, "subject", language)
    if edition.language_choices.get(language) == Edition.LanguageChoice.FALLBACK:
        # One other language for every part the readers' own lacks: the one the check offered.
        fallback = edition_fallback(edition=edition, language=language, items=items)
        if fallback and intro is None and has_translation(edition, "introduction", fallback):
            intro = localized(edition, "introduction", fallback)
        if fallback and not has_translation(edition, "subject", language):
            subject = localized(edition, "subject", fallback)
    return EditionContents(
        language=language,
        subject=subject,
        introduction=intro,
        items=[
            (
                item,
                localized(item, "title", items_language),
                localized(item, "summary", items_language)
                if has_translation(item, "summary", items_language)
                else None,
            )
            for item in shown
        ],
    )


_TOKEN_MARK = "NEWSLETTER-TOKEN"  # noqa: S105  # nosec B105  # a stand-in, not a secret
_TO_MARK = "newsletter-recipient@example.invalid"
_MESSAGE_ID_MARK = "<newsletter-message-id@example.invalid>"


@dataclass
class RenderedEdition:
    """An edition rendered once per language; each subscriber's copy only fills in their links."""

    language: str
    subject: str
    text: str
    html: str
    _links: tuple[str, str, str] | None = None
    _raw: bytes | None = None
    _raw_checked: bool = False

    def links(self, subscriber: Subscriber, token: str | None = None) -> tuple[str, str, str]:
        """Unsubscribe page, preferences page and one-click URLs of this subscriber."""
        if self._links is None:
            with translation.override(self.language):
                self._links = (
                    absolute_url(reverse("newsletter:unsubscribe", kwargs={"token": _TOKEN_MARK})),
                    absolute_url(reverse("newsletter:preferences", kwargs={"token": _TOKEN_MARK})),
                    absolute_url(reverse("newsletter-one-click", kwargs={"token": _TOKEN_MARK})),
                )
        token = token or subscriber_manage_token(subscriber=subscriber)
        return tuple(link.replace(_TOKEN_MARK, token) for link in self._links)

    def for_subscriber(self, subscriber: Subscriber) -> tuple[str, str, str]:
        """Text and HTML bodies with this subscriber's links, and the one-click URL."""
        unsubscribe, preferences, one_click = self.links(subscriber)

        def fill(body: str) -> str:
            return body.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(PREFERENCES_MARK, preferences)

        return fill(self.text), fill(self.html), one_click

    def as_bytes(self, *, subscriber: Subscriber, message_id: str) -> bytes:
        """The whole message as sent; built once as MIME and filled in per subscriber.

        Falls back to building each message when filling in is not safe: an address
        that needs encoding, or a body the MIME encoder would wrap (quoted-printable).
        """
        if not self._raw_checked:
            self._raw_checked = True
            raw = _edition_mime(self, to=_TO_MARK, message_id=_MESSAGE_ID_MARK)
            expected = {
                _TO_MARK.encode(): 1,
                _MESSAGE_ID_MARK.encode(): 1,
                UNSUBSCRIBE_MARK.encode(): self.text.count(UNSUBSCRIBE_MARK) + self.html.count(UNSUBSCRIBE_MARK),
                PREFERENCES_MARK.encode(): self.text.count(PREFERENCES_MARK) + self.html.count(PREFERENCES_MARK),
                _TOKEN_MARK.encode(): 1,
            }
            if all(raw.count(mark) == n for mark, n in expected.items()):
                self._raw = raw
        if self._raw is None or not subscriber.email.isascii():
            return (
                edition_message(rendered=self, subscriber=subscriber, message_id=message_id)
                .message()
                .as_bytes(linesep="\r\n")
            )
        token = subscriber_manage_token(subscriber=subscriber)
        unsubscribe, preferences, _one_click = self.links(subscriber, token)
        return (
            self._raw.replace(_TO_MARK.encode(), subscriber.email.encode())
            .replace(_MESSAGE_ID_MARK.encode(), message_id.encode())
            .replace(UNSUBSCRIBE_MARK.encode(), unsubscribe.encode())
            .replace(PREFERENCES_MARK.encode(), preferences.encode())
            .replace(_TOKEN_MARK.encode(), token.encode())
        )


def _edition_mime(rendered: RenderedEdition, *, to: str, message_id: str) -> bytes:
    """The template message: stand-ins for the address, Message-ID and links."""
    one_click = absolute_url(reverse("newsletter-one-click", kwargs={"token": _TOKEN_MARK}))
    message = EmailMultiAlternatives(
        rendered.subject,
        rendered.text,
        settings.DEFAULT_FROM_EMAIL,
        [to],
        headers=_list_headers(message_id=message_id, one_click=one_click, language=rendered.language),
    )
    message.attach_alternative(rendered.html, "text/html")
    return message.message().as_bytes(linesep="\r\n")


def _list_headers(*, message_id: str, one_click: str, language: str) -> dict[str, str]:
    return {
        "Content-Language": language,
        "Message-ID": message_id,
        "List-Id": settings.NEWSLETTER_LIST_ID,
        "List-Unsubscribe": f"<{one_click}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
        "Precedence": "bulk",
    }


def edition_render(*, edition: Edition, language: str) -> RenderedEdition:
    """The edition in one language, with stand-ins for the subscriber's own links."""
    contents = edition_contents(edition=edition, language=language)
    with translation.override(language):
        # A part shown in another language than the mail's: the HTML part marks it with that
        # language (lang, dir, its own alignment), the text part isolates it (FSI ... PDI),
        # and a line at the top says so in the mail's language.
        items = [
            {
                "title": title.value,
                "summary": summary.value if summary else "",
                "date": item.publish_at,
                "url": absolute_url(item.get_absolute_url()),
                **_part_language(title, language),
            }
            for item, title, summary in contents.items
        ]
        subject = contents.subject
        introduction = contents.introduction
        shown_in = contents.shown_in
        context = {
            "edition": edition,
            "subject": " ".join(subject.value.split()),
            **{f"subject_{key}": value for key, value in _part_language(subject, language).items()},
            "introduction": introduction.value if introduction else "",
            **{f"introduction_{key}": value for key, value in _part_language(introduction, language).items()},
            "shown_in": get_language_info(shown_in)["name_translated"] if shown_in else "",
            "items": items,
            "archive_url": absolute_url(reverse("newsletter:archive")),
            "unsubscribe_url": UNSUBSCRIBE_MARK,
            "preferences_url": PREFERENCES_MARK,
            **mail_language(language),
        }
        return RenderedEdition(
            language=language,
            subject=context["subject"],
            text=render_to_string(_layout_template(edition, "txt"), context),
            html=render_to_string(_layout_template(edition, "html"), context),
        )


def _layout_template(edition: Edition, extension: str) -> str:
    """The template of the edition's layout; the Council's own is the base the others extend."""
    if edition.layout == Edition.Layout.COUNCIL:
        return f"newsletter/email/edition.{extension}"
    return f"newsletter/email/edition_{edition.layout}.{extension}"


def _part_language(part: Localized | None, language: str) -> dict[str, str]:
    """``language`` (empty when the part is in the mail's own), ``direction`` and ``align``."""
    if part is None or part.language == language:
        return {"language": "", "direction": "", "align": ""}
    info = mail_language(part.language)
    return {"language": part.language, "direction": info["direction"], "align": info["align"]}


def edition_message(*, rendered: RenderedEdition, subscriber: Subscriber, message_id: str) -> EmailMultiAlternatives:
    text, html, one_click = rendered.for_subscriber(subscriber)
    message = EmailMultiAlternatives(
        rendered.subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [subscriber.email],
        headers=_list_headers(message_id=message_id, one_click=one_click, language=rendered.language),
    )
    message.attach_alternative(html, "text/html")
    return message


def edition_send_test(*, edition: Edition, language: str, email: str) -> None:
    """Send the edition as a subscriber in ``language`` would get it, to a staff member."""
    probe = Subscriber(pk=0, email=email, language=language)
    rendered = edition_render(edition=edition, language=language)
    message_id = f"<newsletter.{edition.pk}.test.{uuid.uuid4().hex}@{site_domain()}>"
    message = edition_message(rendered=rendered, subscriber=probe, message_id=message_id)
    message.subject = f"[TEST] {message.subject}"
    message.send()
