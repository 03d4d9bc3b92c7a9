"""Treaty widgets for pages of other apps: the list of overdue reports (home, cooperation landing)."""

from django import template

from cndh import clock
from partners.treaties.models import overdue_cycles

register = template.Library()


@register.inclusion_tag("treaties/treaty_overdue.html")
def overdue_reports():
    """Every overdue report, longest overdue first, with a link to the treaties table."""
    today = clock.today()
    return {"overdue": overdue_cycles(today=today), "today": today}
