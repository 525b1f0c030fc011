"""The 403 and 404 pages, in the site's layout and the reader's language.

They render when something has already gone wrong, so they ask nothing that could fail again:
a request that never reached the authentication middleware, or a database that is down, gives
the page of an anonymous reader with no messages rather than a second error.
"""

import logging

from django.contrib.auth.models import AnonymousUser
from django.db import DatabaseError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def page_not_found(request, exception=None):
    return error_page(request, "404.html", 404)


def permission_denied(request, exception=None):
    return error_page(request, "403.html", 403)


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
