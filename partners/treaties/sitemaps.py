from cndh.sitemaps import I18nSitemap
from partners.treaties.models import Treaty


class TreatySitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Treaty.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at
