"""Morocco's status under a treaty and the state of a reporting cycle, computed on a fixed day."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from cndh.partialdate import PartialDate
from partners.treaties.models import ReportingCycle, Treaty, overdue_cycles
from tests import factories

State = ReportingCycle.State
D = datetime.date


def cycle(**fields) -> ReportingCycle:
    """An unsaved cycle: the state is computed from its fields alone."""
    dates = {k: PartialDate.parse(v) if isinstance(v, str) else v for k, v in fields.items()}
    return ReportingCycle(label="x", **dates)


@pytest.mark.parametrize(
    ("due", "today", "state"),
    [
        ("2015-11", D(2015, 11, 30), State.DUE),
        ("2015-11", D(2015, 12, 1), State.OVERDUE),
        ("2015-11", D(2015, 8, 3), State.DUE),
        ("2015-11", D(2015, 8, 2), State.UPCOMING),
        ("2015-11-15", D(2015, 11, 15), State.DUE),
        ("2015-11-15", D(2015, 11, 16), State.OVERDUE),
        ("2022", D(2022, 12, 31), State.DUE),
        ("2022", D(2023, 1, 1), State.OVERDUE),
        ("2030", D(2026, 1, 1), State.UPCOMING),
    ],
)
def test_state_follows_the_due_date_to_the_end_of_its_known_period(due, today, state):
    assert cycle(due_date=due).state(today=today) == state


def test_report_due_in_november_2015_is_overdue_from_december_2015():
    late = cycle(due_date="2015-11")
    assert late.state(today=D(2015, 11, 30)) != State.OVERDUE
    assert late.state(today=D(2015, 12, 1)) == State.OVERDUE
    assert late.overdue_since() == D(2015, 12, 1)


@pytest.mark.parametrize(
    ("language", "today", "expected"),
    [
        ("en", D(2021, 12, 31), "6 years"),
        ("en", D(2026, 11, 29), "10 years and 11 months"),
        ("en", D(2015, 12, 20), "less than a month"),
        # Arabic duals and "one" take no numeral.
        ("ar", D(2018, 2, 1), "سنتان وشهران"),
        ("ar", D(2016, 12, 1), "سنة واحدة"),
        ("ar", D(2026, 11, 29), "10 سنوات و11 شهرا"),
    ],
)
def test_overdue_duration_counts_years_and_months(language, today, expected):
    with translation.override(language):
        assert cycle(due_date="2015-11").overdue_duration(today=today) == expected


def test_without_a_due_date_a_cycle_is_upcoming():
    assert cycle().state(today=D(2021, 12, 31)) == State.UPCOMING


def test_received_report_awaits_review_even_past_its_due_date():
    received = cycle(due_date="2015-11", submitted_date="2020-12-28")
    assert received.state(today=D(2020, 12, 27)) == State.OVERDUE
    assert received.state(today=D(2020, 12, 28)) == State.SUBMITTED


def test_report_received_on_an_unknown_date_awaits_review():
    assert cycle(report_received=True).state(today=D(2021, 12, 31)) == State.SUBMITTED


def test_review_past_makes_a_cycle_reviewed_and_a_future_one_does_not():
    scheduled = cycle(submitted_date="2020-12-28", review_date="2022-11")
    assert scheduled.state(today=D(2022, 11, 29)) == State.SUBMITTED
    assert scheduled.state(today=D(2022, 11, 30)) == State.REVIEWED


def test_concluding_observations_make_a_cycle_reviewed():
    assert cycle(observations_date="2019-12-05").state(today=D(2019, 12, 5)) == State.REVIEWED


def test_a_past_visit_reads_as_held():
    visit = ReportingCycle(label="x", kind=ReportingCycle.Kind.VISIT, review_date=PartialDate(2017, 10))
    with translation.override("en"):
        assert visit.state_label(today=D(2021, 12, 31)) == "Visit held"
        assert visit.state_label(today=D(2017, 9, 30)) == "Upcoming"


@pytest.mark.parametrize(
    ("fields", "today", "status"),
    [
        ({"consent_kind": "ratification", "consent_date": "1993-06-21"}, D(1993, 6, 21), "party"),
        ({"consent_kind": "ratification", "consent_date": "1993-06-21"}, D(1993, 6, 20), "no-action"),
        ({"consent_kind": "unspecified"}, D(2021, 12, 31), "party"),
        ({"signature_date": "2006-02-06"}, D(2010, 1, 1), "signatory"),
        (
            {"signature_date": "2006-02-06", "consent_kind": "ratification", "consent_date": "2013-05-14"},
            D(2013, 5, 13),
            "signatory",
        ),
        ({}, D(2021, 12, 31), "no-action"),
    ],
)
def test_morocco_status_is_computed_from_signature_and_consent(fields, today, status):
    dates = {k: PartialDate.parse(v) if k.endswith("_date") else v for k, v in fields.items()}
    assert Treaty(acronym="X", **dates).morocco_status(today=today) == status


@pytest.mark.django_db
def test_a_cycle_belongs_to_a_treaty_or_a_mechanism():
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.ReportingCycleFactory(treaty=None)
    factories.ReportingCycleFactory(mechanism=factories.TreatyBodyFactory(slug="upr"))


@pytest.mark.django_db
def test_a_date_of_consent_needs_its_kind():
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.TreatyFactory(consent_date="2001-01-01")


@pytest.mark.django_db
def test_saving_a_receipt_date_ticks_report_received():
    saved = factories.ReportingCycleFactory(treaty=factories.TreatyFactory(), submitted_date="2020-12-28")
    saved.refresh_from_db()
    assert saved.report_received
    assert saved.submitted_date == PartialDate(2020, 12, 28)


@pytest.mark.django_db
def test_overdue_list_skips_drafts_and_cycles_of_draft_treaties():
    shown = factories.ReportingCycleFactory(treaty=factories.TreatyFactory(), due_date="2015-11")
    factories.ReportingCycleFactory(treaty=factories.TreatyFactory(), due_date="2015-11", status="draft")
    factories.ReportingCycleFactory(treaty=factories.TreatyFactory(status="draft"), due_date="2015-11")
    factories.ReportingCycleFactory(treaty=factories.TreatyFactory(), due_date="2030-01")
    assert overdue_cycles(today=D(2021, 12, 31)) == [shown]


def test_demo_matches_the_state_of_play_at_the_end_of_2021(demo):
    treaties = list(Treaty.objects.published().for_table())
    end_2021 = D(2021, 12, 31)
    parties = [t for t in treaties if t.morocco_status(today=end_2021) == "party"]
    assert len(treaties) == 18
    assert sum(not t.is_protocol for t in parties) == 9
    assert sum(t.is_protocol for t in parties) == 4
    assert [str(c) for c in overdue_cycles(today=end_2021)] == ["CAT: التقرير الدوري الخامس"]
    after_2022_deposits = [t for t in treaties if t.morocco_status(today=D(2022, 4, 22)) == "party"]
    assert len(after_2022_deposits) == 15
    cerd = ReportingCycle.objects.get(treaty__slug="icerd")
    assert cerd.state(today=end_2021) == State.SUBMITTED
    icrmw = ReportingCycle.objects.get(treaty__slug="icrmw")
    assert icrmw.procedure == ReportingCycle.Procedure.SIMPLIFIED
    assert [r.kind for r in icrmw.parallel_reports.all()] == ["parallel"]
