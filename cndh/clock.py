"""Today's date for everything that computes a state from dates (overdue reports, parties).

Code that depends on the date takes ``today`` as a keyword argument and falls
back to :func:`today`, never to ``date.today()`` directly. The setting
``CNDH_TODAY`` (an ISO date such as ``"2021-12-31"``, unset in production)
fixes the clock for the whole site: tests set it with pytest-django's
``settings`` fixture to check pages as they looked on a given day, and a
demonstration can show the state of play at the end of a reporting year.
"""

import datetime

from django.conf import settings
from django.utils import timezone


def today() -> datetime.date:
    """The site's date: ``CNDH_TODAY`` when set, otherwise today in the site's time zone."""
    fixed = getattr(settings, "CNDH_TODAY", None)
    if fixed:
        return fixed if isinstance(fixed, datetime.date) else datetime.date.fromisoformat(fixed)
    return timezone.localdate()


def or_today(day: datetime.date | None) -> datetime.date:
    """``day`` when the caller gave one, else the site's date: the default of every ``today=`` argument."""
    return day or today()
