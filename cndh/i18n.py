"""Translated fields with their language: which language a value really came from."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname, resolution_order


def direction_of(language: str) -> str:
    return "rtl" if get_language_info(language)["bidi"] else "ltr"


def page_language() -> str:
    return get_language() or settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Localized:
    value: str
    language: str

    @property
    def is_fallback(self) -> bool:
        return self.language != page_language()

    @property
    def direction(self) -> str:
        return direction_of(self.language)

    def __str__(self) -> str:
        return self.value


def marked(loc: "Localized") -> SafeString:
    """The value escaped, in a span with its language and direction when it is not the page's."""
    if not loc.is_fallback or not loc.value:
        return format_html("{}", loc.value)
    return format_html('<span lang="{}" dir="{}">{}</span>', loc.language, loc.direction, loc.value)


def localized(obj, field: str, language: str | None = None) -> Localized:
    """The value of a translated field in ``language`` or its first fallback that has text."""
    language = language or page_language()
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    for code in resolution_order(language, fallbacks):
        value = getattr(obj, build_localized_fieldname(field, code), None)
        if value:
            return Localized(value, code)
    return Localized("", language)


def localized_order(field: str, language: str | None = None):
    """An ORDER BY expression for a translated field as visitors read it: in ``language``,
    else in its first fallback with text, ignoring case; the database twin of ``localized``."""
    language = language or page_language()
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    texts = [
        NullIf(build_localized_fieldname(field, code), Value("")) for code in resolution_order(language, fallbacks)
    ]
    return Lower(Coalesce(*texts) if len(texts) > 1 else texts[0])


def has_translation(obj, field: str, language: str) -> bool:
    """Whether the field has its own text in ``language`` (no fallback)."""
    return bool(getattr(obj, build_localized_fieldname(field, language), None))


def missing_languages(obj, field: str) -> list[str]:
    return [code for code, _name in settings.LANGUAGES if not has_translation(obj, field, code)]
