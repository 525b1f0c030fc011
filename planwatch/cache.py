"""The Redis cache, which leaves a failing Redis alone for a while.

Its socket timeouts (settings.CACHE_TIMEOUT_SECONDS) bound one call to a hung Redis, but a request
makes several (its session, its page body), and each would still wait that long. After a failure
this backend answers every call at once with a connection error for REST_SECONDS; the callers
(planwatch.sessions, indicators.page_cache) take it as a miss, as they take a refused connection.
"""

import time

from django.core.cache.backends import redis as django_redis
from django.utils.functional import cached_property
from redis.exceptions import ConnectionError, RedisError

# Long enough that a hung Redis costs each process one timeout now and then, short enough that
# the cache is used again soon after Redis is back.
REST_SECONDS = 10


class RedisCache(django_redis.RedisCache):
    @cached_property
    def _cache(self):
        return RestingClient(self._class(self._servers, **self._options))


class RestingClient:
    """Django's Redis client, refusing calls for REST_SECONDS after one failed."""

    def __init__(self, client):
        self.client = client
        self.resting_until = 0.0

    def __getattr__(self, name):
        method = getattr(self.client, name)
        if not callable(method):
            return method

        def call(*args, **kwargs):
            if time.monotonic() < self.resting_until:
                raise ConnectionError("the cache failed moments ago and is not asked again yet")
            try:
                return method(*args, **kwargs)
            except RedisError:
                self.resting_until = time.monotonic() + REST_SECONDS
                raise

        return call
