"""Deployment checks of the site's own (``manage.py check --deploy``), and the settings
without which the site refuses to serve."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured

REQUIRED_TO_SERVE = {
    "SECRET_KEY": "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.",  # nosec B105  # a message
    "SITE_URL": "DJANGO_SITE_URL must be set when DJANGO_DEBUG is off.",
}

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


def missing_settings() -> list[str]:
    """What a server or a worker needs and the environment does not give (always set when debugging)."""
    return [message for name, message in REQUIRED_TO_SERVE.items() if not _is_set(name)]


def _is_set(name: str) -> bool:
    try:
        return bool(getattr(settings, name))
    except ImproperlyConfigured:  # Django refuses even to read an empty SECRET_KEY
        return False


def refuse_to_serve_without_required_settings() -> None:
    """Called by cndh/wsgi.py and cndh/asgi.py before the application is built."""
    if missing := missing_settings():
        raise ImproperlyConfigured(" ".join(missing))


@register(Tags.security, deploy=True)
def check_dkim_key(app_configs, **kwargs):
    """A DKIM key that cannot be read or used would stop every message at sending time."""
    if not settings.DKIM_PRIVATE_KEY_FILE:
        return []
    from cndh.mail import dkim_sign

    try:
        dkim_sign(b"From: check@example.org\r\nSubject: check\r\n\r\ncheck\r\n")
    except Exception as error:  # noqa: BLE001 - any failure is the same answer: fix the key
        return [Error(f"The DKIM key cannot sign: {error}", hint="Check DJANGO_DKIM_PRIVATE_KEY_FILE.", id="cndh.E002")]
    return []


@register(Tags.security, deploy=True)
def check_required_settings(app_configs, **kwargs):
    return [Error(message, id="cndh.E001") for message in missing_settings()]
