"""Filters of the treaties table: core instrument or protocol, Morocco's status, reporting state.

Morocco's status and the state of a report are computed from dates on a given
day, so those two filters work out the matching rows in Python (one small
query each) and hand back a queryset narrowed to them.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from cndh import clock
from partners.treaties.models import ReportingCycle, Treaty


class TreatyFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Instrument"),
        choices=[("core", _("Core treaties")), ("protocol", _("Optional protocols"))],
        empty_label=_("All instruments"),
        method="filter_kind",
    )
    status = django_filters.ChoiceFilter(
        label=_("Morocco's status"),
        choices=Treaty.MoroccoStatus.choices,
        empty_label=_("Any status"),
        method="filter_status",
    )
    reporting = django_filters.ChoiceFilter(
        label=_("Reports"),
        choices=[
            (ReportingCycle.State.OVERDUE, _("A report is overdue")),
            (ReportingCycle.State.DUE, _("A report is due")),
            (ReportingCycle.State.SUBMITTED, _("A report awaits review")),
        ],
        empty_label=_("Any reporting state"),
        method="filter_reporting",
    )

    class Meta:
        model = Treaty
        fields = ["kind", "status", "reporting"]

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = clock.or_today(today)

    def filter_kind(self, queryset, name, value):
        return queryset.core() if value == "core" else queryset.protocols()

    def filter_status(self, queryset, name, value):
        light = (
            queryset.select_related(None)
            .prefetch_related(None)
            .only("pk", "consent_kind", "consent_date", "signature_date")
        )
        return queryset.filter(pk__in=[t.pk for t in light if t.morocco_status(today=self.today) == value])

    def filter_reporting(self, queryset, name, value):
        cycles = ReportingCycle.objects.published().filter(
            treaty__in=queryset.values("pk"), kind=ReportingCycle.Kind.REPORT
        )
        return queryset.filter(pk__in={c.treaty_id for c in cycles if c.state(today=self.today) == value})
