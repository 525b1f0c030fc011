"""What every page's header needs about the user, asked once per request."""

import logging

from django.db import DatabaseError

from indicators.permissions import header_rights

logger = logging.getLogger(__name__)


def header(request):
    """{"header": header_rights}: the pending-review count and the administrator's links. Kept
    on the request, since a cached page body is rendered with the request too. A database that
    is down leaves the header without them: the error page it is rendered in must not fail."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    if not hasattr(request, "_planwatch_header"):
        try:
            request._planwatch_header = header_rights(user)
        except DatabaseError:
            logger.warning("page header rendered without the user's rights", exc_info=True)
            request._planwatch_header = {}
    return {"header": request._planwatch_header}
