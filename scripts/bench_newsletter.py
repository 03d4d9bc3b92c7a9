"""Time one newsletter edition through a real worker process to a local SMTP sink.

Seeds N active subscribers (10,000 by default) in a fresh database, queues one
edition on the database task queue, starts an aiosmtpd sink and one
``manage.py db_worker --batch`` process, and prints messages per second and the
worker's peak memory (its maximum resident set size).

    .venv/bin/python scripts/bench_newsletter.py                       # SQLite in a temporary file
    .venv/bin/python scripts/bench_newsletter.py --database-url postgres://postgres@127.0.0.1:5432/cndh_bench
    .venv/bin/python scripts/bench_newsletter.py --connections 1 --load 2   # one connection, on a loaded machine

The PostgreSQL database must exist and may be emptied: the script migrates it and deletes
subscribers, editions and deliveries first.
"""

import argparse
import os
import secrets
import socket
import subprocess  # nosec B404  # fixed argument lists, no shell
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ar", "fr", "zgh", "en")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"the SMTP sink did not start on port {port}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--connections", type=int, default=8, help="SMTP connections of the worker")
    parser.add_argument("--load", type=int, default=0, help="busy processes beside it, for a loaded machine")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="cndh-bench-"))
    database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cndh.settings.base",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SITE_URL": "https://cndh.example.org",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url,
        "DJANGO_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(port),
        "DJANGO_NEWSLETTER_BATCH_SIZE": str(args.batch_size),
        "DJANGO_NEWSLETTER_CONNECTIONS": str(args.connections),
    }
    os.environ.update(env)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)  # nosec B603  # fixed arguments

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.utils import timezone

    from news.models import NewsItem
    from news.newsletter import services
    from news.newsletter.models import Delivery, Edition, Subscriber

    Delivery.objects.all().delete()
    Edition.objects.all().delete()
    Subscriber.objects.all().delete()
    Subscriber.objects.bulk_create(
        (
            Subscriber(email=f"reader{n}@example.org", language=LANGUAGES[n % 4], status=Subscriber.Status.ACTIVE)
            for n in range(args.subscribers)
        ),
        batch_size=2000,
    )
    items = []
    for n in range(5):
        item, _created = NewsItem.objects.update_or_create(
            slug=f"bench-news-{n}",
            defaults={
                "title_ar": f"خبر للقياس {n}",
                "title_fr": f"Actualité de mesure {n}",
                "title_en": f"Benchmark news {n}",
                "title_zgh": f"ⴰⵏⴳⵎⴰⵎ {n}",
                "summary_ar": "ملخص قصير للخبر.",
                "summary_fr": "Un court résumé de l'actualité.",
                "status": NewsItem.Status.PUBLISHED,
                "publish_at": timezone.now(),
            },
        )
        items.append(item)
    edition = Edition.objects.create(
        subject_ar="نشرة القياس", subject_fr="Lettre de mesure", subject_en="Benchmark", subject_zgh="ⵜⴰⴱⵔⴰⵜ"
    )
    edition.items.set(items)
    services.edition_queue(edition=edition)
    from django.db import connection

    connection.close()

    sink = subprocess.Popen(  # nosec B603  # fixed arguments
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # A loaded machine: processes that keep a core busy each while the edition is sent.
    load = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])  # nosec B603  # fixed arguments
        for _ in range(args.load)
    ]
    try:
        wait_for_port(port)
        started = time.monotonic()
        worker = subprocess.Popen(  # nosec B603  # fixed arguments
            [*manage, "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.1", "-v0"],
            cwd=ROOT,
            env=env,
        )
        _pid, status, usage = os.wait4(worker.pid, 0)
        wall = time.monotonic() - started
    finally:
        for process in load:
            process.kill()
            process.wait()
        sink.terminate()
        _pid, _status, sink_usage = os.wait4(sink.pid, 0)

    sent = Delivery.objects.filter(edition=edition, status=Delivery.Status.SENT)
    count = sent.count()
    first, last = (
        sent.order_by("sent_at").values_list("sent_at", flat=True).first(),
        sent.order_by("-sent_at").values_list("sent_at", flat=True).first(),
    )
    sending = (last - first).total_seconds() if count > 1 else float("nan")
    engine = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    print(
        f"database: {engine}; subscribers: {args.subscribers}; batch size: {args.batch_size}; "
        f"connections: {args.connections}; busy processes beside it: {args.load}"
    )
    print(f"worker exit status: {os.waitstatus_to_exitcode(status)}; messages sent: {count}")
    print(f"sending (first to last message): {sending:.2f} s -> {count / sending:.0f} messages/s")
    print(f"worker wall time (with start-up): {wall:.2f} s -> {count / wall:.0f} messages/s")
    print(f"worker peak memory (max RSS): {usage.ru_maxrss / 1024:.0f} MB")
    # Both on two cores: a sink busy for the whole sending time is what limits the figure.
    print(
        f"processor time: worker {usage.ru_utime + usage.ru_stime:.1f} s, "
        f"SMTP sink {sink_usage.ru_utime + sink_usage.ru_stime:.1f} s"
    )


if __name__ == "__main__":
    main()
