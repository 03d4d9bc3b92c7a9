"""Real worker processes (``manage.py db_worker``) against a real SMTP server: crashes and concurrency.

The workers read the test database (a file on SQLite) and the database task queue.
"""

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from news.newsletter import services
from news.newsletter.models import Delivery, Edition, Subscriber
from news.newsletter.tasks import deliver_edition
from tests import factories
from tests.helpers import database_url

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
SUBSCRIBERS = 1000


@pytest.fixture
def start_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    processes = []

    def start(smtp_port: int) -> subprocess.Popen:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.newsletter.worker_settings",
            "DATABASE_URL": database_url(),
            "DJANGO_EMAIL_HOST": "127.0.0.1",
            "DJANGO_EMAIL_PORT": str(smtp_port),
            "DJANGO_CONN_MAX_AGE": "0",
        }
        command = [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay", "--no-reload"]
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def seed(count: int) -> Edition:
    Subscriber.objects.bulk_create(
        Subscriber(email=f"reader{n}@example.org", language=("ar", "fr", "zgh", "en")[n % 4], status="active")
        for n in range(count)
    )
    # Something for every language, so that the check before queueing lets it go.
    return factories.EditionFactory(
        items=[factories.NewsItemFactory(title_zgh="ⴰⵏⴳⵎⴰⵎ")], subject_zgh="ⵜⴰⴱⵔⴰⵜ", subject_en="Newsletter"
    )


def wait_until(condition, *, timeout: float, message: str, processes=()) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        for process in processes:
            if process.poll() not in (None, -signal.SIGKILL):
                pytest.fail(f"worker exited with {process.returncode}: {process.stderr.read()[-3000:]}")
        time.sleep(0.05)
    pytest.fail(message)


def delivered(edition) -> bool:
    edition.refresh_from_db()
    return edition.completed_at is not None


def assert_exactly_one_each(sink, edition):
    received = Counter(sink.recipients())
    active = set(Subscriber.objects.active().values_list("email", flat=True))
    missing = active - set(received)
    assert not missing, [
        (d.status, d.attempts, d.sent_at, d.error) for d in Delivery.objects.filter(subscriber__email__in=missing)
    ]
    assert set(received) == active
    twice = {address: n for address, n in received.items() if n > 1}
    assert twice == {}
    assert len({m["Message-ID"] for m in sink.parsed()}) == len(active)
    assert Delivery.objects.filter(edition=edition, status=Delivery.Status.SENT).count() == len(active)


def test_a_worker_killed_halfway_leaves_every_subscriber_exactly_one_message(smtp_sink, start_worker):
    # The kill lands at the worst moment: the server has stored message 500 and
    # the worker waits for its "250", which it will never read.
    sink = smtp_sink(hold_at=SUBSCRIBERS // 2)
    edition = seed(SUBSCRIBERS)
    services.edition_queue(edition=edition)

    first = start_worker(sink.port)
    wait_until(sink.held.is_set, timeout=60, message="the first worker never reached halfway", processes=[first])
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    sink.release()
    assert not delivered(edition)
    assert len(sink.messages) == SUBSCRIBERS // 2

    second = start_worker(sink.port)
    wait_until(lambda: delivered(edition), timeout=60, message="the edition was not finished", processes=[second])
    assert_exactly_one_each(sink, edition)


def test_a_worker_killed_at_any_moment_leaves_every_subscriber_exactly_one_message(smtp_sink, start_worker):
    sink = smtp_sink()
    edition = seed(SUBSCRIBERS)
    services.edition_queue(edition=edition)

    first = start_worker(sink.port)
    wait_until(lambda: len(sink.messages) >= SUBSCRIBERS // 3, timeout=60, message="no progress", processes=[first])
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert len(sink.messages) < SUBSCRIBERS

    second = start_worker(sink.port)
    wait_until(lambda: delivered(edition), timeout=60, message="the edition was not finished", processes=[second])
    assert_exactly_one_each(sink, edition)


def test_two_workers_at_once_send_no_message_twice(smtp_sink, start_worker):
    sink = smtp_sink()
    edition = seed(SUBSCRIBERS)
    services.edition_queue(edition=edition)
    deliver_edition.enqueue(edition.pk)  # a second run of the same edition, as after a re-queue

    workers = [start_worker(sink.port), start_worker(sink.port)]
    wait_until(lambda: delivered(edition), timeout=60, message="the edition was not finished", processes=workers)
    assert_exactly_one_each(sink, edition)
    # Both took part: rows were claimed under two worker ids.
    claimers = {worker_id.rsplit(":", 1)[0] for worker_id in Delivery.objects.values_list("claimed_by", flat=True)}
    assert len(claimers) == 2


def test_two_workers_send_an_edition_to_exactly_the_readers_of_its_topics_once(smtp_sink, start_worker):
    """Statements about the European institutions: the readers who chose statements, or
    European partners, or nothing, get it once each in their language; the others not at all."""
    sink = smtp_sink()
    chosen = {0: ",kind:statement,", 1: ",category:european,", 2: ",kind:press-release,", 3: ""}
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.org",
            language=("ar", "fr", "zgh", "en")[n % 4],
            status="active",
            topics=chosen[(n // 4) % 4],
        )
        for n in range(SUBSCRIBERS)
    )
    partner = factories.PartnerFactory(category="european")
    item = factories.NewsItemFactory(kind="statement", title_zgh="ⴰⵏⴳⵎⴰⵎ")
    item.partners.add(partner)
    edition = factories.EditionFactory(items=[item], subject_zgh="ⵜⴰⴱⵔⴰⵜ", subject_en="Newsletter")
    services.edition_queue(edition=edition)
    workers = [start_worker(sink.port), start_worker(sink.port)]
    wait_until(lambda: delivered(edition), timeout=60, message="the edition was not finished", processes=workers)

    received = Counter(sink.recipients())
    expected = set(Subscriber.objects.exclude(topics=",kind:press-release,").values_list("email", flat=True))
    assert set(received) == expected and set(received.values()) == {1}
    languages = {m["To"]: m["Content-Language"] for m in sink.parsed()}
    assert all(languages[s.email] == s.language for s in Subscriber.objects.filter(email__in=expected))
