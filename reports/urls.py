from django.urls import path

from reports import views

app_name = "reports"
urlpatterns = [
    path("<int:pk>/", views.report_detail, name="detail"),
    path("<int:pk>/file/", views.report_file, name="file"),
    path("review/", views.review_list, name="review"),
    path("review/<int:pk>/approve/", views.review_approve, name="approve"),
    path("review/<int:pk>/return/", views.review_return, name="return"),
]
