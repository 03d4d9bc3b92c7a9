"""Backups of the whole site, the database and the media files, as one archive; and their restore.

An archive (``cndh-<UTC time>.tar.gz``) holds ``manifest.json``, the database in its own
engine's native form (``database.pgdump``, PostgreSQL's custom format, or
``database.sqlite3``, a copy of the file) and every media file under ``media/``. The
manifest says what the archive is, when it was made, which database engine it comes from,
which migrations had been applied, and the size and SHA-256 of every file, so that a
restore can refuse, before it changes anything, an archive that is not one of ours, that
is damaged, that comes from the other engine or from a newer version of the site.

Native dumps rather than ``dumpdata``: they keep sequences, types and constraints exactly,
and restore in one step whatever the models have become (see docs/architecture.md).
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess  # nosec B404  # pg_dump, pg_restore and psql, with fixed argument lists, never a shell
import tarfile
import tempfile
from contextlib import closing
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import Storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "cndh-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
ENGINE_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


# --- making a backup ---


def make_backup(storage: Storage) -> tuple[str, dict]:
    """Write one archive into ``storage``; return the name it was saved under and its manifest.

    The archive is built in a temporary folder and only then handed to the storage, so a
    folder and an S3 bucket are written the same way, and a backup that fails half-way
    leaves nothing behind.
    """
    vendor = site_vendor()
    created = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    name = f"cndh-{created:%Y%m%dT%H%M%SZ}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="cndh-backup-") as work:
        dump = Path(work, DATABASE_FILES[vendor])
        migrations = dump_database(vendor, dump)
        archive = Path(work, name)
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            # The media files are read after the database dump, never before: every file a
            # row of the dump names was stored before that row was written, so it is here.
            # A file uploaded in the meantime is merely extra, as if its row were not saved yet.
            media = add_media(tar)
            tar.add(dump, arcname=dump.name)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "database": {"vendor": vendor, "file": dump.name, **size_and_digest(dump)},
                "migrations": migrations,
                "media": media,
            }
            add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode())
        with archive.open("rb") as content:
            saved = storage.save(name, File(content))
    return saved, manifest


def site_vendor() -> str:
    if connection.vendor not in DATABASE_FILES:
        raise CommandError(f"Backups support PostgreSQL and SQLite; this site uses {connection.vendor}.")
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        raise CommandError("The database is in memory: there is no file to back up or restore.")
    return connection.vendor


def dump_database(vendor: str, dump: Path) -> dict[str, list[str]]:
    """Write a consistent snapshot of the database to ``dump``; return the migrations it has applied."""
    return dump_postgresql(dump) if vendor == "postgresql" else dump_sqlite(dump)


def dump_postgresql(dump: Path) -> dict[str, list[str]]:
    """``pg_dump`` of one snapshot, exported from a transaction that reads the migrations too.

    pg_dump alone is consistent; sharing its snapshot makes the manifest's migrations
    those of the dump, even if a ``migrate`` ran at that very moment.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        migrations = applied_migrations(cursor)
        run_tool(
            "pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}", f"--file={dump}"
        )
    return migrations


def dump_sqlite(dump: Path) -> dict[str, list[str]]:
    """SQLite's online backup: a consistent copy of the file even while the site writes to it."""
    try:
        with closing(sqlite3.connect(sqlite_file(), timeout=30)) as source, closing(sqlite3.connect(dump)) as copy:
            source.backup(copy)
            return applied_migrations(copy.cursor())
    except sqlite3.Error as error:
        raise CommandError(f"SQLite could not copy the database: {error}") from error


def applied_migrations(cursor) -> dict[str, list[str]]:
    """The migrations recorded in the database ``cursor`` reads (Django's or sqlite3's), by app."""
    table = connection.ops.quote_name(MigrationRecorder.Migration._meta.db_table)
    cursor.execute(f"SELECT app, name FROM {table}")  # noqa: S608  # nosec B608  # Django's own table name
    migrations = {}
    for app, name in sorted(cursor.fetchall()):
        migrations.setdefault(app, []).append(name)
    return migrations


def add_media(tar: tarfile.TarFile) -> list[dict]:
    """Add every file under MEDIA_ROOT, hashed as it is read; return the manifest's list of them."""
    root = Path(settings.MEDIA_ROOT)
    listed = []
    for path in media_files(root):
        name = path.relative_to(root).as_posix()
        try:
            content = path.open("rb")
        except FileNotFoundError:
            continue  # deleted since it was listed: no row of the dump can need it any more
        with content:
            info = tar.gettarinfo(arcname=f"{MEDIA}/{name}", fileobj=content)
            hashing = HashingReader(content)
            tar.addfile(info, hashing)
        listed.append({"name": name, "size": info.size, "sha256": hashing.digest.hexdigest()})
    return listed


def media_files(root: Path):
    """Regular files under ``root``, in a stable order; links are left out (uploads never make one)."""
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for file_name in sorted(files):
            path = Path(folder, file_name)
            if path.is_file() and not path.is_symlink():
                yield path


class HashingReader:
    """A file that hashes what is read from it, so that each media file is read only once."""

    def __init__(self, raw):
        self.raw = raw
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.raw.read(size)
        self.digest.update(data)
        return data


def add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.datetime.now(datetime.UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


def size_and_digest(path: Path) -> dict:
    with path.open("rb") as content:
        return {"size": path.stat().st_size, "sha256": hashlib.file_digest(content, "sha256").hexdigest()}


# --- reading and checking an archive, before anything changes ---


def fetch(archive: str, storage: Storage | None, work: Path) -> Path:
    """The archive as a local file: a path as it is, a name in ``storage`` copied into ``work``."""
    if storage is None:
        return Path(archive)
    if not storage.exists(archive):
        raise CommandError(f"There is no backup named {archive} where backups are kept.")
    local = work / "archive.tar.gz"
    with storage.open(archive, "rb") as source, local.open("wb") as copy:
        shutil.copyfileobj(source, copy, 1024 * 1024)
    return local


def unpack(archive: Path, label: str, folder: Path) -> dict:
    """Unpack ``archive`` into ``folder`` and check it can be restored here; return its manifest.

    Every refusal is a ``CommandError`` whose sentence says why; nothing of the site has
    changed by then.
    """
    try:
        with tarfile.open(archive, "r:gz") as tar:
            members = tar.getmembers()
            for member in members:
                check_member(member, label)
            if len({member.name for member in members}) != len(members):
                raise CommandError(f"{label} is damaged: it holds the same file twice. Nothing was restored.")
            manifest = read_manifest(tar, label)
            # Every member was checked above; the data filter refuses anything outside the folder all the same.
            tar.extractall(folder, filter="data")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise CommandError(f"{label} is not a backup of this site ({error}). Nothing was restored.") from error
    check_engine(manifest)
    check_migrations(manifest)
    check_files(folder, manifest, label)
    return manifest


def check_member(member: tarfile.TarInfo, label: str) -> None:
    """Only what a backup holds: regular files and folders, inside the archive, in its own places."""
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts:
        raise CommandError(f"{label} holds {member.name}, a path outside the archive's folder. Nothing was restored.")
    if not (member.isfile() or member.isdir()):
        raise CommandError(
            f"{label} holds {member.name}, which is a link or a special file; a backup holds none. "
            "Nothing was restored."
        )
    if member.name not in {MANIFEST, *DATABASE_FILES.values()} and path.parts[0] != MEDIA:
        raise CommandError(f"{label} holds {member.name}, which no backup of this site holds. Nothing was restored.")


def read_manifest(tar: tarfile.TarFile, label: str) -> dict:
    """The manifest, once it is known to be ours, in the version this code reads, and whole."""
    refusal = f"{label} is not a backup of this site: "
    try:
        content = tar.extractfile(MANIFEST)
    except KeyError:
        content = None
    if content is None:
        raise CommandError(refusal + "it has no manifest.json. Nothing was restored.")
    try:
        manifest = json.loads(content.read())
    except ValueError:
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CommandError(refusal + "its manifest.json is not one this site writes. Nothing was restored.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise CommandError(
            f"{label} is a backup in format version {manifest.get('format_version')}; this version of the site "
            f"reads version {FORMAT_VERSION}. Nothing was restored."
        )
    try:
        whole = (
            isinstance(manifest["created_at"], str)
            and isinstance(manifest["database"]["vendor"], str)
            and isinstance(manifest["database"]["sha256"], str)
            and all(isinstance(names, list) for names in manifest["migrations"].values())
            and all({"name", "size", "sha256"} <= entry.keys() for entry in manifest["media"])
        )
    except (KeyError, TypeError, AttributeError):
        whole = False
    if not whole:
        raise CommandError(f"{label} is damaged: its manifest.json is incomplete. Nothing was restored.")
    return manifest


def check_engine(manifest: dict) -> None:
    theirs, ours = manifest["database"]["vendor"], site_vendor()
    if theirs != ours:
        theirs_name = ENGINE_NAMES.get(theirs, theirs)
        raise CommandError(
            f"This backup is of a {theirs_name} database; this site uses {ENGINE_NAMES[ours]}. "
            f"Restore it onto {theirs_name}. Nothing was restored."
        )


def check_migrations(manifest: dict) -> None:
    """Refuse a backup that has a migration this code does not know: a newer version of the site made it.

    Only the apps this code has migrations for are judged: rows of an app since removed (or
    renamed by its package) stay in a database that was migrated for years, and say nothing
    about the backup's age. A migration a squash here replaces is known.
    """
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    known |= {replaced for migration in loader.disk_migrations.values() for replaced in migration.replaces}
    for app, names in sorted(manifest["migrations"].items()):
        if app not in loader.migrated_apps:
            continue
        for name in names:
            if (app, name) not in known:
                raise CommandError(
                    f"This backup was made by a newer version of the site: it has migration {app}.{name}, "
                    "which this version does not have. Install that version (or a later one), then restore. "
                    "Nothing was restored."
                )


def check_files(folder: Path, manifest: dict, label: str) -> None:
    """Every file is the one the manifest lists, byte for byte, and the archive holds no other."""
    database = manifest["database"]
    if database["file"] != DATABASE_FILES[database["vendor"]] or not (folder / database["file"]).is_file():
        raise CommandError(f"{label} is damaged: its database file is missing. Nothing was restored.")
    if size_and_digest(folder / database["file"])["sha256"] != database["sha256"]:
        raise CommandError(f"{label} is damaged: its database does not match its checksum. Nothing was restored.")
    media = folder / MEDIA
    present = {path.relative_to(media).as_posix(): path for path in media_files(media)}
    listed = {entry["name"]: entry for entry in manifest["media"]}
    for name in sorted(listed.keys() - present.keys()):
        raise CommandError(f"{label} is damaged: media file {name} is missing. Nothing was restored.")
    for name in sorted(present.keys() - listed.keys()):
        raise CommandError(f"{label} holds media file {name}, which its manifest does not list. Nothing was restored.")
    for name, path in sorted(present.items()):
        if size_and_digest(path)["sha256"] != listed[name]["sha256"]:
            raise CommandError(
                f"{label} is damaged: media file {name} does not match its checksum. Nothing was restored."
            )


# --- restoring ---


def restore(folder: Path, manifest: dict) -> list[str]:
    """Replace the database and the media files with the unpacked backup's, then migrate.

    Returns the migrations applied after the restore: those this version has and the
    backup had not, which bring an older backup up to this version's schema.
    """
    if connection.in_atomic_block:
        raise CommandError("A restore replaces the whole database: run it outside a transaction.")
    if manifest["database"]["vendor"] == "postgresql":
        restore_postgresql(folder / manifest["database"]["file"])
    else:
        restore_sqlite(folder / manifest["database"]["file"])
    replace_media(folder / MEDIA)
    before = set(MigrationRecorder(connection).applied_migrations())
    call_command("migrate", interactive=False, verbosity=0, stdout=io.StringIO())
    after = set(MigrationRecorder(connection).applied_migrations())
    # Cached fragments were built from the database that is gone.
    cache.clear()
    return [f"{app}.{name}" for app, name in sorted(after - before)]


def restore_postgresql(dump: Path) -> None:
    """Empty the schema and load the dump in one transaction: a failure leaves the database as it was.

    ``pg_restore`` turns the dump into SQL, which ``psql`` runs after the ``DROP SCHEMA``,
    all inside one transaction. Restoring with ``pg_restore --dbname`` would have to drop
    the schema first, in a transaction of its own, and a dump that then failed to load
    would leave an empty database. Other connections wait for the transaction to end.
    """
    connection.close()
    script = dump.with_suffix(".sql")
    run_tool("pg_restore", "--no-owner", "--no-privileges", f"--file={script}", str(dump))
    run_tool(
        "psql",
        "--no-psqlrc",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        "--single-transaction",
        "--command=DROP SCHEMA public CASCADE; CREATE SCHEMA public;",
        f"--file={script}",
        extra_env={"PGOPTIONS": "-c client_min_messages=warning"},
    )


def restore_sqlite(copy: Path) -> None:
    """SQLite's backup API, from the archive's copy into the site's file: one write transaction."""
    connection.close()
    try:
        with closing(sqlite3.connect(copy)) as source, closing(sqlite3.connect(sqlite_file(), timeout=30)) as target:
            source.backup(target)
    except sqlite3.Error as error:
        raise CommandError(f"SQLite could not restore the database: {error}") from error


def replace_media(unpacked: Path) -> None:
    """MEDIA_ROOT's content becomes the backup's. The folder itself stays: it may be a mounted volume."""
    root = Path(settings.MEDIA_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    if unpacked.is_dir():
        for child in unpacked.iterdir():
            shutil.move(child, root / child.name)


# --- the database's own tools ---


def sqlite_file() -> str:
    """The site's database file; never one sqlite3 would create empty on a mistyped name."""
    name = str(connection.settings_dict["NAME"])
    if not Path(name).is_file():
        raise CommandError(f"There is no database file at {name}: run `manage.py migrate` first.")
    return name


def libpq_environment() -> dict[str, str]:
    """The connection settings as libpq reads them from the environment: the password never
    appears on a command line, where any user of the machine could read it."""
    db = connection.settings_dict
    values = {
        "PGHOST": db.get("HOST"),
        "PGPORT": db.get("PORT"),
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGDATABASE": db.get("NAME"),
        "PGSSLMODE": (db.get("OPTIONS") or {}).get("sslmode"),
    }
    return {**os.environ, **{key: str(value) for key, value in values.items() if value}}


def run_tool(tool: str, *arguments: str, extra_env: dict | None = None) -> None:
    binary = shutil.which(tool)
    if binary is None:
        raise CommandError(f"{tool} is not installed (Debian's postgresql-client has it).")
    result = subprocess.run(  # nosec B603  # a fixed argument list, no shell
        [binary, *arguments],
        env={**libpq_environment(), **(extra_env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise CommandError(f"{tool} failed (exit status {result.returncode}): {result.stderr.strip()}")
