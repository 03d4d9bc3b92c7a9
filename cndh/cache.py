"""The shared cache, made to fail soft: with Redis unreachable the site is slower, never down.

Django's RedisCache raises on a connection error, so every page that reads
the cache (the side column's latest news, the map, rate limits) answered 500
while Redis was away. Here a failed call is logged and answered as a miss (a
write is dropped), and for ``RETRY_AFTER`` seconds the process does not try
Redis again, so a Redis that hangs costs one timeout, not one per cache call.
The warning is logged at most once a ``WARN_EVERY`` seconds per process: an
outage is one line a minute in the logs, not one per page.
django-redis has the same idea (``IGNORE_EXCEPTIONS``); a subclass of the
built-in backend keeps to the stack and needs no second Redis client.
"""

import logging
import time

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

_UNREACHABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


def cache_available() -> bool:
    """False while the default cache is Redis and this process is waiting out a failure.

    What only pays off when kept (the page cache, the shared fragments) is then built
    directly, without the query that starting a generation costs.
    """
    from django.core.cache import cache

    return getattr(cache, "is_available", True)


class CacheUnavailable(ValueError):
    """``incr`` could not reach Redis.

    A ValueError, as for a missing key, so callers that count hits for
    information carry on; a limit that must hold catches this one and refuses.
    """


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client, keeping one redis-py client per connection pool.

    Django builds a new ``redis.Redis`` for every cache call, and redis-py 7 fills a table
    of some 160 response callbacks each time: a third of the time of a page served from
    the page cache went there. A client only holds its pool and that table, and is safe
    to share between threads, so one per pool does.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    #: Seconds a process leaves Redis alone after a failed call.
    RETRY_AFTER = 5.0
    #: Seconds between two warnings that the cache is unreachable.
    WARN_EVERY = 60.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._down_until = 0.0
        self._warned_at: float | None = None

    @property
    def is_available(self) -> bool:
        """False while this process is waiting out a failure (``/healthz`` reports it)."""
        return time.monotonic() >= self._down_until

    def _call(self, name, default, *args, **kwargs):
        if not self.is_available:
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except _UNREACHABLE as error:
            now = time.monotonic()
            self._down_until = now + self.RETRY_AFTER
            if self._warned_at is None or now - self._warned_at >= self.WARN_EVERY:
                self._warned_at = now
                logger.warning(
                    "Cache unavailable (%s); serving without it, trying again every %ss", error, self.RETRY_AFTER
                )
            return default

    def ping(self) -> bool:
        """Ask Redis itself, whatever the last call said."""
        try:
            return bool(self._cache.get_client(write=False).ping())
        except _UNREACHABLE:
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        # A missing key raises ValueError, as Django's contract says; an unreachable Redis raises
        # CacheUnavailable, a ValueError too, which the newsletter's rate limits take as a refusal.
        result = self._call("incr", None, key, delta, version)
        if result is None:
            raise CacheUnavailable(f"Key '{key}' not found (the cache is unavailable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
