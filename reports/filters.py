import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cndh.filters import FilterSet
from reports.models import Report


def _years():
    # Years with published reports, newest first; one query per request.
    return [(y, y) for y in Report.objects.published().order_by("-year").values_list("year", flat=True).distinct()]


class ReportFilter(FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Report.Kind.choices, empty_label=_("All kinds"))
    year = django_filters.ChoiceFilter(label=_("Year"), choices=_years, empty_label=_("All years"))
    language = django_filters.ChoiceFilter(
        label=_("Document language"),
        choices=settings.LANGUAGES,
        field_name="documents__language",
        distinct=True,
        empty_label=_("Any language"),
    )

    class Meta:
        model = Report
        fields = ["kind", "year", "language"]
