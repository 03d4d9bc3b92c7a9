"""What the site search covers: each app registers a source per model it makes searchable.

A source says, like a ``Sitemap`` or a ``Feed`` does, how to read its model: the texts of an
item in each language (one document per item, or one per part of a chapter), the facets it
files the item under, which items visitors may see, and where a hit links to. Apps register
their sources in ``AppConfig.ready()``; ``cndh`` knows none of them by name.
"""

from dataclasses import dataclass
from html import unescape

from django.conf import settings
from django.db.models import Q
from django.utils.html import strip_tags
from modeltranslation.utils import build_localized_fieldname

_sources: dict[str, "SearchSource"] = {}


@dataclass(frozen=True)
class Document:
    """One searchable text of an item in one language; ``part`` 0 is the item as a whole."""

    title: str
    text: str
    part: int = 0
    anchor: str = ""


def plain(html: str | None) -> str:
    """The text of a stored HTML fragment, as words separated by spaces."""
    return " ".join(unescape(strip_tags((html or "").replace("<", " <"))).split())


class SearchSource:
    #: The facet key (``?kind=``) and the name of its entries; short, ASCII, stable.
    key: str = ""
    model = None
    #: The facet's label: what the results call this kind of item.
    label = ""
    title_field = "title"
    text_fields: tuple[str, ...] = ()
    #: Relations the result page follows to build a hit's address and facets.
    select_related: tuple[str, ...] = ()
    #: (foreign key, model) of the things an entry shows something of (a chapter's year is its
    #: report's): saving one of them indexes the items that point to it again.
    depends_on: tuple[tuple[str, type], ...] = ()
    #: False for a model visitors read only inside other pages (an agreement on its partners'
    #: pages): its entries serve the admin's search box, never the site search.
    in_site_search = True

    def get_queryset(self):
        """Every item to index, whatever its state."""
        return self.model._default_manager.select_related(*self.select_related)

    def public(self, language: str):
        """The items visitors reading in ``language`` may see: the model's own ``published()``."""
        return self.model._default_manager.published()

    def visibility(self) -> Q:
        """The entries of this source a visitor may find, as a filter on ``SearchEntry``."""
        return Q(source=self.key, object_id__in=self.public(settings.LANGUAGE_CODE).values("pk"))

    def field(self, obj, name: str, language: str) -> str:
        """A field's own text in ``language``, without falling back."""
        return getattr(obj, build_localized_fieldname(name, language), None) or ""

    def documents(self, obj, language: str) -> list[Document]:
        """The item's texts in ``language``: none where its title has no text of its own there."""
        title = self.field(obj, self.title_field, language)
        if not title:
            return []
        text = " ".join(plain(self.field(obj, name, language)) for name in self.text_fields)
        return [Document(title=title, text=text.strip())]

    def context(self, obj, entry) -> str:
        """What the hit is part of, shown above its title (a part's chapter); empty for none."""
        return ""

    def year(self, obj) -> int | None:
        return None

    def category(self, obj) -> str:
        return ""

    def categories(self) -> list[tuple[str, str]]:
        """The values ``category()`` gives, with their labels, for the category facet."""
        return []

    def url(self, obj, anchor: str = "") -> str:
        url = obj.get_absolute_url()
        return f"{url}#{anchor}" if anchor and "#" not in url else url


def register(source_class: type[SearchSource]) -> type[SearchSource]:
    """Class decorator: make a source's model searchable (from an app's ``ready()``)."""
    source = source_class()
    _sources[source.key] = source
    from cndh.search.index import connect

    connect(source)
    return source_class


def sources() -> dict[str, SearchSource]:
    return _sources


def source_for(model) -> SearchSource | None:
    for source in _sources.values():
        if source.model is model:
            return source
    return None
