"""What every page's header needs about the user, asked once per request."""

from indicators.permissions import header_rights


def header(request):
    """{"header": header_rights}: the pending-review count and the administrator's links. Kept
    on the request, since a cached page body is rendered with the request too."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    if not hasattr(request, "_planwatch_header"):
        request._planwatch_header = header_rights(user)
    return {"header": request._planwatch_header}
