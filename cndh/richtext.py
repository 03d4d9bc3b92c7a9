"""Rich text: the admin editor and the sanitiser every stored fragment passes.

The editor (django-prose-editor) offers only what the sanitiser keeps, and the
sanitiser runs on every save and again on every read from the database.
Writes that skip ``save()`` (``loaddata``, ``QuerySet.update``,
``bulk_create``, data migrations, raw SQL) can store anything; reading goes
through the field's ``from_db_value`` whoever the reader is (a template, a
feed, a newsletter mail, an export, a sitemap, ``values()``), so no page can
show what the sanitiser would have dropped.
"""

from functools import lru_cache

import nh3
from django_prose_editor.fields import ProseEditorField

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "a",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "sub",
    "sup",
    "hr",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)

EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Underline": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "HTML": True,
}


def sanitize_html(html: str | None) -> str:
    """Keep headings, lists, links, tables and emphasis; drop everything else."""
    if not html:
        return ""
    return _sanitize(html)


# Every row read sanitises its fragments again, and list pages, feeds and the side column read
# the same fragments over and over: an in-process cache keyed by the raw text answers those
# without running nh3 again. In process rather than the shared cache, because a network round
# trip to Redis costs more than cleaning a fragment; bounded, so memory is too.
@lru_cache(maxsize=512)
def _sanitize(html: str) -> str:
    cleaned = _cleaner.clean(html).strip()
    # An editor left with one empty paragraph means "no text".
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


class RichTextField(ProseEditorField):
    """A text field of sanitised HTML, edited with the offline prose editor."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EDITOR_EXTENSIONS)
        kwargs["sanitize"] = sanitize_html
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        # Whatever wrote the row, what is read from it is sanitised: readers may trust the value.
        return value if value is None else sanitize_html(value)

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
