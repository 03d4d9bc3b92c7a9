"""Backups and restores of the whole site (README "Backups"), on the database the suite runs on.

Each test makes real archives with ``manage.py backup`` and restores them with
``manage.py restore``: pg_dump and psql against the test database on PostgreSQL, the
backup API of SQLite on its file.
"""

import builtins
import io
import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from PIL import Image

from cndh import backup as backup_module
from news.models import NewsItem
from partners.models import Partner
from reports.models import Report
from tests import factories
from tests.helpers import clean_environment, database_url, free_port

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
OLDER = ("news", "0003_newsletter_moves_to_its_app")
NEWEST = ("news", "0004_uploads_named_by_the_site")


@pytest.fixture(autouse=True)
def backups(tmp_path, settings):
    """The backups storage of this test: a folder of its own."""
    folder = tmp_path / "backups"
    settings.STORAGES = {
        **settings.STORAGES,
        "backups": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": folder}},
    }
    return folder


@pytest.fixture
def site(demo, settings):
    """The demo content (report PDFs among its files) and a partner with a logo."""
    partner = factories.PartnerFactory(slug="with-a-logo", name_fr="Partenaire au logo")
    png = io.BytesIO()
    Image.new("RGB", (24, 24), "teal").save(png, "PNG")
    partner.logo.save("logo.png", ContentFile(png.getvalue()), save=True)
    return partner


def backup(*arguments: str) -> str:
    """Run ``manage.py backup``; return the name (or path) it wrote."""
    out = io.StringIO()
    call_command("backup", *arguments, stdout=out)
    return re.fullmatch(r"Wrote (\S+): the database and \d+ media files\.\n", out.getvalue()).group(1)


def restore(archive: str, *arguments: str) -> str:
    out = io.StringIO()
    call_command("restore", archive, "--no-input", *arguments, stdout=out)
    return out.getvalue()


def rows() -> list[dict]:
    """Every row of the database, as dumpdata writes them (sessions aside: the client's own)."""
    out = io.StringIO()
    call_command("dumpdata", exclude=["sessions"], stdout=out)
    return sorted(json.loads(out.getvalue()), key=lambda row: (row["model"], str(row["pk"])))


def files(settings) -> dict[str, bytes]:
    root = Path(settings.MEDIA_ROOT)
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}


def page(client, path: str) -> str:
    """A public page's HTML, without what changes from one request to the next."""
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return re.sub(r'nonce="[^"]*"', "", html)


def public_pages(partner) -> list[str]:
    report = Report.objects.filter(documents__isnull=False).first()
    return [partner.get_absolute_url(), report.get_absolute_url()]


def rewrite(archive: Path, *, manifest=None, members: dict | None = None, links: dict | None = None) -> None:
    """Write ``archive`` again with its manifest changed by ``manifest(m)``, the members in
    ``members`` (name: bytes) replacing or added to its own, and symbolic links added."""
    members = dict(members or {})
    with tarfile.open(archive, "r:gz") as tar:
        content = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    if manifest is not None:
        parsed = json.loads(content["manifest.json"])
        manifest(parsed)
        content["manifest.json"] = json.dumps(parsed).encode()
    content.update(members)
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in content.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.SYMTYPE, target
            tar.addfile(info)


def manifest_of(archive: Path) -> dict:
    with tarfile.open(archive, "r:gz") as tar:
        return json.load(tar.extractfile("manifest.json"))


def change_after_the_backup(settings) -> Partner:
    """What a refused restore must leave as it is: a renamed partner and a new file."""
    partner = Partner.objects.get(slug="with-a-logo")
    Partner.objects.filter(pk=partner.pk).update(name_fr="Renommé après la sauvegarde")
    Path(settings.MEDIA_ROOT, "after-the-backup.txt").write_text("uploaded later")
    return partner


def assert_unchanged_since(partner, settings) -> None:
    assert Partner.objects.get(pk=partner.pk).name_fr == "Renommé après la sauvegarde"
    assert Path(settings.MEDIA_ROOT, "after-the-backup.txt").read_text() == "uploaded later"


# --- the round trip ---


def test_a_restore_brings_back_every_row_every_file_and_the_same_pages(site, client, settings, backups):
    pages = public_pages(site)
    before_rows, before_files = rows(), files(settings)
    before_pages = [page(client, path) for path in pages]
    assert site.logo.name in before_files and any(name.endswith(".pdf") for name in before_files)

    name = backup()
    manifest = manifest_of(backups / name)
    assert manifest["database"]["vendor"] == connection.vendor
    assert manifest["migrations"]["news"][-1] == NEWEST[1]
    assert {entry["name"] for entry in manifest["media"]} == set(before_files)

    # Then the site lives on: rows deleted and edited, a file lost, another uploaded.
    NewsItem.objects.filter(pk__in=list(NewsItem.objects.values_list("pk", flat=True)[:3])).delete()
    Report.objects.filter(documents__isnull=False).update(title_ar="عنوان آخر")
    Path(settings.MEDIA_ROOT, site.logo.name).unlink()
    Path(settings.MEDIA_ROOT, "partners", "stray.png").write_bytes(b"not in the backup")
    factories.PartnerFactory(slug="added-after-the-backup")

    output = restore(name)

    assert f"Restored the database and {len(before_files)} media files from {name}" in output
    assert "migrations applied since: none." in output
    assert rows() == before_rows
    assert files(settings) == before_files  # no file more, no file less, the same bytes
    assert [page(client, path) for path in pages] == before_pages


def test_a_backup_can_go_to_and_come_from_a_folder_of_ones_choice(site, settings, tmp_path):
    before_rows = rows()
    path = backup("--to", str(tmp_path / "elsewhere"))
    assert Path(path).parent == tmp_path / "elsewhere"
    Partner.objects.filter(slug="with-a-logo").delete()
    restore(Path(path).name, "--from", str(tmp_path / "elsewhere"))
    assert rows() == before_rows
    Partner.objects.filter(slug="with-a-logo").delete()
    restore(path)  # a path works as well
    assert rows() == before_rows


def test_nothing_changes_unless_the_operator_types_yes(site, settings, monkeypatch):
    name = backup()
    partner = change_after_the_backup(settings)
    monkeypatch.setattr(builtins, "input", lambda prompt: "y")
    out = io.StringIO()
    call_command("restore", name, stdout=out)
    assert out.getvalue() == "Restore cancelled: nothing changed.\n"
    assert_unchanged_since(partner, settings)


# --- schemas of other versions ---


def test_an_older_backup_is_brought_up_to_this_versions_schema(site, client, backups):
    recorded = MigrationRecorder(connection).migration_qs
    call_command("migrate", *OLDER, verbosity=0)
    try:
        name = backup()
    finally:
        call_command("migrate", verbosity=0)
    assert manifest_of(backups / name)["migrations"]["news"][-1] == OLDER[1]
    assert recorded.filter(app=NEWEST[0], name=NEWEST[1]).exists()

    output = restore(name)

    assert "migrations applied since: news.0004_uploads_named_by_the_site." in output
    assert recorded.filter(app=NEWEST[0], name=NEWEST[1]).exists()
    assert client.get(site.get_absolute_url()).status_code == 200
    assert client.get(NewsItem.objects.first().get_absolute_url()).status_code == 200


def test_a_backup_made_by_a_newer_version_is_refused_and_nothing_changes(site, settings, backups):
    name = backup()
    rewrite(backups / name, manifest=lambda m: m["migrations"]["news"].append("9999_future"))
    partner = change_after_the_backup(settings)
    with pytest.raises(CommandError) as refused:
        restore(name)
    assert str(refused.value).startswith(
        "This backup was made by a newer version of the site: it has migration news.9999_future, "
        "which this version does not have. Install that version (or a later one), then restore."
    )
    assert_unchanged_since(partner, settings)


def test_a_backup_of_the_other_database_engine_is_refused(site, settings, backups):
    name = backup()
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    rewrite(backups / name, manifest=lambda m: m["database"].update(vendor=other))
    partner = change_after_the_backup(settings)
    theirs, ours = {"sqlite": ("SQLite", "PostgreSQL"), "postgresql": ("PostgreSQL", "SQLite")}[other]
    with pytest.raises(CommandError) as refused:
        restore(name)
    assert str(refused.value).startswith(
        f"This backup is of a {theirs} database; this site uses {ours}. Restore it onto {theirs}."
    )
    assert_unchanged_since(partner, settings)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL restore's transaction")
def test_a_postgresql_load_that_fails_half_way_leaves_the_database_as_it_was(site, settings, monkeypatch):
    name = backup()
    partner = change_after_the_backup(settings)
    run_tool = backup_module.run_tool

    def half_a_script(tool, *arguments, **options):
        """pg_restore writes a script that breaks after its first statement; psql runs it."""
        if tool != "pg_restore":
            return run_tool(tool, *arguments, **options)
        script = next(argument for argument in arguments if argument.startswith("--file="))
        Path(script.removeprefix("--file=")).write_text("CREATE TABLE half_loaded (id int);\nNOT SQL;\n")

    monkeypatch.setattr(backup_module, "run_tool", half_a_script)
    with pytest.raises(CommandError, match="psql failed"):
        restore(name)
    assert "half_loaded" not in connection.introspection.table_names()
    assert_unchanged_since(partner, settings)


# --- archives that are not ours, or damaged, or hostile ---


@pytest.mark.parametrize(
    ("members", "links", "refusal"),
    [
        ({"../escaped.txt": b"x"}, {}, "holds ../escaped.txt, a path outside the archive's folder"),
        ({"media/../../escaped.txt": b"x"}, {}, "holds media/../../escaped.txt, a path outside"),
        ({"/tmp/absolute.txt": b"x"}, {}, "holds /tmp/absolute.txt, a path outside"),
        ({}, {"media/passwd": "/etc/passwd"}, "holds media/passwd, which is a link or a special file"),
        ({"settings.py": b"x"}, {}, "holds settings.py, which no backup of this site holds"),
    ],
    ids=["parent", "parent-inside-media", "absolute", "link", "unknown"],
)
def test_an_archive_with_a_member_out_of_place_is_refused_before_anything_is_written(
    site, settings, backups, members, links, refusal
):
    name = backup()
    rewrite(backups / name, members=members, links=links)
    partner = change_after_the_backup(settings)
    with pytest.raises(CommandError, match=re.escape(refusal)):
        restore(name)
    assert_unchanged_since(partner, settings)
    assert not Path("/tmp/absolute.txt").exists()


def test_a_media_file_that_does_not_match_its_checksum_is_refused(site, settings, backups):
    name = backup()
    rewrite(backups / name, members={f"media/{site.logo.name}": b"damaged"})
    partner = change_after_the_backup(settings)
    with pytest.raises(CommandError, match=f"damaged: media file {re.escape(site.logo.name)} does not match"):
        restore(name)
    assert_unchanged_since(partner, settings)


def test_an_extra_media_file_or_a_missing_one_is_refused(site, settings, backups):
    name = backup()
    rewrite(backups / name, members={"media/unlisted.txt": b"x"})
    with pytest.raises(CommandError, match="holds media file unlisted.txt, which its manifest does not list"):
        restore(name)
    rewrite(backups / name, manifest=lambda m: m["media"].append({"name": "gone.pdf", "size": 1, "sha256": "0"}))
    with pytest.raises(CommandError, match="damaged: media file gone.pdf is missing"):
        restore(name)


@pytest.mark.parametrize(
    ("content", "refusal"),
    [
        (b"not an archive at all", "is not a backup of this site"),
        ("no-manifest", "is not a backup of this site: it has no manifest.json"),
        ("other-format", "is not a backup of this site: its manifest.json is not one this site writes"),
        ("incomplete", "is damaged: its manifest.json is incomplete"),
        ("version-2", "is a backup in format version 2; this version of the site reads version 1"),
    ],
)
def test_an_archive_that_is_not_a_backup_of_this_site_is_refused(site, settings, backups, content, refusal):
    name = backup()
    archive = backups / name
    if content == "no-manifest":
        with tarfile.open(archive, "w:gz") as tar:
            info = tarfile.TarInfo("media/a.txt")
            tar.addfile(info, io.BytesIO())
    elif content == "other-format":
        rewrite(archive, manifest=lambda m: m.update(format="someone-elses"))
    elif content == "incomplete":
        rewrite(archive, manifest=lambda m: m.pop("migrations"))
    elif content == "version-2":
        rewrite(archive, manifest=lambda m: m.update(format_version=2))
    else:
        archive.write_bytes(content)
    partner = change_after_the_backup(settings)
    with pytest.raises(CommandError, match=re.escape(refusal)):
        restore(name)
    assert_unchanged_since(partner, settings)


def test_a_name_that_is_not_in_the_storage_is_refused(db):
    with pytest.raises(CommandError, match="There is no backup named cndh-19700101T000000Z.tar.gz"):
        restore("cndh-19700101T000000Z.tar.gz")


# --- an S3 bucket, on a real S3-compatible server ---


@pytest.fixture
def s3_server():
    """moto's S3 server on a free port of this machine, with an empty bucket; yields its address."""
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("moto is missing: requirements-dev.txt installs it")
        pytest.skip("moto is not installed (requirements-dev.txt): the S3 storage is not checked")
    boto3 = pytest.importorskip("boto3")
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    address = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=address, **S3_CREDENTIALS).create_bucket(Bucket="cndh-backups")
    yield address
    server.stop()


S3_CREDENTIALS = {"region_name": "us-east-1", "aws_access_key_id": "test", "aws_secret_access_key": "test"}


def manage(*arguments: str, env: dict) -> str:
    """Run manage.py as an operator does, with the production settings and ``env``."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=clean_environment() | {"DJANGO_SETTINGS_MODULE": "cndh.settings.base", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_with_a_bucket_set_backups_go_to_s3_and_come_back_from_it(site, settings, s3_server):
    import boto3

    env = {
        "DATABASE_URL": database_url(),
        "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "DJANGO_BACKUP_S3_BUCKET": "cndh-backups",
        "DJANGO_BACKUP_S3_ENDPOINT_URL": s3_server,
        "DJANGO_BACKUP_S3_REGION": "us-east-1",
        "DJANGO_BACKUP_S3_ACCESS_KEY_ID": "test",
        "DJANGO_BACKUP_S3_SECRET_ACCESS_KEY": "test",
    }
    before_rows, before_files = rows(), files(settings)

    name = re.fullmatch(r"Wrote (\S+): .*\n", manage("backup", env=env)).group(1)

    bucket = boto3.client("s3", endpoint_url=s3_server, **S3_CREDENTIALS)
    assert [item["Key"] for item in bucket.list_objects_v2(Bucket="cndh-backups")["Contents"]] == [name]
    Partner.objects.filter(slug="with-a-logo").delete()
    Path(settings.MEDIA_ROOT, "stray.txt").write_text("not in the backup")
    assert "Restored the database" in manage("restore", name, "--no-input", env=env)
    assert rows() == before_rows
    assert files(settings) == before_files
