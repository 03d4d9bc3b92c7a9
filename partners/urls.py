from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner"),
]
