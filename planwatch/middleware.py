"""Requests refused before any view sees them."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

NUL = "\x00"


class RefuseNulMiddleware:
    """A NUL character in the path, the query string or a form field answers 400.

    PostgreSQL cannot store or even compare a text holding NUL, so any lookup or save of such a
    value failed with a 500 in whichever view received it; no real input contains one.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if holds_nul(request):
            return HttpResponseBadRequest(
                _("The request contains a NUL character (%00), which no field can hold."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def holds_nul(request):
    texts = [request.path]
    for data in (request.GET, request.POST):
        for key, values in data.lists():
            texts.append(key)
            texts.extend(values)
    texts.extend(upload.name or "" for upload in request.FILES.values())
    return any(NUL in text for text in texts)
