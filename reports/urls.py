from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("reports/", views.ReportListView.as_view(), name="list"),
    path("reports/<int:year>/<slug:slug>/", views.ReportDetailView.as_view(), name="report"),
    path("reports/<int:year>/<slug:slug>/<slug:chapter>/", views.ChapterDetailView.as_view(), name="chapter"),
]
