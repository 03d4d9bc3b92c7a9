"""Template tags shared by every app: translated fields with their language, dates."""

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cndh import fragments
from cndh.html import wrap_tables
from cndh.i18n import Localized, has_translation, localized, marked
from cndh.partialdate import PartialDate
from cndh.richtext import sanitize_html
from cndh.text import isolate

register = template.Library()


@register.simple_tag
def tr(obj, field: str, block: bool = False, html: bool = False):
    """A translated field in the page's language, or its fallback marked with its own lang/dir.

    ``html=True`` for rich text, sanitised here too so that a value never read from the
    database (an object built in memory) is as safe as one that was; ``block=True`` wraps a
    fallback in a div.
    """
    loc = localized(obj, field)
    if not html and not block:
        return marked(loc)
    value = mark_safe(wrap_tables(sanitize_html(loc.value), loc.language)) if html else loc.value  # noqa: S308  # nosec B308 B703  # sanitised here
    if not loc.is_fallback or not loc.value:
        return format_html("{}", value)
    tag = "div" if block else "span"
    return format_html('<{} lang="{}" dir="{}">{}</{}>', tag, loc.language, loc.direction, value, tag)


@register.simple_tag
def lang_attrs(obj, field: str):
    """` lang="…" dir="…"` for an element whose attribute (an image's alt text) shows the field,
    when its value falls back to another language than the page's; nothing otherwise."""
    loc = localized(obj, field)
    if not loc.is_fallback or not loc.value:
        return ""
    return format_html(' lang="{}" dir="{}"', loc.language, loc.direction)


@register.filter(name="marked")
def marked_filter(value):
    """A value that may be a fallback (``Localized``, as views put in breadcrumbs), marked with its
    own lang/dir when it is one; any other value as it is."""
    return marked(value) if isinstance(value, Localized) else value


@register.inclusion_tag("includes/_fallback_note.html", takes_context=True)
def fallback_note(context, obj, field: str, kind: str = "page"):
    """Before text shown in another language: a note, in the page's language, that says in which
    one, with links to this page in the languages that have the text (the language switcher's)."""
    loc = localized(obj, field)
    if not loc.value or not loc.is_fallback:
        return {"shown": False}
    links = [link for link in context.get("LANGUAGE_LINKS", ()) if has_translation(obj, field, link["code"])]
    return {"shown": True, "kind": kind, "language": loc.language, "links": links}


@register.filter
def bdi(value):
    """A value inserted into a sentence, isolated from the sentence's direction: an acronym, a date
    or a number keeps its own order and leaves the words around it in theirs (``<bdi>``).

    The value is printed as the template would print it (dates in the page's format).
    """
    if value is None or value == "":
        return ""
    return format_html("<bdi>{}</bdi>", value if isinstance(value, str) else formats.localize(value))


@register.filter
def fsi(value):
    """The same isolation in plain text (mail, feeds' titles): FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE."""
    if value is None or value == "":
        return ""
    return isolate(value if isinstance(value, str) else formats.localize(value))


@register.filter
def partial_date(value):
    """Print a PartialDate (or ISO text of one) with only the parts that are known."""
    if not value:
        return ""
    if isinstance(value, str):
        value = PartialDate.parse(value)
    return value.format()


@register.simple_tag(takes_context=True)
def shared_fragment(context, template_name: str, *vary):
    """``template_name`` rendered once for all the pages that show it alike (cndh.fragments)."""

    def build() -> str:
        with context.push(page_address=fragments.ADDRESS_MARK):
            return context.template.engine.get_template(template_name).render(context)

    return fragments.shared(context.get("request"), template_name, build, *vary)
