from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

urlpatterns = [
    # Browsers ask for /favicon.ico on every page, admin pages included.
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("favicon.svg"), permanent=True)),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("reports/", include("reports.urls")),
    path("api/v1/", include("api.urls")),
    path("", include("indicators.urls")),
]

# In the site's layout and the reader's language (Django's own are bare English).
handler400 = "indicators.views.errors.bad_request"
handler403 = "indicators.views.errors.permission_denied"
handler404 = "indicators.views.errors.page_not_found"
# A database that is down or restarting: 503 and a page saying so (Django's bare 500 otherwise).
handler500 = "indicators.views.errors.server_error"
