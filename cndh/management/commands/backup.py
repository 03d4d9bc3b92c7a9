"""Back up the database and the media files as one archive (README "Backups")."""

from django.core.files.storage import FileSystemStorage, storages
from django.core.management.base import BaseCommand

from cndh.backup import make_backup


class Command(BaseCommand):
    help = (
        "Write one archive of the database and every media file, with a manifest, to the backups "
        "storage (DJANGO_BACKUP_ROOT, or the S3 bucket of DJANGO_BACKUP_S3_BUCKET) or to --to DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("--to", metavar="DIR", help="Write the archive into this folder instead.")

    def handle(self, *args, to=None, **options):
        storage = FileSystemStorage(location=to) if to else storages["backups"]
        name, manifest = make_backup(storage)
        where = storage.path(name) if to else name
        self.stdout.write(f"Wrote {where}: the database and {len(manifest['media'])} media files.")
