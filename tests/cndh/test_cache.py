"""The shared cache fails soft: with Redis gone, pages are served without it and /healthz says so;
the newsletter's subscription limits fail closed."""

import socket

import pytest
from django.core.cache import caches
from django.core.checks import Tags, run_checks

from news.newsletter.models import Subscriber
from tests import factories
from tests.newsletter.test_subscription import subscribe

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    """A local port nothing listens on: Redis there refuses every connection."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def redis_settings(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "cndh.cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "cndh-test",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture
def redis_down(settings):
    settings.CACHES = redis_settings(f"redis://127.0.0.1:{closed_port()}/0")
    yield caches["default"]


@pytest.fixture
def redis_up(settings):
    settings.CACHES = redis_settings("redis://127.0.0.1:6379/15")
    cache = caches["default"]
    if not cache.ping():
        pytest.skip("no Redis server at 127.0.0.1:6379")
    cache.clear()
    yield cache
    cache.clear()


def test_pages_and_the_side_column_work_while_redis_is_unreachable(client, redis_down):
    factories.PageFactory.create_every_key()
    factories.NewsItemFactory(title_fr="Une actualité", slug="une-actualite")
    for path in ("/fr/", "/ar/cooperation/", "/fr/cooperation/international-partners/", "/fr/news/"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Une actualité" in client.get("/fr/").content.decode()


def test_healthz_says_degraded_not_down_without_redis(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "down", "tasks": "ok", "media": "ok"}


def test_a_failed_call_is_a_miss_and_redis_is_left_alone_for_a_while(redis_down):
    assert redis_down.get("key", "fallback") == "fallback"
    assert redis_down.add("key", 1) is False
    with pytest.raises(ValueError):
        redis_down.incr("key")
    assert redis_down.is_available is False


def test_an_outage_is_one_warning_a_minute_not_one_per_call(redis_down, caplog, monkeypatch):
    """Calls keep failing while Redis is away; the log says so once, then again after a minute."""
    clock = [1000.0]
    monkeypatch.setattr("cndh.cache.time.monotonic", lambda: clock[0])
    with caplog.at_level("WARNING", logger="cndh.cache"):
        for _ in range(12):  # a call every 10 s: each one is past RETRY_AFTER, so each one tries Redis
            assert redis_down.get("key") is None
            clock[0] += 10
        assert len(caplog.records) == 2
        assert "Cache unavailable" in caplog.records[0].getMessage()


def test_subscribing_is_refused_while_redis_is_unreachable(
    client, redis_down, mailoutbox, django_capture_on_commit_callbacks
):
    """Nothing can be counted without the shared cache, so the limits fail closed, with the throttled answer."""
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, language="fr")
        json = client.post(
            "/fr/newsletter/",
            {"email": "reader@example.org", "language": "fr", "consent": "on"},
            HTTP_ACCEPT="application/json",
        )
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert json.status_code == 429 and "Trop de tentatives" in json.json()["message"]
    assert not Subscriber.objects.exists()
    assert mailoutbox == []
    assert client.get("/fr/newsletter/").status_code == 200  # the rest of the site carries on


def test_subscribing_counts_in_redis_when_it_is_up(
    client, redis_up, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_RATE_PER_ADDRESS = 1
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(client, language="fr").status_code == 302
        assert subscribe(client, language="fr").status_code == 429
    assert [message.to for message in mailoutbox] == [["reader@example.org"]]


def deploy_warnings() -> list[str]:
    return [message.id for message in run_checks(include_deployment_checks=True, tags=[Tags.caches])]


@pytest.mark.parametrize(
    "backend", ["django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache"]
)
def test_the_deploy_check_warns_that_a_process_local_cache_makes_the_limits_per_process(settings, backend):
    settings.CACHES = {"default": {"BACKEND": backend}}
    assert "cndh.W001" in deploy_warnings()


def test_the_deploy_check_is_quiet_with_the_redis_cache(settings):
    settings.CACHES = redis_settings("redis://127.0.0.1:6379/5")
    assert "cndh.W001" not in deploy_warnings()


def test_with_redis_up_the_cache_keeps_values_and_healthz_says_ok(client, redis_up):
    redis_up.set("key", {"a": 1}, 30)
    assert redis_up.get("key") == {"a": 1}
    assert redis_up.add("counter", 0) is True
    assert redis_up.incr("counter") == 1
    assert client.get("/healthz").json() == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "tasks": "ok",
        "media": "ok",
    }
