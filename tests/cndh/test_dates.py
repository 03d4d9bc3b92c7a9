import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from cndh.partialdate import PartialDate

MOROCCAN_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]


@pytest.mark.parametrize("month", range(1, 13))
def test_arabic_dates_use_moroccan_month_names_and_western_digits(month):
    with translation.override("ar"):
        rendered = Template("{{ d|date }}|{{ d|date:'F Y' }}|{{ d|date:'E' }}").render(
            Context({"d": datetime.date(2020, month, 28)})
        )
    expected = MOROCCAN_MONTHS[month - 1]
    assert rendered == f"28 {expected} 2020|{expected} 2020|{expected}"


def test_middle_eastern_month_names_never_appear_in_arabic():
    with translation.override("ar"):
        out = " ".join(
            Template("{{ d|date }} {{ d|date:'N' }} {{ d|date:'b' }}").render(Context({"d": datetime.date(2021, m, 1)}))
            for m in range(1, 13)
        )
    for eastern in ("سبتمبر", "نوفمبر", "ديسمبر", "أيلول", "كانون"):
        assert eastern not in out
    assert not any("٠" <= ch <= "٩" for ch in out)


def test_tamazight_dates_use_tifinagh_month_names():
    with translation.override("zgh"):
        rendered = Template("{{ d|date }}").render(Context({"d": datetime.date(2021, 11, 2)}))
    assert rendered == "2 ⵏⵓⵡⴰⵏⴱⵉⵔ 2021"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2019-12", "ar", "دجنبر 2019"),
        ("2019-12", "fr", "décembre 2019"),
        ("2019-12", "en", "December 2019"),
        ("2015-11", "zgh", "ⵏⵓⵡⴰⵏⴱⵉⵔ 2015"),
        ("2022", "ar", "2022"),
        ("2022", "en", "2022"),
        ("2020-12-28", "ar", "28 دجنبر 2020"),
        ("2020-12-28", "fr", "28 décembre 2020"),
        ("2020-12-28", "en", "28 December 2020"),
    ],
)
def test_partial_dates_print_only_what_is_known(text, language, expected):
    with translation.override(language):
        assert PartialDate.parse(text).format() == expected


def test_partial_date_periods_begin_and_end_with_their_precision():
    assert PartialDate.parse("2015-11").last_day == datetime.date(2015, 11, 30)
    assert PartialDate.parse("2024-02").last_day == datetime.date(2024, 2, 29)
    assert PartialDate.parse("2022").first_day == datetime.date(2022, 1, 1)
    assert PartialDate.parse("2022").last_day == datetime.date(2022, 12, 31)
    assert PartialDate.parse("2021-11-02").last_day == datetime.date(2021, 11, 2)


@pytest.mark.parametrize("text", ["2021-13", "2021-02-30", "21-01", "2021/01/02", "", "abcd", "2021-1"])
def test_partial_date_rejects_malformed_text(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_dates_sort_in_time_order_as_stored_text():
    texts = ["2021-11-02", "2019", "2019-12", "2021-01-12", "2015-11"]
    by_time = sorted((PartialDate.parse(t) for t in texts), key=lambda p: (p.first_day, p.last_day))
    assert sorted(texts) == [p.isoformat() for p in by_time]
