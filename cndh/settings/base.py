"""Settings read from the environment; see .env.example for every variable."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from cndh.languages import register_extra_languages

register_extra_languages()

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

# Required when DJANGO_DEBUG is off, and then never made up: without it the site refuses to
# serve (cndh/wsgi.py, cndh/checks.py) while commands that need no secret (migrations,
# catalogues) still run. Only a debugging server may run with a key that is not secret.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "insecure-key-for-local-debugging-only"  # noqa: S105  # nosec B105  # debugging only

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# The public address of the site, for links in feeds, mail and sitemaps. Required, as the key
# is, when DJANGO_DEBUG is off: feeds, mail and sharing tags would otherwise point visitors
# at a developer's machine.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "").rstrip("/")
if not SITE_URL and DEBUG:
    SITE_URL = "http://127.0.0.1:8000"

INSTALLED_APPS = [
    "modeltranslation",  # must precede django.contrib.admin
    # django.contrib.admin with the site that asks staff for a second factor (cndh.admin_site).
    "cndh.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_filters",
    "django_prose_editor",
    "django_countries",
    # Before django_tasks_db: cndh's db_worker (the library's, with a heartbeat) takes its name.
    "cndh",
    "django_tasks",
    "django_tasks_db",
    "django_guid",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "partners",
    "partners.treaties",
    "reports",
    "news",
    "news.newsletter",
]

MIDDLEWARE = [
    # A request id for every log line of the request, then the request's own line.
    "django_guid.middleware.guid_middleware",
    "cndh.requestlog.RequestLogMiddleware",
    # 304 answers from the ETag and Last-Modified of every response, cached or not.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous pages from the shared cache, before any session, locale or view work; the
    # stored page keeps the headers the middleware below added to it (cndh/pagecache.py).
    "cndh.pagecache.PageCacheMiddleware",
    # Then, so that every response gets the security headers, static files and redirects too.
    "csp.middleware.CSPMiddleware",
    "cndh.security_headers.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cndh.signin.AdminIdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cndh.urls"
WSGI_APPLICATION = "cndh.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cndh.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web and worker processes share the file: readers do not block the writer (WAL), a writer
    # waits for the lock instead of failing, and a transaction that will write takes the lock
    # when it begins, so two of them cannot deadlock upgrading from reading to writing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Fails soft: without Redis, pages are built without the cache (cndh/cache.py).
            "BACKEND": "cndh.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "cndh",
            # Give up on a Redis that does not answer in half a second rather than hold the request.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (cndh.pagecache, README "Caching"): anonymous pages are kept in the cache
# above until their content changes, at most this many seconds (0: no page cache). On by
# default only with Redis: a cache of each process's own would miss another's invalidations.
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "3600" if os.environ.get("REDIS_URL") else "0"))
# The parts many pages share (the side column: cndh.fragments) are kept as long, with the same
# invalidation, also when the page cache is off; never without a shared cache.
FRAGMENT_CACHE_SECONDS = int(
    os.environ.get("DJANGO_FRAGMENT_CACHE_SECONDS", "3600" if os.environ.get("REDIS_URL") else "0")
)
# How long browsers and the proxy may keep a public page: a visitor sees a change at most
# three times this late (in the proxy, in the browser, and while the browser revalidates).
PAGE_MAX_AGE = int(os.environ.get("DJANGO_PAGE_MAX_AGE", "30"))

# Staff sign-in (README "Staff sign-in"). django-axes checks for a lockout before any
# other backend looks at the password, so it comes first.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# The admin's address, without the leading slash; robots.txt does not name it.
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"
# Failed sign-ins are counted per account and, separately, per client address: either
# reaching the limit locks further attempts for the cool-off, counted from the last failure.
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Attempts are rows in the database that every web process and machine reads, so a
# lockout holds whichever worker the next attempt reaches (a per-process cache would not).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# The address behind DJANGO_TRUSTED_PROXY_COUNT proxies, not the proxy's own.
AXES_CLIENT_IP_CALLABLE = "cndh.http.client_address"
# A page in the staff member's language with status 429, instead of a bare string.
AXES_LOCKOUT_CALLABLE = "cndh.signin.lockout_response"
# Who must sign in with a second factor (TOTP): "superusers", "publishers", "staff", or
# "" for nobody; anyone who has enrolled a device is asked for a code either way.
OTP_REQUIRED = os.environ.get("DJANGO_OTP_REQUIRED", "superusers").strip().lower()
if OTP_REQUIRED not in {"", "superusers", "publishers", "staff"}:
    raise ImproperlyConfigured("DJANGO_OTP_REQUIRED must be superusers, publishers, staff or empty.")
# The name authenticator apps show next to the account.
OTP_TOTP_ISSUER = "CNDH"
# The admin pages of devices show neither their secret keys nor their QR codes to other staff.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Minutes without an admin request after which a staff session is signed out.
ADMIN_IDLE_MINUTES = int(os.environ.get("DJANGO_ADMIN_IDLE_MINUTES", "30"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first and default; the language prefix is on every URL.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zgh", _("Tamazight")),
    ("fr", _("French")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"
FORMAT_MODULE_PATH = ["cndh.formats"]

MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = ("ar", "zgh", "fr", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("ar",),
    "en": ("fr", "ar"),
    "fr": ("ar",),
    "zgh": ("ar",),
}
# The tabbed admin needs jQuery UI; it ships in static/ rather than from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded files: served by the site under /media/, or from another origin (a host of their
# own, e.g. https://media.cndh.example.org/) when DJANGO_MEDIA_URL is an absolute address.
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
if not MEDIA_URL.endswith("/"):
    MEDIA_URL += "/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Where `manage.py backup` writes and `restore` reads (README "Backups"): a folder, or an
    # S3 bucket (any S3-compatible service) when DJANGO_BACKUP_S3_BUCKET is set.
    "backups": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": Path(os.environ.get("DJANGO_BACKUP_ROOT", BASE_DIR / "backups"))},
    },
}
if os.environ.get("DJANGO_BACKUP_S3_BUCKET"):
    STORAGES["backups"] = {
        # django-storages, which needs boto3; only this storage imports them, when it is first used.
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["DJANGO_BACKUP_S3_BUCKET"],
            # Unset: AWS itself; otherwise the address of another S3-compatible service.
            "endpoint_url": os.environ.get("DJANGO_BACKUP_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("DJANGO_BACKUP_S3_REGION") or None,
            # Unset: boto3 finds credentials itself (AWS_* variables, the machine's role).
            "access_key": os.environ.get("DJANGO_BACKUP_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("DJANGO_BACKUP_S3_SECRET_ACCESS_KEY") or None,
            # Two backups in the same second get two names rather than one overwriting the other.
            "file_overwrite": False,
        },
    }

# Uploads: documents and images are checked by name, content and size (cndh.validators),
# pictures re-encoded and every file named by the site (cndh.uploads). See README "Uploads".
DOCUMENT_MAX_BYTES = int(os.environ.get("DJANGO_DOCUMENT_MAX_BYTES", 40 * 1024 * 1024))
IMAGE_MAX_BYTES = int(os.environ.get("DJANGO_IMAGE_MAX_BYTES", 5 * 1024 * 1024))
# Width times height: 40 megapixels is more than any cover or photograph on the site needs, and
# decoding it takes at most 160 MB; a small file declaring more (a decompression bomb) is refused.
IMAGE_MAX_PIXELS = int(os.environ.get("DJANGO_IMAGE_MAX_PIXELS", 40_000_000))
# The largest request body, files included, refused before any of it is stored: room for a
# report's cover and one document in the same save, plus the form's other fields.
MAX_REQUEST_BYTES = int(os.environ.get("DJANGO_MAX_REQUEST_BYTES", DOCUMENT_MAX_BYTES + IMAGE_MAX_BYTES + 1024 * 1024))
FILE_UPLOAD_HANDLERS = [
    "cndh.uploads.RequestBodyLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Mail
# Django's SMTP backend, signing each message with the DKIM key when one is set (cndh.mail).
EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "cndh.mail.EmailBackend")
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "CNDH <newsletter@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# DKIM: the private key (PEM file) and the selector its public key is published under in DNS
# (<selector>._domainkey.<domain>); the domain defaults to the sender's. No key: no signature.
DKIM_PRIVATE_KEY_FILE = os.environ.get("DJANGO_DKIM_PRIVATE_KEY_FILE", "")
DKIM_SELECTOR = os.environ.get("DJANGO_DKIM_SELECTOR", "cndh")
DKIM_DOMAIN = os.environ.get("DJANGO_DKIM_DOMAIN", "")

# Background work (newsletter delivery, confirmation mail): django-tasks. Production uses
# the database queue (django_tasks_db.DatabaseBackend, workers: `manage.py db_worker`);
# unset, tasks run at once in the process that queues them, so `make run` needs no worker.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("DJANGO_TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# The worker's healthcheck (manage.py worker_health) fails when a task has waited longer.
WORKER_STALE_SECONDS = int(os.environ.get("DJANGO_WORKER_STALE_SECONDS", "600"))
# How often a worker records that it is alive; silent for three of these, it counts as gone.
WORKER_HEARTBEAT_SECONDS = float(os.environ.get("DJANGO_WORKER_HEARTBEAT_SECONDS", "15"))
# Seconds a visitor (or a crawler) is asked to wait when the database cannot be reached (503).
DATABASE_RETRY_AFTER = int(os.environ.get("DJANGO_DATABASE_RETRY_AFTER", "30"))
# /healthz says "degraded" when the media folder has less free space than this.
MEDIA_MIN_FREE_BYTES = int(os.environ.get("DJANGO_MEDIA_MIN_FREE_BYTES", str(1024**3)))

# Newsletter delivery (see README "Newsletter").
NEWSLETTER_BATCH_SIZE = int(os.environ.get("DJANGO_NEWSLETTER_BATCH_SIZE", "200"))
NEWSLETTER_LEASE_SECONDS = int(os.environ.get("DJANGO_NEWSLETTER_LEASE_SECONDS", "300"))
# SMTP connections one worker keeps side by side; each round of that many messages is one commit.
NEWSLETTER_CONNECTIONS = int(os.environ.get("DJANGO_NEWSLETTER_CONNECTIONS", "8"))
# Messages per second for one worker; 0 sends as fast as the SMTP server answers.
NEWSLETTER_RATE_LIMIT = float(os.environ.get("DJANGO_NEWSLETTER_RATE_LIMIT", "0"))
# Waits before each new attempt after a temporary SMTP failure; after the last, the row fails.
NEWSLETTER_RETRY_DELAYS = [int(s) for s in env_list("DJANGO_NEWSLETTER_RETRY_DELAYS", "60,300,1800,7200")]
# The same for one message (a confirmation, a test) while the mail server is away: about a day,
# within the confirmation link's validity (NEWSLETTER_CONFIRM_MAX_AGE).
NEWSLETTER_MAIL_RETRY_DELAYS = [
    int(s) for s in env_list("DJANGO_NEWSLETTER_MAIL_RETRY_DELAYS", "60,300,900,1800,3600,7200,14400,28800,43200")
]
NEWSLETTER_CONFIRM_MAX_AGE = int(os.environ.get("DJANGO_NEWSLETTER_CONFIRM_MAX_AGE", str(3 * 24 * 3600)))
# Bounces: the envelope sender of edition messages (each gets its own, bounces+<delivery>-<sig>@),
# the mailbox it delivers to (maildir:///path, imaps://user:password@host/INBOX, pop3s://...,
# read by `manage.py read_bounces`), and how many soft bounces stop mail to an address.
NEWSLETTER_BOUNCE_ADDRESS = os.environ.get("DJANGO_NEWSLETTER_BOUNCE_ADDRESS", "")
NEWSLETTER_BOUNCE_MAILBOX = os.environ.get("DJANGO_NEWSLETTER_BOUNCE_MAILBOX", "")
NEWSLETTER_SOFT_BOUNCE_LIMIT = int(os.environ.get("DJANGO_NEWSLETTER_SOFT_BOUNCE_LIMIT", "3"))
# An address never confirmed is erased with its ledger after this long (law 09-08).
NEWSLETTER_PENDING_MAX_AGE = int(os.environ.get("DJANGO_NEWSLETTER_PENDING_MAX_AGE", str(30 * 24 * 3600)))
# Subscribe attempts allowed per hour, per address and per client address.
NEWSLETTER_RATE_PER_ADDRESS = int(os.environ.get("DJANGO_NEWSLETTER_RATE_PER_ADDRESS", "3"))
NEWSLETTER_RATE_PER_CLIENT = int(os.environ.get("DJANGO_NEWSLETTER_RATE_PER_CLIENT", "10"))
NEWSLETTER_LIST_ID = os.environ.get(
    "DJANGO_NEWSLETTER_LIST_ID", "CNDH international cooperation <news.cndh.example.org>"
)

# How many reverse proxies in front of the site append the client address to
# X-Forwarded-For (0: visitors connect directly). See cndh.http.client_address.
TRUSTED_PROXY_COUNT = max(0, int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0")))

# Security. Behind a TLS-terminating proxy, the proxy sets X-Forwarded-Proto.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
# /healthz answers the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Security headers, on every response, public and admin (README "Security"). One
# Content-Security-Policy: scripts, styles, images and fonts come from this site only, no
# inline script runs without the request's nonce (the admin's import map carries it, see
# cndh.admin), nothing frames the site, forms post only to it. DJANGO_CSP_REPORT_ONLY=1
# sends the same policy as Content-Security-Policy-Report-Only, to try a change on the
# live site before enforcing it; DJANGO_CSP_REPORT_URI is where browsers report violations.
CSP_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # The rich-text editor (Tiptap, in django-prose-editor 0.28) adds one <style> element
        # of its own, always the same: its hash lets exactly that one apply, so style-src
        # needs no 'unsafe-inline'. The browser tests (tests/e2e/test_csp.py) fail on any
        # other inline style, this one after an upgrade that changes it included.
        "style-src": [SELF, "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "report-uri": env_list("DJANGO_CSP_REPORT_URI") or None,
    }
}
if env_bool("DJANGO_CSP_REPORT_ONLY"):
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = CSP_POLICY
else:
    CONTENT_SECURITY_POLICY = CSP_POLICY
    CONTENT_SECURITY_POLICY_REPORT_ONLY = None
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Powerful features no page of the site uses, refused to the site and to anything it embeds.
PERMISSIONS_POLICY = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "interest-cohort",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]

# Logs: one JSON object a line in production (DJANGO_LOG_FORMAT=json, the default without
# DEBUG), plain text on a developer's machine; every line carries the request id.
LOG_FORMAT = os.environ.get("DJANGO_LOG_FORMAT", "text" if DEBUG else "json")
LOG_CLIENT_ADDRESS = env_bool("DJANGO_LOG_CLIENT_ADDRESS")
DJANGO_GUID = {"GUID_HEADER_NAME": "X-Request-ID", "VALIDATE_GUID": True, "RETURN_HEADER": True}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "django_guid.log_filters.CorrelationId", "correlation_id_field": "request_id"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # The request line above says the same, with the request id.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        "django_guid": {"level": "WARNING"},
    },
}
