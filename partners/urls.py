from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    # Open data: stable addresses, one per dataset, format and language.
    *[
        path(
            f"partners/data/{dataset}.{fmt}",
            views.data_export,
            {"dataset": dataset, "fmt": fmt},
            name=f"{dataset}-{fmt}",
        )
        for dataset in ("partners", "roles", "agreements")
        for fmt in ("csv", "json")
    ],
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner"),
]
