"""Searching: what visitors and staff call, whichever engine answers.

``site_search`` gives a page of results (one per item or chapter part, in the visitor's language
when it matched there, else in the language it matched in), the facets with their counts and, when
nothing matched, a spelling suggestion that does find something. ``title_suggestions`` gives the
first titles as a visitor types; ``matching_ids`` serves the admin's search box.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from cndh.i18n import Localized
from cndh.models import SearchEntry
from cndh.search import text
from cndh.search.backends import backend
from cndh.search.registry import SearchSource, source_for, sources

#: Words of a query past this many are ignored: no one types more, and each costs a join term.
MAX_WORDS = 12
EXCERPT_WORDS = 36


@dataclass(frozen=True)
class Query:
    """A visitor's query as words; what the engines receive is built from these alone, so no
    operator, quote or bracket a visitor types ever reaches them."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, raw: str) -> "Query":
        return cls(tuple(text.words(raw)[:MAX_WORDS]))

    def __bool__(self) -> bool:
        return bool(self.groups())

    def __str__(self) -> str:
        return " ".join(self.words)

    def groups(self, *, prefix: bool = False) -> dict[str, list[str]]:
        """The query's indexed forms for the entries of each language."""
        groups = {}
        for language, _name in settings.LANGUAGES:
            terms = [t for t in (text.term(word, language) for word in self.words) if t]
            if prefix and terms:
                # The last word is being typed: match the beginning of indexed words.
                terms[-1] = text.prefix_term(self.words[-1], language) or terms[-1]
            if terms:
                groups[language] = terms
        return groups

    def matched_terms(self, language: str) -> set[str]:
        return set(self.groups().get(language, ()))


@dataclass
class Facet:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Hit:
    source: SearchSource
    entry: SearchEntry
    url: str
    title: Localized
    excerpt: SafeString
    context: str = ""

    @property
    def kind(self) -> str:
        return self.source.label

    @property
    def language(self) -> str:
        return self.entry.language


@dataclass
class Results:
    query: Query
    page: Page | None = None
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    suggestion: str = ""

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page else 0


def visible_entries():
    """Entries of items visitors may see, by each source's own visibility rules."""
    condition = Q()
    for source in sources().values():
        if source.in_site_search:
            condition |= source.visibility()
    return SearchEntry.objects.filter(condition) if condition else SearchEntry.objects.none()


def _matches(query: Query, entries=None, *, kind="", year=None, category="", prefix=False, ranked=True):
    """The entries (by default the visible ones) that match, narrowed by the facets chosen,
    with their ``rank`` unless ``ranked`` is false."""
    if entries is None:
        entries = visible_entries()
    if kind:
        entries = entries.filter(source=kind)
    if year:
        entries = entries.filter(year=year)
    if category:
        entries = entries.filter(category=category)
    find = backend().matching if ranked else backend().matching_ids
    return find(entries, query.groups(prefix=prefix), prefix=prefix)


def _language_first(language: str):
    return Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())


def _best_per_item(matches, language: str):
    """The ids of one entry per item or chapter part, best first: in ``language`` when it matched
    there, else the best ranked. Only narrow columns go through the sorts; the page's entries
    are read afterwards by id (``_entries``)."""
    best = (
        matches.values("id")
        .annotate(
            preferred=_language_first(language),
            row=Window(
                RowNumber(),
                partition_by=[F("source"), F("object_id"), F("part")],
                order_by=[_language_first(language).asc(), F("rank").desc(), F("id").asc()],
            ),
        )
        .filter(row=1)
    )
    return best.order_by("preferred", "-rank", "id").values_list("id", flat=True)


def _entries(ids) -> list[SearchEntry]:
    """The entries of ``ids``, in that order."""
    ids = list(ids)
    found = SearchEntry.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def excerpt(body: str, matched: set[str], language: str, *, size: int = EXCERPT_WORDS) -> SafeString:
    """Some ``size`` words of ``body`` around its first matched word, matches in ``<mark>``."""
    spans = [m.span() for m in text.WORD.finditer(body or "")]
    if not spans:
        return mark_safe("")  # noqa: S308  # nosec B308 B703  # empty

    def found(begin: int, end: int) -> bool:
        return text.term(body[begin:end], language) in matched

    # Words are stemmed up to the first match and in the window only, not through a long text.
    first = next((i for i, (begin, end) in enumerate(spans) if found(begin, end)), 0)
    start = max(0, first - size // 3)
    window = spans[start : start + size]
    pieces, cursor = [], window[0][0]
    for begin, end in window:
        pieces.append(escape(body[cursor:begin]))
        word = escape(body[begin:end])
        pieces.append(f"<mark>{word}</mark>" if found(begin, end) else word)
        cursor = end
    before = "… " if start > 0 else ""
    after = " …" if start + size < len(spans) else escape(body[cursor:])
    return mark_safe(before + "".join(pieces) + after)  # noqa: S308  # nosec B308 B703  # escaped above


def _hits(entries: list[SearchEntry], query: Query) -> list[Hit]:
    """Hits for a page of entries: one query per kind of item on the page, for their addresses."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for entry in entries:
        by_source[entry.source].append(entry.object_id)
    objects = {}
    for key, ids in by_source.items():
        source = sources()[key]
        for obj in source.get_queryset().filter(pk__in=ids):
            objects[key, obj.pk] = obj
    hits = []
    for entry in entries:
        obj = objects.get((entry.source, entry.object_id))
        if obj is None:
            continue
        source = sources()[entry.source]
        with translation.override(entry.language):
            url = source.url(obj, entry.anchor)
        matched = query.matched_terms(entry.language)
        title = Localized(entry.title, entry.language)
        body = excerpt(entry.text or entry.title, matched, entry.language)
        hits.append(Hit(source, entry, url, title, body, context=source.context(obj, entry)))
    return hits


class _CountedPaginator(Paginator):
    """A paginator told its count: the facets' query has counted the results already."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self) -> int:
        return self._known_count


def _result_counts(matches) -> list[tuple[str, int | None, str, int]]:
    """(kind, year, category, results) for the matches, in one query: a result is an item or a
    chapter part, whatever the languages it matched in, and has one kind, year and category."""
    results = matches.values("source", "object_id", "part", "year", "category").distinct().order_by()
    sql, params = results.query.sql_with_params()
    with connection.cursor() as cursor:
        # Django's own SQL for the distinct results, counted by kind, year and category.
        cursor.execute(
            f"SELECT source, year, category, COUNT(*) FROM ({sql}) AS results GROUP BY source, year, category",  # noqa: S608  # nosec B608
            params,
        )
        return [tuple(row) for row in cursor.fetchall()]


def _facets(counts, *, kind: str, year, category: str) -> dict[str, list[Facet]]:
    """Results per kind, year and category among all the matches."""
    kinds, years, categories = defaultdict(int), defaultdict(int), defaultdict(int)
    for source, item_year, item_category, n in counts:
        kinds[source] += n
        if item_year is not None:
            years[str(item_year)] += n
        if item_category:
            categories[item_category] += n
    category_labels = dict(choice for source in sources().values() for choice in source.categories())
    return {
        "kind": [
            Facet(key, str(source.label), kinds[key], key == kind) for key, source in sources().items() if key in kinds
        ],
        "year": [Facet(value, value, years[value], value == str(year or "")) for value in sorted(years, reverse=True)],
        "category": [
            Facet(value, str(label), categories[value], value == category)
            for value, label in category_labels.items()
            if value in categories
        ],
    }


def spelling_suggestion(query: Query, language: str) -> str:
    """The query with each word the index does not know replaced by the nearest one it does,
    when that query finds something visitors may see; else empty."""
    folded = {word: text.fold(word) for word in query.words}
    near = backend().similar_words(sorted({f for f in folded.values() if len(f) >= 3}))
    words, changed = [], False
    for word in query.words:
        replacement = near.get(folded[word])
        if replacement and replacement != folded[word]:
            words.append(replacement)
            changed = True
        else:
            words.append(word)
    if not changed:
        return ""
    suggestion = Query(tuple(words))
    # Counted, not ``exists()``: with LIMIT 1, PostgreSQL would rather scan the table in order
    # than read the full-text index.
    return str(suggestion) if _result_counts(_matches(suggestion, ranked=False)) else ""


def site_search(*, query: Query, language: str, kind="", year=None, category="", page=1, per_page=20) -> Results:
    results = Results(query=query)
    if not query:
        return results
    # One query counts the results by kind, year and category: the facets, and the number of
    # results the chosen ones leave; a second lists the page.
    visible = visible_entries()  # built once: its conditions are most of the SQL's making
    counts = _result_counts(_matches(query, visible, ranked=False))
    narrowed_count = sum(
        n
        for source, item_year, item_category, n in counts
        if kind in ("", source) and year in (None, item_year) and category in ("", item_category)
    )
    narrowed = _matches(query, visible, kind=kind, year=year, category=category)
    paginator = _CountedPaginator(_best_per_item(narrowed, language), per_page, count=narrowed_count)
    results.page = paginator.get_page(page)
    results.hits = _hits(_entries(results.page.object_list), query)
    results.facets = _facets(counts, kind=kind, year=year, category=category)
    if not results.count and not (kind or year or category):
        results.suggestion = spelling_suggestion(query, language)
    return results


def title_suggestions(*, query: Query, language: str, limit: int = 5) -> list[Hit]:
    """The first titles that match as the visitor types (the last word counts as begun)."""
    if not query:
        return []
    entries = _entries(_best_per_item(_matches(query, prefix=True), language)[:limit])
    return _hits(entries, query)


def matching_ids(model, raw: str):
    """The primary keys of ``model``'s items whose text matches ``raw``, in any language and state
    (the admin's search box); None when the model is not indexed."""
    source = source_for(model)
    query = Query.parse(raw)
    if source is None:
        return None
    if not query:
        return SearchEntry.objects.none().values("object_id")
    entries = SearchEntry.objects.filter(source=source.key)
    return backend().matching_ids(entries, query.groups(prefix=True), prefix=True).values("object_id")
