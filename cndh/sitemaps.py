from django.contrib import sitemaps
from django.urls import reverse


class I18nSitemap(sitemaps.Sitemap):
    """Every URL once per language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def __init__(self, names: list[str]):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)
