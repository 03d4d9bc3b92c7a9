from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from news import search  # noqa: F401 - registers the site search's source
        from news.latest import forget_latest_news
        from news.models import NewsItem

        # The side column's cached latest news must follow every edit.
        post_save.connect(forget_latest_news, sender=NewsItem, dispatch_uid="news-latest-save")
        post_delete.connect(forget_latest_news, sender=NewsItem, dispatch_uid="news-latest-delete")
