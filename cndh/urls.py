"""The root URLconf: where the apps are put together (so it may import any of them)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import index, sitemap
from django.urls import include, path

from cndh import media, views
from cndh.search import views as search_views
from cndh.sitemaps import StaticViewSitemap
from news.newsletter.views import one_click_unsubscribe
from news.sitemaps import NewsItemSitemap, NewsYearSitemap
from partners.sitemaps import PartnerSitemap
from partners.treaties.sitemaps import TreatySitemap
from reports.sitemaps import ChapterSitemap, ReportSitemap

site_urls = (
    [
        path("", views.HomeView.as_view(), name="home"),
        path("cooperation/", views.CooperationView.as_view(), name="cooperation"),
        path("search/", search_views.SearchView.as_view(), name="search"),
        path("search/suggestions/", search_views.suggestions, name="search-suggest"),
        path("search/opensearch.xml", search_views.OpenSearchView.as_view(), name="opensearch"),
    ],
    "cndh",
)

sitemaps = {
    "pages": StaticViewSitemap(
        ["cndh:home", "cndh:cooperation", "partners:directory", "reports:list", "treaties:list"]
    ),
    "reports": ReportSitemap,
    "chapters": ChapterSitemap,
    "partners": PartnerSitemap,
    "treaties": TreatySitemap,
    "news-pages": StaticViewSitemap(["news:list", "newsletter:subscribe", "newsletter:archive"]),
    "news": NewsItemSitemap,
    "news-years": NewsYearSitemap,
}

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("sitemap.xml", index, {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"}, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap-section"),
    path(settings.ADMIN_URL, admin.site.urls),
    # RFC 8058 one-click unsubscribe: mail clients POST here; a language prefix would redirect them.
    path("newsletter/one-click/<str:token>/", one_click_unsubscribe, name="newsletter-one-click"),
]
urlpatterns += i18n_patterns(
    path("", include(site_urls)),
    path("", include("partners.urls")),
    path("", include("partners.treaties.urls")),
    path("", include("reports.urls")),
    path("", include("news.urls")),
    path("newsletter/", include("news.newsletter.urls")),
)

# Uploaded documents and images, served inert (cndh.media). With DJANGO_MEDIA_URL on another
# origin, that host serves them and the site routes nothing here.
if settings.MEDIA_URL.startswith("/"):
    urlpatterns += [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve_media, name="media")]

handler500 = "cndh.views.server_error"
# A request body over MAX_REQUEST_BYTES is answered 413 (cndh.uploads.RequestBodyLimitHandler).
handler400 = "cndh.media.bad_request"
