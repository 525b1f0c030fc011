"""Requests refused before any view sees them."""

import json

from django.conf import settings
from django.http import Http404, HttpResponseBadRequest
from django.urls import Resolver404, get_resolver, resolve
from django.utils.translation import gettext as _

NUL = "\x00"


class RefuseNulMiddleware:
    """A NUL character in the path, the query string, a form field or a JSON body answers 400.

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
    return any(NUL in text for text in texts) or (
        request.content_type.endswith("json") and json_holds_nul(request.body)
    )


def json_holds_nul(body):
    """Whether a JSON body holds NUL, raw or as the escape \\u0000 in a string or a key."""
    if b"\x00" in body:
        return True
    try:
        stack = [json.loads(body)]
    except (ValueError, RecursionError):
        return False  # not JSON: whichever view accepts JSON answers that
    while stack:
        value = stack.pop()
        if isinstance(value, str) and NUL in value:
            return True
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


class NotFoundPageMiddleware:
    """Under DEBUG (`make run`, the demo) a missing page answers with the site's 404 page too:
    Django would show the people trying the demo its technical page, which lists every URL
    pattern. With DEBUG off, Django calls handler404 itself and this does nothing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.DEBUG:
            try:
                resolve(request.path_info, getattr(request, "urlconf", None))
            except Resolver404 as error:
                return not_found(request, error)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if settings.DEBUG and isinstance(exception, Http404):
            return not_found(request, exception)
        return None


def not_found(request, exception):
    """The response of the URLconf's handler404."""
    resolver = get_resolver(getattr(request, "urlconf", None))
    return resolver.resolve_error_handler(404)(request, exception)
