from django.urls import path

from indicators.views import assignments, charts, drafts, exports, pages, plans, tables

app_name = "indicators"
urlpatterns = [
    path("", charts.dashboard, name="home"),
    path("charts/trend/", charts.trend, name="trend"),
    path("jurisdictions/", pages.jurisdiction_list, name="jurisdiction_list"),
    path("jurisdictions/compare/<int:year>/", tables.compare_roots, name="compare_roots"),
    path("jurisdictions/<str:code>/", pages.jurisdiction_detail, name="jurisdiction"),
    path("jurisdictions/<str:code>/<int:year>/", tables.gap_table, name="gaps"),
    path("jurisdictions/<str:code>/<int:year>/compare/", tables.compare_children, name="compare"),
    path("jurisdictions/<str:code>/<int:year>/draft/", drafts.year_draft, name="draft"),
    path("jurisdictions/<str:code>/<int:year>/pace/", plans.year_pace, name="year_pace"),
    path("jurisdictions/<str:code>/years/", tables.compare_years, name="years"),
    path("jurisdictions/<str:code>/annex/<int:year>/", tables.annex, name="annex"),
    path("plans/<int:pk>/", plans.plan_detail, name="plan"),
    path("plans/<int:pk>/compare/<int:indicator>/", plans.plan_compare, name="plan_compare"),
    path("indicators/", pages.indicator_list, name="indicator_list"),
    path("indicators/<int:pk>/", pages.indicator_detail, name="indicator"),
    path("figures/<int:pk>/", pages.figure_detail, name="figure"),
    path("assignments/", assignments.assignment_list, name="assignments"),
    path("assignments/<int:pk>/remove/", assignments.assignment_remove, name="assignment_remove"),
    path("exports/figures/", exports.figures_export, name="figures_export"),
    path("exports/<int:pk>/", exports.export_detail, name="export"),
    path("exports/<int:pk>/status/", exports.export_status, name="export_status"),
    path("exports/<int:pk>/retry/", exports.export_retry, name="export_retry"),
    path("exports/<int:pk>/download/", exports.export_download, name="export_download"),
]
