"""Reports and their chapters, part by part, in the site search (registered by ReportsConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cndh.html import heading_parts
from cndh.search.registry import Document, SearchSource, plain, register
from reports.models import Activity, Chapter, Report


@register
class ReportSource(SearchSource):
    key = "report"
    model = Report
    label = _("Reports")
    text_fields = ("summary",)

    def year(self, obj):
        return obj.year


@register
class ChapterSource(SearchSource):
    """A chapter is found part by part, so that a hit links to the heading it is under."""

    key = "chapter"
    model = Chapter
    label = _("Report chapters")
    select_related = ("report",)
    depends_on = (("report", Report),)

    def documents(self, obj, language):
        title = self.field(obj, "title", language)
        if not title:
            return []
        documents = []
        for number, (anchor, heading, html) in enumerate(heading_parts(self.field(obj, "body", language))):
            body = plain(html)
            if number and (heading or body):
                documents.append(Document(title=heading or title, text=body, part=number, anchor=anchor))
            elif not number:
                documents.append(Document(title=title, text=body))
        return documents

    def context(self, obj, entry):
        # A part is shown under its chapter's title; the chapter's opening under its report's.
        return self.field(obj if entry.part else obj.report, "title", entry.language)

    def year(self, obj):
        return obj.report.year


@register
class ActivitySource(SearchSource):
    """Activities are read on their partners' pages and in the chapter parts that record them,
    which the site search finds: their entries serve the admin's search box."""

    key = "activity"
    model = Activity
    label = Activity._meta.verbose_name_plural
    text_fields = ("summary",)
    in_site_search = False
