from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api import views

router = DefaultRouter()
router.register("jurisdictions", views.JurisdictionViewSet, basename="jurisdiction")
router.register("indicators", views.IndicatorViewSet, basename="indicator")
router.register("figures", views.FigureViewSet, basename="figure")
router.register("assessments", views.AssessmentViewSet, basename="assessment")
router.register("plans", views.PlanViewSet, basename="plan")

app_name = "api"
urlpatterns = [
    path("comparisons/", views.ComparisonView.as_view(), name="comparisons"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    *router.urls,
]
