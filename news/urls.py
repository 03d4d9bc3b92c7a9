from django.urls import path

from news import views

app_name = "news"

urlpatterns = [
    path("news/<int:year>/<str:month>/<str:day>/<slug:slug>/", views.NewsItemDetailView.as_view(), name="item"),
]
