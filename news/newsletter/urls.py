"""Newsletter pages, under the language prefix at /<lang>/newsletter/.

The one-click unsubscribe endpoint lives outside the language prefix (see
cndh/urls.py): mail clients POST to it and must not be redirected.
"""

from django.urls import path

from news.newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("", views.SubscribeView.as_view(), name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("preferences/<str:token>/", views.PreferencesView.as_view(), name="preferences"),
    path("archive/", views.ArchiveListView.as_view(), name="archive"),
    path("archive/<int:pk>/", views.ArchiveDetailView.as_view(), name="archive-detail"),
]
