"""Two web processes and two workers on one PostgreSQL and one Redis, as README "Scaling out" runs them.

A visitor's requests land on either web process, as behind a load balancer: what one
process records (a session, a rate-limit count, a cache entry and its invalidation, a
queued task) the other must see, and each task runs once whichever worker takes it.
"""

import contextlib
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import redis
from django.contrib.auth.models import Permission
from django.db import connection
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from cndh.models import WorkerHeartbeat
from news.newsletter import services
from news.newsletter.models import Subscriber
from tests import factories
from tests.helpers import clean_environment, database_url, gunicorn
from tests.newsletter.smtp_sink import Sink, start
from tests.newsletter.test_workers import assert_exactly_one_each, delivered, seed, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[1]
REDIS_DB = 8
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Visitor:
    """One browser (one cookie jar) whose requests go to whichever port it is told."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def get(self, port: int, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(f"http://127.0.0.1:{port}{path}"))

    def post_form(self, port: int, path: str, data: dict, *, form_path: str | None = None) -> tuple[int, str]:
        """Open the page with the form (for its CSRF token, where it has one), then send it."""
        status, page = self.get(port, form_path or path)
        assert status == 200, (form_path or path, status)
        token = CSRF.search(page)
        body = urllib.parse.urlencode({**({"csrfmiddlewaretoken": token.group(1)} if token else {}), **data}).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", data=body, headers={"Referer": f"http://127.0.0.1:{port}{path}"}
        )
        return self._open(request)

    def _open(self, request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def cluster(settings):
    if connection.vendor != "postgresql":
        pytest.skip("processes that share one database server: this runs in the PostgreSQL pass of the suite")
    shared = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    try:
        shared.flushdb()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            pytest.fail("no Redis server at 127.0.0.1:6379")
        pytest.skip("no Redis server at 127.0.0.1:6379")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    sink = Sink()
    controller = start(sink)
    env = clean_environment() | {
        "DJANGO_SETTINGS_MODULE": "tests.scale_out_settings",
        "DATABASE_URL": database_url(),
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(controller.port),
        "DJANGO_CONN_MAX_AGE": "0",
        "DJANGO_WORKER_HEARTBEAT_SECONDS": "0.5",
    }
    workers = []
    with contextlib.ExitStack() as stack:
        web = [stack.enter_context(gunicorn(env)) for _ in range(2)]
        for name in ("worker-1", "worker-2"):
            command = [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"]
            command += ["--no-reload", "--worker-id", name]
            workers.append(
                subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
                )
            )
        try:
            yield web, workers, sink
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
                worker.wait(timeout=20)
            controller.stop()
            shared.flushdb()


def stop(workers) -> None:
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        worker.wait(timeout=60)


def test_two_web_processes_and_two_workers_share_sessions_limits_caches_and_tasks(cluster, django_user_model):
    (a, b), workers, sink = cluster
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "a-long-test-password")
    editor.is_staff = True
    editor.save()
    editor.user_permissions.add(*Permission.objects.filter(codename__in=["view_newsitem", "delete_newsitem"]))
    item = factories.NewsItemFactory(title_fr="Une visite de travail à Genève", slug="visite-geneve")

    # A session opened on one process is valid on the other.
    staff = Visitor()
    status, _page = staff.post_form(
        a, "/admin/login/?next=/admin/", {"username": "editor", "password": "a-long-test-password", "next": "/admin/"}
    )
    assert status == 302
    status, page = staff.get(b, "/admin/")
    assert status == 200 and "editor" in page

    # Both build pages from the one cache, and an edit made on one is seen at once on the other,
    # the home page included, which both serve from the page cache until then.
    visitor = Visitor()
    for port in (a, b, a, b):
        assert "Une visite de travail à Genève" in visitor.get(port, "/fr/")[1]
    status, _page = staff.post_form(a, f"/admin/news/newsitem/{item.pk}/delete/", {"post": "yes"})
    assert status == 302
    assert "Une visite de travail à Genève" not in visitor.get(b, "/fr/")[1]

    # The subscription limit (three an hour for an address) counts across both processes.
    form = {"language": "fr", "consent": "on", "next": "/fr/"}
    answers = [
        visitor.post_form(port, "/fr/newsletter/", {**form, "email": "reader@example.org"})[0] for port in (a, b, a, b)
    ]
    assert answers == [302, 302, 302, 429]
    for port, email in ((a, "other@example.org"), (b, "third@example.org")):
        assert visitor.post_form(port, "/fr/newsletter/", {**form, "email": email})[0] == 302

    # The five accepted requests are five tasks, each run once by one of the workers.
    def queue_done():
        return not DBTaskResult.objects.exclude(status__in=[TaskResultStatus.SUCCESSFUL]).exists()

    wait_until(lambda: queue_done() and len(sink.messages) == 5, timeout=120, message="mail", processes=workers)
    assert sorted(sink.recipients()) == ["other@example.org", *["reader@example.org"] * 3, "third@example.org"]
    assert len({message["Message-ID"] for message in sink.parsed()}) == 5
    assert Subscriber.objects.count() == 3

    # An edition goes once to each subscriber, whichever worker takes each batch.
    sink.messages.clear()
    Subscriber.objects.all().delete()
    edition = seed(200)
    services.edition_queue(edition=edition)
    wait_until(lambda: delivered(edition), timeout=120, message="the edition was not finished", processes=workers)
    assert_exactly_one_each(sink, edition)

    # Each worker reported while it ran, and says so when it stops.
    assert set(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == {"worker-1", "worker-2"}
    stop(workers)
    assert WorkerHeartbeat.objects.filter(stopped_at__isnull=True).count() == 0
