"""Dates known to the day, to the month or only to the year.

Many facts are known only as "December 2019" or "2022". They are stored as
ISO 8601 text of the known length ("2019-12", "2022", "2021-11-02"), which
sorts in time order, and read back as :class:`PartialDate`, which prints only
what is known and tells when the period it names begins and ends.
"""

import calendar
import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")

DAY, MONTH, YEAR = "day", "month", "year"


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self):
        if self.day is not None and self.month is None:
            raise ValueError("A day needs a month.")
        # Raises ValueError for impossible dates such as 2021-02-30.
        datetime.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
        return cls(**parts)

    @classmethod
    def from_date(cls, value: datetime.date) -> "PartialDate":
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return DAY
        return MONTH if self.month is not None else YEAR

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> datetime.date:
        if self.day is not None:
            return self.first_day
        month = self.month or 12
        return datetime.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def format(self) -> str:
        """The date in the active language, with only the parts that are known."""
        if self.precision == DAY:
            return date_format(self.first_day, "DATE_FORMAT")
        if self.precision == MONTH:
            return date_format(self.first_day, "YEAR_MONTH_FORMAT")
        return str(self.year)

    def __str__(self) -> str:
        return self.format()


class _PartialDateDescriptor:
    """Reads back a PartialDate (or None) whatever was assigned: "2015-11", a date, "" or None.

    So an instance built in code computes with its dates before it is ever
    saved and reloaded. Text that is not a date is kept as given, for
    ``full_clean()`` to report.
    """

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.field.attname)

    def __set__(self, instance, value):
        try:
            value = self.field.to_python(value)
        except ValidationError:
            pass
        instance.__dict__[self.field.attname] = value


class PartialDateField(models.CharField):
    """A :class:`PartialDate` stored as sortable ISO text."""

    description = _("Date (year, year and month, or full date)")

    def __init__(self, *args, **kwargs):
        kwargs["max_length"] = 10
        kwargs.setdefault("help_text", _("Year (2019), year and month (2019-12) or full date (2019-12-05)."))
        super().__init__(*args, **kwargs)
        # The length check CharField adds would call len() on a PartialDate;
        # the parser already bounds the text.
        self.validators.clear()

    def contribute_to_class(self, cls, name, *args, **kwargs):
        super().contribute_to_class(cls, name, *args, **kwargs)
        setattr(cls, self.attname, _PartialDateDescriptor(self))

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        del kwargs["max_length"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        if not value:
            return None
        return PartialDate.parse(value)

    def to_python(self, value):
        if value is None or isinstance(value, PartialDate):
            return value
        if isinstance(value, datetime.date):
            return PartialDate.from_date(value)
        if not str(value).strip():
            return None
        try:
            return PartialDate.parse(str(value))
        except ValueError:
            raise ValidationError(
                _("Enter a year (2019), a year and month (2019-12) or a full date (2019-12-05)."),
                code="invalid",
            ) from None

    def get_prep_value(self, value):
        value = self.to_python(value)
        return value.isoformat() if value else ""

    def value_to_string(self, obj):
        value = self.value_from_object(obj)
        return value.isoformat() if value else ""

    def formfield(self, **kwargs):
        from django import forms

        class PartialDateFormField(forms.CharField):
            def prepare_value(self, value):
                return value.isoformat() if isinstance(value, PartialDate) else value

        return super().formfield(**{"form_class": PartialDateFormField, **kwargs})
