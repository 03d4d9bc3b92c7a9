from cndh.sitemaps import I18nSitemap
from partners.models import Partner


class PartnerSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Partner.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
