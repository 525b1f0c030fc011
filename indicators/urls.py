from django.urls import path

from indicators import views

app_name = "indicators"
urlpatterns = [
    path("", views.home, name="home"),
    path("jurisdictions/<str:code>/", views.jurisdiction_detail, name="jurisdiction"),
    path("indicators/", views.indicator_list, name="indicator_list"),
    path("figures/<int:pk>/", views.figure_detail, name="figure"),
]
