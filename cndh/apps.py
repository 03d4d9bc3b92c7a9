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
        _watch_public_content()


def _watch_public_content():
    """Any change to what public pages show drops the stored pages (cndh.pagecache)."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    from cndh.pagecache import PUBLIC_MODELS, content_changed

    for label in PUBLIC_MODELS:
        model = apps.get_model(label)
        post_save.connect(content_changed, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"pagecache-delete-{label}")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(content_changed, sender=through, dispatch_uid=f"pagecache-m2m-{through._meta.label}")
    # A deploy: new templates, code or catalogues may render the same rows differently.
    post_migrate.connect(content_changed, dispatch_uid="pagecache-migrate")


class AdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin whose default site asks staff for a second factor."""

    default = False

    default_site = "cndh.admin_site.AdminSite"
