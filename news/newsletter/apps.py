from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    name = "news.newsletter"
    label = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from news.newsletter import search  # noqa: F401 - registers the site search's sources
