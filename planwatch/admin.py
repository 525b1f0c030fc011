from django.contrib.admin import AdminSite
from django.core.exceptions import PermissionDenied


class PlanWatchAdminSite(AdminSite):
    """A signed-in user without data-entry rights (an official) is refused, not sent to log in again."""

    def admin_view(self, view, cacheable=False):
        guarded = super().admin_view(view, cacheable)

        def refuse_signed_in_readers(request, *args, **kwargs):
            if request.user.is_authenticated and not self.has_permission(request):
                raise PermissionDenied
            return guarded(request, *args, **kwargs)

        return refuse_signed_in_readers
