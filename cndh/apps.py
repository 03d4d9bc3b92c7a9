from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CndhConfig(AppConfig):
    name = "cndh"
    verbose_name = _("Site pages")

    def ready(self):
        from cndh import checks  # noqa: F401 - registers the deployment checks
        from cndh.languages import register_extra_languages
        from cndh.search import pages  # noqa: F401 - registers the fixed pages' search source

        register_extra_languages()


class AdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin whose default site asks staff for a second factor."""

    default = False

    default_site = "cndh.admin_site.AdminSite"
