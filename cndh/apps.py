from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CndhConfig(AppConfig):
    name = "cndh"
    verbose_name = _("Site pages")

    def ready(self):
        from cndh import checks  # noqa: F401 - registers the deployment checks
        from cndh.languages import register_extra_languages

        register_extra_languages()
