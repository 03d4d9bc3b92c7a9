"""Replace the database and the media files with a backup's (README "Backups")."""

import tempfile
from pathlib import Path

from django.core.files.storage import FileSystemStorage, storages
from django.core.management.base import BaseCommand

from cndh.backup import fetch, restore, unpack


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup`: the whole database and every media file "
        "are replaced, then the migrations this version has and the backup had not are applied."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A name in the backups storage, or the path of an archive.")
        parser.add_argument("--from", dest="source", metavar="DIR", help="Read the archive from this folder.")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, *args, archive, source=None, interactive=True, **options):
        with tempfile.TemporaryDirectory(prefix="cndh-restore-") as work:
            local = fetch(archive, self.storage(archive, source), Path(work))
            unpacked = Path(work, "unpacked")
            # Every check runs before the question, so nobody confirms a restore that is then refused.
            manifest = unpack(local, archive, unpacked)
            count = len(manifest["media"])
            if interactive and not self.confirmed(manifest, count):
                self.stdout.write("Restore cancelled: nothing changed.")
                return
            applied = restore(unpacked, manifest)
        self.stdout.write(
            f"Restored the database and {count} media files from {archive}, made at {manifest['created_at']}; "
            f"migrations applied since: {', '.join(applied) or 'none'}."
        )

    def storage(self, archive: str, source: str | None):
        """Where the archive is: the folder given, the path itself, or the backups storage."""
        if source:
            return FileSystemStorage(location=source)
        if Path(archive).is_file():
            return None
        return storages["backups"]

    def confirmed(self, manifest: dict, count: int) -> bool:
        answer = input(
            f"This replaces the whole database and every media file of the site with the backup made at "
            f"{manifest['created_at']} ({count} media files). Type 'yes' to go on: "
        )
        return answer.strip() == "yes"
