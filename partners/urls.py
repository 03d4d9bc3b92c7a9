from django.urls import path
from django.views.generic import RedirectView

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
    # The directory lives under the cooperation section; this address, cut back from a partner's, leads there.
    path("cooperation/international-partners/", views.InternationalPartnersView.as_view(), name="directory"),
    path("partners/", RedirectView.as_view(pattern_name="partners:directory")),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner"),
]
