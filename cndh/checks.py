"""Deployment checks of the site's own (``manage.py check --deploy``)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """The newsletter's rate limits count in the default cache; they hold only if every process shares it."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        Warning(
            f"The default cache ({backend.rsplit('.', 1)[-1]}) is local to each process: the newsletter's "
            "subscription limits are counted per process, so every web process and machine allows its own quota.",
            hint="Set REDIS_URL to a Redis server that every web process shares.",
            id="cndh.W001",
        )
    ]
