"""Report widgets for pages of other apps: the yearly cooperation chapters on the international partners page."""

from django import template

from reports.models import Chapter

register = template.Library()


@register.inclusion_tag("reports/_cooperation_chapters.html")
def cooperation_chapters():
    """The published chapters marked as international cooperation, the newest report first."""
    chapters = Chapter.objects.published().cooperation().select_related("report").order_by("-report__year", "order")
    return {"cooperation_chapters": chapters}
