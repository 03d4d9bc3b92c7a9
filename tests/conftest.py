import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def page_cache(settings):
    """The page cache and the shared fragments on (tests run with them off: see cndh/settings/test.py)."""
    settings.PAGE_CACHE_SECONDS = 3600
    settings.FRAGMENT_CACHE_SECONDS = 3600


@pytest.fixture
def staff_client(db, django_user_model):
    from django.test import Client

    client = Client()
    user = django_user_model.objects.create_user("editor", "editor@example.org", "a-long-test-password", is_staff=True)
    client.force_login(user)
    return client


@pytest.fixture
def admin_client(db, admin_user):
    """A superuser signed in as the admin requires by default: password and an enrolled authenticator app.

    pytest-django's own fixture signs in with the password only, which the admin now
    answers with the enrolment page (DJANGO_OTP_REQUIRED defaults to superusers).
    """
    from tests.helpers import verified_admin_client

    return verified_admin_client(admin_user)


@pytest.fixture(autouse=True)
def _arabic_by_default():
    """Each test starts in the default language, whatever the previous request activated."""
    from django.utils import translation

    translation.activate("ar")
    yield
    translation.deactivate()


# --- the demo content, loaded once per test process ---
#
# Running load_demo costs 0.3 to 3 seconds (the most on a busy machine), and dozens of
# tests want its content. It is loaded once, inside a transaction that is rolled back,
# and its rows are kept in memory, already converted to database values; each test that
# asks for ``demo`` gets them inserted again with one executemany per table. Of the ways
# measured on this content (289 rows; best of five, SQLite / PostgreSQL), it is by far
# the fastest: load_demo 250 / 440 ms, Django's deserialize_db_from_string (behind
# serialized_rollback) 180 / 330 ms, bulk_create of the saved instances 22 / 42 ms,
# executemany 2 / 23 ms. It skips the model layer and the JSON round trip, and the rows
# need no ordering because Django creates every foreign key DEFERRABLE INITIALLY
# DEFERRED on both backends.
#
# The content does not depend on the site's clock (CNDH_TODAY): the loaders read no
# date but the fixed ones of the content, so one snapshot serves every test, whatever
# day it sets before or after asking for the demo. Rows with no date in the content are
# published when the snapshot is taken, which is in the past for every test, as when the
# test loaded them itself.


@dataclass(frozen=True)
class DemoTable:
    model: type
    insert: str
    rows: list[tuple]


@dataclass(frozen=True)
class DemoSnapshot:
    tables: list[DemoTable]
    media: Path


class _Rollback(Exception):
    pass


def _take_demo_snapshot(media: Path) -> DemoSnapshot:
    from django.apps import apps
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import override_settings

    models = [m for m in apps.get_models(include_auto_created=True) if m._meta.managed and not m._meta.proxy]
    quote = connection.ops.quote_name
    tables = []
    try:
        with transaction.atomic(), override_settings(MEDIA_ROOT=media):
            before = {model: model._base_manager.count() for model in models}
            call_command("load_demo", verbosity=0)
            for model in models:
                if model._base_manager.count() == before[model]:
                    continue
                # Rows already there (content types, permissions) come from migrate, and the
                # flush after a transactional test puts them back: re-inserting would clash.
                assert before[model] == 0, f"load_demo changed {model._meta.label}, which migrate fills"
                fields = model._meta.local_concrete_fields
                rows = [
                    tuple(field.get_db_prep_save(value, connection) for field, value in zip(fields, row, strict=True))
                    for row in model._base_manager.values_list(*(field.attname for field in fields))
                ]
                columns = ", ".join(quote(field.column) for field in fields)
                placeholders = ", ".join(["%s"] * len(fields))
                insert = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
                tables.append(DemoTable(model, insert, rows))
            raise _Rollback
    except _Rollback:
        pass
    return DemoSnapshot(tables, media)


@pytest.fixture(scope="session")
def _demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        return _take_demo_snapshot(tmp_path_factory.mktemp("demo-media"))


@pytest.fixture
def demo(db, _media_root, _demo_snapshot, settings):
    """The demo content (as ``manage.py load_demo`` leaves it), in this test's database only.

    In a test module marked ``transaction=True`` (the browser tests), the rows are
    committed, so the live server sees them, and the flush after the test removes them.
    """
    from django.core.management.color import no_style
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        for table in _demo_snapshot.tables:
            cursor.executemany(table.insert, table.rows)
        # The rows keep their ids; a row the test creates must not take one of them.
        for sql in connection.ops.sequence_reset_sql(no_style(), [table.model for table in _demo_snapshot.tables]):
            cursor.execute(sql)
    # The demo's documents (report PDFs), where the restored rows say they are.
    shutil.copytree(_demo_snapshot.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
