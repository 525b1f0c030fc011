"""Cursor pages: a page costs the same deep into 8 million figures as on the first page (no
COUNT, no OFFSET), and rows neither repeat nor vanish while others are added."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.pagination import CursorPagination


class StableCursorPagination(CursorPagination):
    ordering = "pk"  # unique and never changes: a cursor stays valid
    page_size_query_param = "page_size"
    invalid_cursor_message = _("The cursor is not one this API gave out: start again without it.")

    def get_page_size(self, request):
        self.max_page_size = settings.API_MAX_PAGE_SIZE
        self.page_size = settings.API_PAGE_SIZE
        text = request.query_params.get(self.page_size_query_param)
        if text is not None and not (text.isascii() and text.isdigit() and int(text) > 0):
            raise exceptions.ValidationError(
                {
                    "page_size": [
                        _("A page size is a whole number from 1 to %(max)s.")
                        % {"max": self.max_page_size}
                    ]
                }
            )
        return super().get_page_size(request)

    def decode_cursor(self, request):
        # A tampered cursor is the caller's mistake (400), not a missing page (DRF's 404).
        try:
            cursor = super().decode_cursor(request)
        except exceptions.NotFound:
            cursor = False
        # DRF checks the offset but compares any position with the key: a forged one must not
        # reach the database as a non-number.
        if cursor is False or not (cursor is None or positioned(cursor)):
            raise exceptions.ValidationError({"cursor": [self.invalid_cursor_message]})
        return cursor


def positioned(cursor):
    position = cursor.position
    return position is None or (position.isascii() and position.isdigit() and len(position) < 19)
