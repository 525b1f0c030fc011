from django.contrib.admin.apps import AdminConfig


class PlanWatchAdminConfig(AdminConfig):
    default_site = "planwatch.admin.PlanWatchAdminSite"
