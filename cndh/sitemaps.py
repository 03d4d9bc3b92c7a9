from django.contrib import sitemaps
from django.urls import reverse


class I18nSitemap(sitemaps.Sitemap):
    """Every URL once per language, with hreflang alternates.

    Served as pages of an index (``/sitemap.xml`` lists ``/sitemap-<section>.xml?p=N``),
    each of ``limit`` addresses (an item in one language, with its alternates), so that no
    document grows with the content: 1,000 addresses are about 600 KB.
    """

    i18n = True
    alternates = True
    x_default = True
    limit = 1000

    def get_latest_lastmod(self):
        # Django's default reads every item of the section to find the latest; the index
        # leaves the date out instead (it is optional), and each page carries its items' dates.
        return None


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def __init__(self, names: list[str]):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)
