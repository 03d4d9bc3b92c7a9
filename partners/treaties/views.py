"""The treaties table, one treaty's page, the reporting calendar and the open-data exports.

Every state shown (party, overdue...) is computed on ``cndh.clock.today()``,
printed on the page as the "as of" date.
"""

import datetime
from dataclasses import dataclass
from functools import partial

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView

from cndh import clock
from cndh.fragments import kept
from cndh.i18n import Localized
from cndh.models import if_public
from cndh.opendata import FORMATS, opendata_response
from cndh.text import strip_control_characters
from cndh.views import BreadcrumbMixin, PreviewMixin, cooperation_trail
from partners.treaties.filters import TreatyFilter
from partners.treaties.models import ReportingCycle, Treaty


def treaties_trail():
    return [*cooperation_trail(), (_("Treaties"), reverse("treaties:list"))]


@dataclass
class TreatyRow:
    """One line of the treaties table, with its states computed once."""

    treaty: Treaty
    status: str
    status_label: str
    last_report: ReportingCycle | None
    overdue: list[ReportingCycle]
    next_due: ReportingCycle | None

    @property
    def is_party(self) -> bool:
        return self.status == Treaty.MoroccoStatus.PARTY

    @classmethod
    def build(cls, treaty: Treaty, today: datetime.date) -> "TreatyRow":
        return cls(
            treaty=treaty,
            status=treaty.morocco_status(today=today),
            status_label=treaty.morocco_status_label(today=today),
            last_report=treaty.last_report(today=today),
            overdue=treaty.overdue_cycles(today=today),
            next_due=treaty.next_due(today=today),
        )


@dataclass
class Summary:
    instruments: int
    parties: int
    overdue: int


def summarise(rows: list[TreatyRow]) -> Summary:
    return Summary(
        instruments=len(rows),
        parties=sum(row.is_party for row in rows),
        overdue=sum(len(row.overdue) for row in rows),
    )


def _parallel_reports():
    """Published parallel reports, without importing the reports app (it depends on this one)."""
    report_model = ReportingCycle._meta.get_field("parallel_reports").related_model
    return Prefetch("parallel_reports", queryset=report_model.objects.published().order_by("-year", "pk"))


class TreatyListView(BreadcrumbMixin, TemplateView):
    template_name = "treaties/treaty_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = clock.today()
        treaties = Treaty.objects.published().for_table()
        filterset = TreatyFilter(self.request.GET or None, queryset=treaties, today=today)
        is_filtered = filterset.is_bound and filterset.is_valid() and any(filterset.form.cleaned_data.values())
        # The whole table depends on the content and the date alone: built once per generation.
        table = kept(self.request, "treaties", partial(self._table, treaties, today))
        if is_filtered:
            table = {**table, "rows": [TreatyRow.build(treaty, today) for treaty in filterset.qs]}
        context.update(today=today, filter=filterset, is_filtered=is_filtered, **table)
        return context

    @staticmethod
    def _table(treaties, today) -> dict:
        rows = [TreatyRow.build(treaty, today) for treaty in treaties]
        mechanism_cycles = (
            ReportingCycle.objects.published().filter(treaty__isnull=True).with_context().order_by("order", "pk")
        )
        return {
            "rows": rows,
            "summary": summarise(rows),
            "mechanism_cycles": [(cycle, cycle.state(today=today)) for cycle in mechanism_cycles],
        }

    def get_breadcrumbs(self):
        return [*cooperation_trail(), (_("Treaties"), None)]


class TreatyDetailView(BreadcrumbMixin, PreviewMixin, DetailView):
    model = Treaty
    template_name = "treaties/treaty_detail.html"
    context_object_name = "treaty"

    def get_queryset(self):
        return super().get_queryset().select_related("body", "parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = clock.today()
        treaty = self.object
        cycles = (
            ReportingCycle.objects.published()
            .filter(treaty=treaty)
            .select_related("mechanism")
            .prefetch_related(_parallel_reports())
            .order_by("order", "pk")
        )
        for cycle in cycles:
            cycle.treaty = treaty
        context.update(
            today=today,
            status_label=treaty.morocco_status_label(today=today),
            is_party=treaty.morocco_status(today=today) == Treaty.MoroccoStatus.PARTY,
            protocols=[
                (protocol, protocol.morocco_status_label(today=today))
                for protocol in Treaty.objects.published().filter(parent=treaty).select_related("body")
            ],
            cycles=[(cycle, cycle.state(today=today), cycle.state_label(today=today)) for cycle in cycles],
            parent_is_public=if_public(treaty.parent) is not None,
        )
        return context

    def get_breadcrumbs(self):
        return [*treaties_trail(), (Localized(self.object.acronym, "en"), None)]


# The calendar and the exports


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url)


def treaty_calendar(request):
    """An iCalendar feed of the coming deadlines and review sessions (never past ones)."""
    from icalendar import Calendar, Event

    today = clock.today()
    calendar = Calendar()
    calendar.add("prodid", "-//CNDH//Treaty reporting//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Morocco's treaty reporting calendar"))
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    cycles = ReportingCycle.objects.published().with_context().order_by("pk")
    for cycle in cycles:
        state = cycle.state(today=today)
        events = []
        if cycle.due_date and state in (ReportingCycle.State.UPCOMING, ReportingCycle.State.DUE):
            # A deadline known to the month or year falls on the last day of that period.
            deadline = cycle.due_date.last_day
            summary = _("%(subject)s: %(label)s due") % {"subject": cycle.subject_acronym, "label": cycle.label}
            events.append(("due", deadline, deadline, summary))
        if cycle.review_date and cycle.review_date.first_day >= today:
            summary = _("%(subject)s: review of the %(label)s") % {
                "subject": cycle.subject_acronym,
                "label": cycle.label,
            }
            events.append(("review", cycle.review_date.first_day, cycle.review_date.last_day, summary))
        for kind, start, end, summary in events:
            if start < today:
                continue
            event = Event()
            event.add("uid", f"cycle-{cycle.pk}-{kind}@{host}")
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            event.add("dtend", end + datetime.timedelta(days=1))
            # RFC 5545 text may hold no control character; staff paste them now and then.
            event.add("summary", strip_control_characters(summary, keep_whitespace=False))
            if cycle.review_session:
                event.add("location", strip_control_characters(cycle.review_session, keep_whitespace=False))
            event.add("url", _absolute(request, cycle.get_absolute_url()))
            calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="cndh-treaty-reporting.ics"'
    return response


def _iso(value) -> str:
    return value.isoformat() if value else ""


def ratification_rows(request, today: datetime.date) -> list[dict]:
    treaties = Treaty.objects.published().select_related("body", "parent")
    return [
        {
            "acronym": t.acronym,
            "name": t.name,
            "instrument": "protocol" if t.is_protocol else "core",
            "protocol_to": t.parent.acronym if t.parent_id else "",
            "adoption_year": t.adoption_year,
            "treaty_body": t.body.acronym if t.body_id else "",
            "morocco_status": t.morocco_status(today=today),
            "signature_date": _iso(t.signature_date),
            "consent_kind": t.consent_kind,
            "consent_date": _iso(t.consent_date),
            "individual_complaints": t.individual_complaints,
            "inquiry_procedure": t.inquiry_procedure,
            "url": _absolute(request, t.get_absolute_url()),
        }
        for t in treaties
    ]


def cycle_rows(request, today: datetime.date) -> list[dict]:
    cycles = ReportingCycle.objects.published().with_context().order_by("treaty__order", "mechanism__slug", "order")
    rows = []
    for c in cycles:
        state = c.state(today=today)
        body = c.body
        rows.append(
            {
                "id": c.pk,
                "subject": c.subject_acronym,
                "treaty": c.treaty.acronym if c.treaty_id else "",
                "body": (body.acronym or body.name) if body else "",
                "kind": c.kind,
                "label": c.label,
                "procedure": c.procedure,
                "due_date": _iso(c.due_date),
                "report_received": c.report_is_received(today=today),
                "submitted_date": _iso(c.submitted_date),
                "list_of_issues_date": _iso(c.list_of_issues_date),
                "list_of_issues_url": c.list_of_issues_url,
                "review_session": c.review_session,
                "review_date": _iso(c.review_date),
                "observations_date": _iso(c.observations_date),
                "observations_url": c.observations_url,
                "state": state,
                "overdue_since": _iso(c.overdue_since()) if state == ReportingCycle.State.OVERDUE else "",
                "url": _absolute(request, c.get_absolute_url()),
            }
        )
    return rows


EXPORTS = {"ratifications": ratification_rows, "cycles": cycle_rows}


def treaty_export(request, dataset: str, fmt: str):
    """Ratifications or reporting cycles as CSV or JSON; names in the language of the URL.

    The site's one open-data writer publishes them as ``treaty-ratifications``
    and ``treaty-cycles``, names that say which part of the site they come from.
    """
    if dataset not in EXPORTS or fmt not in FORMATS:
        raise Http404
    today = clock.today()
    rows = EXPORTS[dataset](request, today)
    return opendata_response(
        dataset=f"treaty-{dataset}", fmt=fmt, columns=EXPORT_COLUMNS[dataset], rows=rows, as_of=today
    )


EXPORT_COLUMNS = {
    "ratifications": (
        "acronym name instrument protocol_to adoption_year treaty_body morocco_status signature_date "
        "consent_kind consent_date individual_complaints inquiry_procedure url"
    ).split(),
    "cycles": (
        "id subject treaty body kind label procedure due_date report_received submitted_date list_of_issues_date "
        "list_of_issues_url review_session review_date observations_date observations_url state overdue_since url"
    ).split(),
}
