"""The two engines behind one interface: PostgreSQL full-text search and SQLite's FTS5.

Both receive the query already in its indexed form (``cndh.search.text``), grouped by the
language of the entries it is meant for, and answer the same two questions: which entries
match, with what rank; and which indexed word is nearest a misspelt one.
"""

from django.db import connection
from django.db.models import BooleanField, FloatField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length

from cndh.models import SearchWord
from cndh.search import text
from cndh.search.index import config_for

#: A suggestion must share this much with the word typed (pg_trgm's default threshold).
SIMILARITY = 0.3


class PostgresBackend:
    """A weighted ``tsvector`` per entry (title A, text B) in its language's configuration."""

    @staticmethod
    def _tsquery(terms: list[str], prefix: bool) -> str:
        lexemes = ["'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in terms]
        if prefix:
            lexemes[-1] += ":*"
        return " & ".join(lexemes)

    def _queries(self, groups: dict[str, list[str]], prefix: bool) -> list[tuple[str, str]]:
        """(configuration, tsquery) for each distinct query the groups give."""
        queries = {config_for(language): self._tsquery(terms, prefix) for language, terms in groups.items()}
        return list(dict.fromkeys(queries.items()))

    def matching_ids(self, queryset, groups: dict[str, list[str]], *, prefix: bool = False):
        # An entry matches the query as its own language's configuration reads it; the condition
        # names each distinct query once, without the configuration, so that the GIN index
        # answers it (a word that matches across languages is a match all the same).
        queries = self._queries(groups, prefix)
        conditions = " OR ".join(["vector @@ to_tsquery(%s::regconfig, %s)"] * len(queries))
        params = [value for pair in queries for value in pair]
        # The SQL is this method's own text; every value (configuration, query) is a parameter.
        return queryset.filter(RawSQL(conditions, params, output_field=BooleanField()))  # noqa: S611  # nosec B611

    def matching(self, queryset, groups: dict[str, list[str]], *, prefix: bool = False):
        """The matches with their rank, on the title and the opening of the text (migration
        0004's ``rank_vector``) in the entry's own configuration."""
        queries = self._queries(groups, prefix)
        ranks = " ".join(["WHEN %s THEN ts_rank(rank_vector, to_tsquery(%s::regconfig, %s))"] * len(queries))
        params = [value for config, query in queries for value in (config, config, query)]
        rank = RawSQL(f"CASE config {ranks} ELSE 0 END", params, output_field=FloatField())  # noqa: S611  # nosec B611
        return self.matching_ids(queryset, groups, prefix=prefix).annotate(rank=rank)

    def similar_words(self, words: list[str]) -> dict[str, str]:
        """The nearest indexed word to each of ``words`` that has one, in one query."""
        with connection.cursor() as cursor:
            # ``%`` is pg_trgm's "similar" operator (threshold 0.3, as SIMILARITY), which the
            # trigram index answers.
            cursor.execute(
                "SELECT typed.word, (SELECT word FROM cndh_searchword WHERE word %% typed.word "
                "ORDER BY similarity(word, typed.word) DESC, word LIMIT 1) "
                "FROM unnest(%s::text[]) AS typed(word)",
                [list(words)],
            )
            return {typed: near for typed, near in cursor.fetchall() if near}


class SQLiteBackend:
    """FTS5 over the indexed words, ranked by BM25 with the title weighing ten times the text."""

    @staticmethod
    def _match(groups: dict[str, list[str]], prefix: bool) -> str:
        alternatives = []
        for terms in groups.values():
            quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
            if prefix:
                quoted[-1] += "*"
            alternative = "(" + " AND ".join(quoted) + ")"
            if alternative not in alternatives:
                alternatives.append(alternative)
        return " OR ".join(alternatives)

    def matching(self, queryset, groups: dict[str, list[str]], *, prefix: bool = False):
        match = self._match(groups, prefix)
        # The FTS5 table joined on the entry's id, so that SQLite reads each match once; its rank
        # column is BM25 as migration 0004 set it (lower is better). A correlated subquery would
        # run the full-text query once per entry, and bm25() itself cannot be called where the
        # query orders by the rank (in the window that keeps one entry per item).
        joined = queryset.extra(
            tables=["cndh_searchentry_fts"],
            where=["cndh_searchentry_fts.rowid = cndh_searchentry.id", "cndh_searchentry_fts MATCH %s"],
            params=[match],
        )
        return joined.annotate(rank=RawSQL("-cndh_searchentry_fts.rank", [], output_field=FloatField()))

    def matching_ids(self, queryset, groups: dict[str, list[str]], *, prefix: bool = False):
        found = RawSQL(
            "SELECT rowid FROM cndh_searchentry_fts WHERE cndh_searchentry_fts MATCH %s", [self._match(groups, prefix)]
        )
        return queryset.filter(id__in=found)

    def similar_words(self, words: list[str]) -> dict[str, str]:
        # SQLite has no trigram index (spellfix1 is not built into Python's sqlite3): the words of
        # a near length are compared here, with pg_trgm's measure.
        sizes = [len(word) for word in words]
        if not sizes:
            return {}
        near = SearchWord.objects.alias(size=Length("word")).filter(size__range=(min(sizes) - 2, max(sizes) + 2))
        candidates = list(near.values_list("word", flat=True))
        found = {}
        for word in words:
            scored = [(-text.similarity(word, c), c) for c in candidates if abs(len(c) - len(word)) <= 2]
            best = min(scored, default=None)
            if best and -best[0] >= SIMILARITY:
                found[word] = best[1]
        return found


def backend() -> PostgresBackend | SQLiteBackend:
    """The engine of the database in use: migration 0004 builds the index for these two only."""
    return PostgresBackend() if connection.vendor == "postgresql" else SQLiteBackend()
