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
    path("partners/", RedirectView.as_view(pattern_name="reports:international-partners")),
    path("partners/<slug:slug>/", views.PartnerDetailView.as_view(), name="partner"),
]

# Treaties and reporting
from partners import treaty_views  # noqa: E402

urlpatterns += [
    path("treaties/", treaty_views.TreatyListView.as_view(), name="treaties"),
    path("treaties/calendar.ics", treaty_views.treaty_calendar, name="treaty-calendar"),
    path("treaties/export/<slug:dataset>.<slug:fmt>", treaty_views.treaty_export, name="treaty-export"),
    path("treaties/<slug:slug>/", treaty_views.TreatyDetailView.as_view(), name="treaty"),
]
