"""The Redis cache, which leaves a failing Redis alone for a while.

Its socket timeouts (settings.CACHE_TIMEOUT_SECONDS) bound one call to a hung Redis, but a request
makes several (its session, its page body), and each would still wait that long. After a failure
this backend answers every call at once with a connection error for REST_SECONDS; the callers
(planwatch.sessions, indicators.page_cache) take it as a miss, as they take a refused connection,
and log the failure that started the rest, not every call refused during it (`forgiven`).
"""

import time

from django.core.cache.backends import redis as django_redis
from django.utils.functional import cached_property
from redis.exceptions import ConnectionError, RedisError

# Long enough that a hung Redis costs each process one timeout now and then, short enough that
# the cache is used again soon after Redis is back.
REST_SECONDS = 10


class CacheResting(ConnectionError):
    """A call refused because the cache failed moments ago: nothing new to log."""


def forgiven(logger, what, method, *args, **kwargs):
    """method(*args, **kwargs), or None when the cache fails: the cache is a speed-up, and a page
    or a session goes on without it. A failure is logged with its traceback once, not again for
    each call refused while the cache rests."""
    try:
        return method(*args, **kwargs)
    except CacheResting:
        return None
    except Exception:  # any backend's connection error
        logger.warning("%s unavailable", what, exc_info=True)
        return None


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
                raise CacheResting("the cache failed moments ago and is not asked again yet")
            try:
                return method(*args, **kwargs)
            except RedisError:
                self.resting_until = time.monotonic() + REST_SECONDS
                raise

        return call
