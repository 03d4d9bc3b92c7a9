"""Settings of the gunicorn in tests/cndh/test_outages.py: the test settings with the shared
Redis cache of production (the test settings keep the cache in process memory)."""

# The test settings first: they fill in the environment the production settings read.
from cndh.settings.test import *  # noqa: F403, I001
from cndh.settings import base as production

# Built by the production settings from REDIS_URL, which the test points at its relay.
CACHES = production.CACHES
