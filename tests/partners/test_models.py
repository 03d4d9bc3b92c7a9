"""Roles and agreements: current / in force is computed from dates of known precision."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from cndh.partialdate import PartialDate
from partners.models import Agreement, Role
from tests import factories

D = datetime.date
P = PartialDate.parse


@pytest.mark.parametrize(
    ("start", "end", "on", "state"),
    [
        ("2021-11-02", None, D(2021, 11, 1), "upcoming"),
        ("2021-11-02", None, D(2021, 11, 2), "current"),
        (None, "2021", D(2021, 12, 31), "current"),
        (None, "2021", D(2022, 1, 1), "past"),
        (None, "2021-02", D(2021, 2, 28), "current"),
        (None, "2021-02", D(2021, 3, 1), "past"),
        ("2020-06", "2021-06-30", D(2020, 5, 31), "upcoming"),
        ("2020-06", "2021-06-30", D(2020, 6, 1), "current"),
        ("2020-06", "2021-06-30", D(2021, 6, 30), "current"),
        ("2020-06", "2021-06-30", D(2021, 7, 1), "past"),
        ("2019", None, D(2019, 1, 1), "current"),
        ("2019", None, D(2018, 12, 31), "upcoming"),
        (None, None, D(2000, 1, 1), "current"),
    ],
)
def test_role_state_from_dates_of_known_precision(start, end, on, state):
    role = Role(title="x", start=start and P(start), end=end and P(end))
    assert role.state(today=on) == state


@pytest.mark.parametrize(
    ("signed", "start", "end", "on", "state"),
    [
        # "2020-2023": in force through 31 December 2023, ended the next day.
        (None, "2020", "2023", D(2019, 12, 31), "not-started"),
        (None, "2020", "2023", D(2020, 1, 1), "in-force"),
        (None, "2020", "2023", D(2023, 12, 31), "in-force"),
        (None, "2020", "2023", D(2024, 1, 1), "ended"),
        # Signed "December 2019" with no start: in force from the first day of that month.
        ("2019-12", None, None, D(2019, 11, 30), "not-started"),
        ("2019-12", None, None, D(2019, 12, 1), "in-force"),
        # An end known to the day: the last day still counts.
        ("2021-01-12", None, "2022-03-15", D(2022, 3, 15), "in-force"),
        ("2021-01-12", None, "2022-03-15", D(2022, 3, 16), "ended"),
        # An end known to the month.
        (None, "2021-01-12", "2022-02", D(2022, 2, 28), "in-force"),
        (None, "2021-01-12", "2022-02", D(2022, 3, 1), "ended"),
        # The start, when given, wins over the signature.
        ("2019-12", "2020-03", None, D(2020, 2, 29), "not-started"),
        (None, None, None, D(2021, 1, 1), "in-force"),
    ],
)
@pytest.mark.django_db
def test_agreement_state_and_in_force_query_agree_at_the_edges(signed, start, end, on, state):
    agreement = factories.AgreementFactory(signed_on=signed and P(signed), start=start and P(start), end=end and P(end))
    assert agreement.state(today=on) == state
    in_force = Agreement.objects.in_force(today=on)
    assert (agreement in in_force) == (state == "in-force")


@pytest.mark.django_db
def test_agreement_dates_are_read_back_with_their_precision():
    agreement = factories.AgreementFactory(signed_on="2019-12", start="2020", end="2023")
    agreement.refresh_from_db()
    assert agreement.signed_on == PartialDate(2019, 12)
    assert agreement.start == PartialDate(2020)
    assert (agreement.starts_on, agreement.ends_on) == (D(2020, 1, 1), D(2023, 12, 31))


def test_an_end_before_the_start_is_refused():
    with pytest.raises(ValidationError):
        Role(title="x", start=P("2021-06"), end=P("2021-05")).clean()
    with pytest.raises(ValidationError):
        Agreement(title="x", signed_on=P("2021"), end=P("2020-12")).clean()
    Role(title="x", start=P("2021-06"), end=P("2021")).clean()
