from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TreatiesConfig(AppConfig):
    name = "partners.treaties"
    label = "treaties"
    verbose_name = _("Treaties and reporting")

    def ready(self):
        from partners.treaties import search  # noqa: F401 - registers the site search's sources
