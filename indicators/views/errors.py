"""The 400, 403, 404 and 503 pages, in the site's layout and the reader's language.

They render when something has already gone wrong, so they ask nothing that could fail again:
a request that never reached the authentication middleware, or a database that is down, gives
the page of an anonymous reader with no messages rather than a second error.
"""

import logging
import sys

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views import defaults

logger = logging.getLogger(__name__)


def bad_request(request, exception=None):
    """A request Django refused to read: a form over DATA_UPLOAD_MAX_MEMORY_SIZE or with more
    fields than DATA_UPLOAD_MAX_NUMBER_FIELDS says which limit it passed; nothing was changed."""
    limit = {"too_big": None, "too_many": None}
    if isinstance(exception, RequestDataTooBig):
        limit["too_big"] = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)
    elif isinstance(exception, TooManyFieldsSent):
        limit["too_many"] = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    return error_page(request, "400.html", 400, limit)


def page_not_found(request, exception=None):
    return error_page(request, "404.html", 404)


def permission_denied(request, exception=None):
    return error_page(request, "403.html", 403)


def server_error(request):
    """A database that cannot be reached (restarting, refusing connections, a kept connection
    cut) answers 503 with a page saying so and to try again, as the cache being down never
    stops a page; any other failure is Django's 500. Django calls this while handling the
    exception, which it has logged, so the exception in flight is the one the request raised."""
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response = error_page(request, "503.html", 503)
        response["Retry-After"] = "30"
        return response
    return defaults.server_error(request)


def csrf_failure(request, reason=""):
    """A form sent without its token (an old tab, cookies off): the 403 page, saying so."""
    return error_page(request, "403.html", 403, {"csrf_failed": True})


def error_page(request, template, status, extra=None):
    context = {"user": reader(request), "messages": (), **(extra or {})}
    return HttpResponse(render_to_string(template, context, request), status=status)


def reader(request):
    """The user the request carries, loaded now; anonymous if there is none or it cannot be
    loaded (its session and user rows are in the database)."""
    user = getattr(request, "user", None)
    if user is None:
        return AnonymousUser()
    try:
        return user if user.is_authenticated else AnonymousUser()  # loads the lazy user now
    except DatabaseError:
        logger.warning("error page rendered without its user", exc_info=True)
        return AnonymousUser()
