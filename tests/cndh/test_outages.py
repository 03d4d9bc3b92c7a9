"""A real gunicorn whose database and cache go away and come back.

Both servers are reached through a TCP relay the test can cut and restore, so the site
sees what a network fault or a restarting server looks like: refused connections.
"""

import socket
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.helpers import clean_environment, free_port, gunicorn

ROOT = Path(__file__).resolve().parents[2]


class Relay:
    """Forwards 127.0.0.1:<port> to a server; ``cut()`` refuses and drops every connection."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.port = free_port()
        self._listener = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self._lock:
            sockets, self._sockets = [self._listener, *self._sockets], []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def _accept(self, listener) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def get(port: int, path: str) -> tuple[int, dict, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def site(db):
    """gunicorn on the test database and on Redis, each through a relay."""
    if connection.vendor != "postgresql":
        pytest.skip("the outage test relays a PostgreSQL connection: it runs in the PostgreSQL pass of the suite")
    settings_dict = connection.settings_dict
    database, cache = Relay(int(settings_dict["PORT"] or 5432)), Relay(6379)
    database.restore()
    cache.restore()
    env = clean_environment() | {
        "DJANGO_SETTINGS_MODULE": "tests.outage_settings",
        "DATABASE_URL": f"postgres://{settings_dict['USER']}@127.0.0.1:{database.port}/{settings_dict['NAME']}",
        "REDIS_URL": f"redis://127.0.0.1:{cache.port}/9",
        "DJANGO_CONN_MAX_AGE": "0",
    }
    with gunicorn(env) as port:
        yield port, database, cache
    database.cut()
    cache.cut()


def test_without_its_database_every_page_answers_503_in_the_visitors_language_then_recovers(site):
    port, database, _cache = site
    assert get(port, "/fr/news/")[0] == 200
    database.cut()
    for path, language, direction, heading in (
        ("/fr/news/", "fr", "ltr", "Service indisponible"),
        ("/ar/", "ar", "rtl", "الخدمة غير متاحة"),
    ):
        status, headers, body = get(port, path)
        assert status == 503, path
        assert headers["Retry-After"] == "30"
        assert "no-store" in headers["Cache-Control"]
        assert f'<html lang="{language}" dir="{direction}">' in body
        assert heading in body
    status, _headers, body = get(port, "/healthz")
    assert status == 503 and '"database": "down"' in body
    database.restore()
    assert get(port, "/fr/news/")[0] == 200
    assert get(port, "/healthz")[0] == 200


def test_without_its_cache_the_site_serves_pages_and_healthz_says_degraded_then_ok(site):
    port, _database, cache = site
    assert '"cache": "ok"' in get(port, "/healthz")[2]
    cache.cut()
    for path in ("/fr/news/", "/ar/newsletter/", "/en/treaties/"):
        assert get(port, path)[0] == 200, path
    status, _headers, body = get(port, "/healthz")
    assert status == 200 and '"status": "degraded"' in body and '"cache": "down"' in body
    cache.restore()
    # After a failure the cache is left alone for a few seconds (cndh.cache.RETRY_AFTER).
    deadline = time.monotonic() + 15
    while '"cache": "ok"' not in get(port, "/healthz")[2]:
        assert time.monotonic() < deadline, "the cache did not come back"
        time.sleep(0.5)
