from django.urls import path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("news/", views.NewsListView.as_view(), name="list"),
    path("news/<int:year>/", views.NewsYearArchiveView.as_view(), name="year"),
    path("news/<int:year>/<str:month>/", views.month_redirect),
    path("news/<int:year>/<str:month>/<str:day>/", views.month_redirect),
    path("news/<int:year>/<str:month>/<str:day>/<slug:slug>/", views.NewsItemDetailView.as_view(), name="item"),
    path("news/feed/rss/", feeds.NewsFeed(), name="feed-rss"),
    path("news/feed/atom/", feeds.NewsAtomFeed(), name="feed-atom"),
    path("news/feed/rss/kind/<slug:kind>/", feeds.KindFeed(), name="feed-kind-rss"),
    path("news/feed/atom/kind/<slug:kind>/", feeds.KindAtomFeed(), name="feed-kind-atom"),
    path("news/feed/rss/partner/<slug:slug>/", feeds.PartnerFeed(), name="feed-partner-rss"),
    path("news/feed/atom/partner/<slug:slug>/", feeds.PartnerAtomFeed(), name="feed-partner-atom"),
]
