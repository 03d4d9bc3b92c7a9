"""Settings of the gunicorn in tests/cndh/test_outages.py: the test settings with the shared
Redis cache of production (the test settings keep the cache in process memory)."""

import os

from cndh.settings.test import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "cndh.cache.ResilientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "cndh-outage-test",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}
