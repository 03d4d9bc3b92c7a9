"""The engines' own index of ``SearchEntry``: a weighted ``tsvector`` with a GIN index and
pg_trgm on PostgreSQL, an FTS5 table on SQLite. Triggers keep both in step with every insert,
update and delete, whatever writes the rows."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

POSTGRESQL = [
    # ``vector`` holds every word, for matching (through the GIN index); ``rank_vector`` the
    # title and the opening of the text, for ranking: ts_rank reads the vector of every match,
    # and a small one kept in the row (STORAGE MAIN) is read without a trip to the TOAST table.
    "ALTER TABLE cndh_searchentry ADD COLUMN vector tsvector, ADD COLUMN rank_vector tsvector",
    "ALTER TABLE cndh_searchentry ALTER COLUMN rank_vector SET STORAGE MAIN",
    """CREATE FUNCTION cndh_searchentry_vector() RETURNS trigger AS $$
    BEGIN
        NEW.vector := setweight(to_tsvector(NEW.config::regconfig, NEW.title_terms), 'A')
            || setweight(to_tsvector(NEW.config::regconfig, NEW.terms), 'B');
        NEW.rank_vector := setweight(to_tsvector(NEW.config::regconfig, NEW.title_terms), 'A')
            || setweight(to_tsvector(NEW.config::regconfig, left(NEW.terms, 400)), 'B');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER cndh_searchentry_vector BEFORE INSERT OR UPDATE ON cndh_searchentry
    FOR EACH ROW EXECUTE FUNCTION cndh_searchentry_vector()""",
    "CREATE INDEX cndh_searchentry_vector_gin ON cndh_searchentry USING gin (vector)",
    "CREATE INDEX cndh_searchword_word_trgm ON cndh_searchword USING gin (word gin_trgm_ops)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX cndh_searchword_word_trgm",
    "DROP TRIGGER cndh_searchentry_vector ON cndh_searchentry",
    "DROP FUNCTION cndh_searchentry_vector()",
    "ALTER TABLE cndh_searchentry DROP COLUMN vector, DROP COLUMN rank_vector",
]

SQLITE = [
    # The words arrive folded and stemmed (cndh.search.text): the tokenizer only splits them.
    """CREATE VIRTUAL TABLE cndh_searchentry_fts USING fts5(
        title_terms, terms, content='cndh_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0')""",
    # Its rank column: BM25 with the title weighing ten times the text.
    "INSERT INTO cndh_searchentry_fts(cndh_searchentry_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
    """CREATE TRIGGER cndh_searchentry_fts_insert AFTER INSERT ON cndh_searchentry BEGIN
        INSERT INTO cndh_searchentry_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms);
    END""",
    """CREATE TRIGGER cndh_searchentry_fts_delete AFTER DELETE ON cndh_searchentry BEGIN
        INSERT INTO cndh_searchentry_fts(cndh_searchentry_fts, rowid, title_terms, terms)
        VALUES ('delete', old.id, old.title_terms, old.terms);
    END""",
    """CREATE TRIGGER cndh_searchentry_fts_update AFTER UPDATE ON cndh_searchentry BEGIN
        INSERT INTO cndh_searchentry_fts(cndh_searchentry_fts, rowid, title_terms, terms)
        VALUES ('delete', old.id, old.title_terms, old.terms);
        INSERT INTO cndh_searchentry_fts(rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER cndh_searchentry_fts_update",
    "DROP TRIGGER cndh_searchentry_fts_delete",
    "DROP TRIGGER cndh_searchentry_fts_insert",
    "DROP TABLE cndh_searchentry_fts",
]
STATEMENTS = {"postgresql": (POSTGRESQL, POSTGRESQL_REVERSE), "sqlite": (SQLITE, SQLITE_REVERSE)}


def _run(schema_editor, reverse: bool):
    forwards, backwards = STATEMENTS.get(schema_editor.connection.vendor, ((), ()))
    for statement in backwards if reverse else forwards:
        schema_editor.execute(statement)


def forwards(apps, schema_editor):
    _run(schema_editor, reverse=False)


def backwards(apps, schema_editor):
    _run(schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [("cndh", "0003_search_index")]

    operations = [
        TrigramExtension(),  # PostgreSQL only; the operation does nothing elsewhere
        migrations.RunPython(forwards, backwards),
    ]
