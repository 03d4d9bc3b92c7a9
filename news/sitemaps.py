from django.db.models import Max
from django.db.models.functions import ExtractYear
from django.urls import reverse

from cndh.sitemaps import I18nSitemap
from news.models import NewsItem


class NewsItemSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return NewsItem.objects.published().only("slug", "publish_at", "updated_at").order_by("pk")

    def lastmod(self, obj):
        return max(obj.updated_at, obj.publish_at)


class NewsYearSitemap(I18nSitemap):
    """The year archives, each last changed when its newest edit was made."""

    changefreq = "monthly"

    def items(self):
        return list(
            NewsItem.objects.published()
            .annotate(year=ExtractYear("publish_at"))
            .values("year")
            .annotate(lastmod=Max("updated_at"), latest=Max("publish_at"))
            .order_by("year")
        )

    def location(self, item):
        return reverse("news:year", kwargs={"year": item["year"]})

    def lastmod(self, item):
        return max(item["lastmod"], item["latest"])
