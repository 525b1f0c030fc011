"""Sessions read from the cache and kept in the database (Django's cached_db: no query per page
for them), which go on from the database alone while the cache is down (Redis restarting)."""

import logging

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore

from planwatch.cache import forgiven

logger = logging.getLogger(__name__)


class ForgivingCache:
    """The session cache, each failure logged and taken as a miss."""

    def __init__(self, cache):
        self.cache = cache

    def get(self, key, default=None):
        return self._call(self.cache.get, key, default)

    def set(self, *args, **kwargs):
        self._call(self.cache.set, *args, **kwargs)

    def delete(self, key):
        self._call(self.cache.delete, key)

    def __contains__(self, key):
        return bool(self._call(self.cache.has_key, key))

    def _call(self, method, *args, **kwargs):
        return forgiven(logger, "session cache", method, *args, **kwargs)


class SessionStore(CachedDBStore):
    def __init__(self, session_key=None):
        super().__init__(session_key)
        self._cache = ForgivingCache(self._cache)
