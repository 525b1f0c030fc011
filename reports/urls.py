from django.urls import path

from reports.views import entering, extraction, imports, pages, plans, review

app_name = "reports"
urlpatterns = [
    path("new/", extraction.report_new, name="new"),
    path("<int:pk>/", pages.report_detail, name="detail"),
    path("<int:pk>/file/", pages.report_file, name="file"),
    path("<int:pk>/candidates/", extraction.candidates, name="candidates"),
    path("<int:pk>/candidates/status/", extraction.extraction_status, name="extraction_status"),
    path("<int:pk>/candidates/again/", extraction.extract_again, name="extract_again"),
    path("<int:pk>/candidates/accept-above/", extraction.accept_above, name="accept_above"),
    path("<int:pk>/candidates/paste/", extraction.paste, name="paste"),
    path("<int:pk>/candidates/<int:candidate_pk>/", extraction.candidate_decide, name="decide"),
    path("plans/paste/<int:pk>/", plans.plan_paste, name="plan_paste"),
    path("results/new/", entering.result_new, name="result_new"),
    path("import/", imports.import_new, name="import"),
    path("import/<int:pk>/", imports.import_job, name="import_job"),
    path("import/<int:pk>/status/", imports.import_status, name="import_status"),
    path("import/<int:pk>/retry/", imports.import_retry, name="import_retry"),
    path("review/", review.review_list, name="review"),
    path("review/<int:pk>/approve/", review.review_approve, name="approve"),
    path("review/<int:pk>/return/", review.review_return, name="return"),
]
