"""Who may call the API, and how often: the pages' rules (indicators.permissions), for scripts.

Anonymous callers read only when PUBLIC_READ opens the pages to them; drafts reach those who see
them on the pages (permissions.sees_drafts) and nobody else. The API writes nothing: every write
method answers 405 before authentication, so a script learns that, not a CSRF or login error.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, permissions, throttling
from rest_framework.authentication import TokenAuthentication

from indicators.permissions import sees_drafts


class ReadsLikeThePages(permissions.BasePermission):
    message = _("Log in, or send a token (Authorization: Token …), to read this.")

    def has_permission(self, request, view):
        if settings.PUBLIC_READ or (request.user and request.user.is_authenticated):
            return True
        raise exceptions.NotAuthenticated(self.message)  # 401, saying how to authenticate


class ReadOnlyViewMixin:
    """For every API view: writes refused with 405 whoever asks; drafts decided once."""

    def initial(self, request, *args, **kwargs):
        if request.method not in permissions.SAFE_METHODS:
            raise exceptions.MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)

    @property
    def drafts(self):
        """Whether this caller sees drafts (analysts and administrators, as on the pages)."""
        return sees_drafts(self.request.user)


def rate(name):
    return getattr(settings, name) or None


class AnonymousThrottle(throttling.AnonRateThrottle):
    """Anonymous callers (PUBLIC_READ), by address: API_ANONYMOUS_RATE."""

    def get_rate(self):
        return rate("API_ANONYMOUS_RATE")


class TokenThrottle(throttling.UserRateThrottle):
    """Callers with a token, by user: API_TOKEN_RATE. A browser session is a person reading
    the browsable API, paced by their clicks: not counted."""

    def get_rate(self):
        return rate("API_TOKEN_RATE")

    def allow_request(self, request, view):
        if not isinstance(request.successful_authenticator, TokenAuthentication):
            return True
        return super().allow_request(request, view)
