from cndh.sitemaps import I18nSitemap
from reports.models import Chapter, Report


class ReportSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Report.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


class ChapterSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Chapter.objects.published().select_related("report").order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
