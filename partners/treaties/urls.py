from django.urls import path

from partners.treaties import views

app_name = "treaties"

urlpatterns = [
    path("treaties/", views.TreatyListView.as_view(), name="list"),
    path("treaties/calendar.ics", views.treaty_calendar, name="calendar"),
    path("treaties/export/<slug:dataset>.<slug:fmt>", views.treaty_export, name="export"),
    path("treaties/<slug:slug>/", views.TreatyDetailView.as_view(), name="treaty"),
]
