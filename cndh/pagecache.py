"""The page cache: what an anonymous visitor is sent, kept until what it shows changes.

Every public page is the same for every visitor without a session (staff) or a
pending message, so the answer to such a GET is stored in the shared cache and
served from there until one of these happens:

* an item of public content is saved or deleted, or its relations change
  (``content_changed``, connected in ``cndh.apps`` to every model of
  ``PUBLIC_MODELS``; code that writes with ``update()``, which sends no
  signal, calls it itself);
* a published item's publication time falls due (``next_publication``);
* the site's date changes (reporting states are computed from it: ``cndh.clock``);
* a deploy runs ``migrate`` (new code or catalogues may render differently).

All four start a new *generation*: each stored page carries the generation it
was made in, and one of another is not served, so they are dropped together,
in one cache write, and none can outlive the change. That
is coarser than dropping only the pages an item appears on (its lists, its
parents, the side column of every page, the feeds, the sitemap), but never
wrong, and edits are rare next to visits. The generation is bumped when the
save is made and again when its transaction commits: a page rendered in
between, from the old rows, is stored under a generation nobody reads any more.

Django's own cache middleware keys pages by URL and a fixed prefix, and gives
them the browser's lifetime as theirs; here the server keeps a page as long as
it is right, while browsers and the proxy keep it only ``PAGE_MAX_AGE`` seconds
(see ``public_cache_control``), which bounds how late a visitor can see a
change: ``3 * PAGE_MAX_AGE``, once in the proxy, once in the browser and once
more while the browser revalidates (README "Caching").
"""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from cndh import clock
from cndh.cache import cache_available

GENERATION_KEY = "pages:generation"
#: The models whose rows public pages, feeds and sitemaps show (checked by a test:
#: every model is here or in ``PRIVATE_MODELS``).
PUBLIC_MODELS = (
    "cndh.Page",
    "partners.Partner",
    "partners.Role",
    "partners.Agreement",
    "treaties.Treaty",
    "treaties.ReportingCycle",
    "reports.Report",
    "reports.ReportDocument",
    "reports.Chapter",
    "reports.Activity",
    "reports.PartnerMention",
    "news.NewsItem",
    "newsletter.Edition",
)
#: Models that never appear on a public page: saving them keeps the cached pages.
#: (A subscriber or a delivery is saved thousands of times while an edition goes out.)
PRIVATE_MODELS = (
    "cndh.WorkerHeartbeat",
    "cndh.SearchEntry",
    "cndh.SearchWord",
    "newsletter.Subscriber",
    "newsletter.ConsentRecord",
    "newsletter.Delivery",
    "newsletter.BounceReport",
)
#: Cookies that make a page differ from what every visitor sees: a signed-in session
#: (previews) and a message waiting to be shown (after a form). Their bearers get fresh pages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


# Invalidation ----------------------------------------------------------------------------


def content_changed(**kwargs) -> None:
    """Start a new generation now and once more when the current transaction commits.

    A signal receiver (any keyword arguments) as well as a plain call.
    """
    cache.delete(GENERATION_KEY)
    transaction.on_commit(lambda: cache.delete(GENERATION_KEY))


def next_publication(now: datetime.datetime):
    """The earliest future publication time of a published item of any public model, or None.

    One query: the union of each model's earliest such time.
    """
    from django.apps import apps

    from cndh.models import Publishable

    times = [
        model._default_manager.status_published().filter(publish_at__gt=now).order_by().values_list("publish_at")
        for model in map(apps.get_model, PUBLIC_MODELS)
        if issubclass(model, Publishable)
    ]
    first = times[0].union(*times[1:]).order_by("publish_at").first()
    return first[0] if first else None


def _next_midnight(now: datetime.datetime) -> datetime.datetime:
    local = timezone.localtime(now)
    tomorrow = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(tomorrow, local.tzinfo)


def generation(now: datetime.datetime, record=None) -> tuple[str, datetime.datetime, datetime.datetime]:
    """(token, started, valid until) of the pages stored now; ``record`` as just read, if it was.

    A new generation is valid until the next publication time, the next midnight
    or ``PAGE_CACHE_SECONDS`` (``FRAGMENT_CACHE_SECONDS`` if longer: the shared
    fragments of cndh.fragments use it too), whichever comes first; the cache
    forgets it then.
    """
    if record is None:
        record = cache.get(GENERATION_KEY)
    if record is not None and record[2] > now:
        return record
    lifetime = max(settings.PAGE_CACHE_SECONDS, settings.FRAGMENT_CACHE_SECONDS)
    ends = [now + datetime.timedelta(seconds=lifetime), _next_midnight(now)]
    if due := next_publication(now):
        ends.append(due)
    record = (uuid.uuid4().hex, now, min(ends))
    # add, not set: of two processes that start a generation at once, one wins and both use it.
    if cache.add(GENERATION_KEY, record, seconds_until(record[2], now)):
        return record
    return cache.get(GENERATION_KEY) or record


def seconds_until(moment: datetime.datetime, now: datetime.datetime) -> int:
    # Rounded down: an entry may go a fraction of a second early, never late.
    return max(0, int((moment - now).total_seconds()))


# HTTP -----------------------------------------------------------------------------------


def public_cache_control(response) -> None:
    """Let browsers and shared caches keep ``response`` for ``PAGE_MAX_AGE`` seconds.

    The proxy of the production stack (deploy/nginx) may serve it stale while it
    asks for a fresh copy, and while the site answers errors.
    """
    max_age = settings.PAGE_MAX_AGE
    patch_cache_control(response, public=True, max_age=max_age, s_maxage=max_age, stale_while_revalidate=max_age)


def private_cache_control(response) -> None:
    """Kept by no cache: a preview, a page with a message, a staff page, a form's answer."""
    patch_cache_control(response, private=True, no_store=True)


def is_anonymous(request) -> bool:
    return not any(name in request.COOKIES for name in PERSONAL_COOKIES)


class PageCacheMiddleware:
    """Serves and stores anonymous GET answers (see the module's description).

    Placed outside everything that only adds the same headers to every public
    page (CSP, security headers, WhiteNoise): a stored page keeps them, and a page
    served from the cache costs one Redis read (the generation and the page
    together) and no session, locale or view work. Inside the request id, the
    request log and the 304 answers, which every request gets. ``X-Page-Cache``
    says "hit" or "miss" for the benchmark and the tests.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.private_prefixes = ("/" + settings.ADMIN_URL, settings.STATIC_URL, settings.MEDIA_URL)

    def __call__(self, request):
        if not self._public_request(request):
            response = self.get_response(request)
            if "Cache-Control" not in response:
                private_cache_control(response)
            return response
        if settings.PAGE_CACHE_SECONDS <= 0 or not cache_available():
            # Off, or Redis away (cndh.cache): built each time, still public for the proxy.
            response = self.get_response(request)
            if self._cacheable_response(request, response):
                self._mark_public(response)
            return response

        now = timezone.now()
        key = self._key(request)
        found = cache.get_many([GENERATION_KEY, key])
        token, started, valid_until = request.page_generation = generation(now, found.get(GENERATION_KEY))
        stored = found.get(key)
        if stored is not None and stored[0] == token:
            return self._stored_response(stored)

        response = self.get_response(request)
        if self._cacheable_response(request, response):
            self._mark_public(response, last_modified=started)
            if timeout := seconds_until(valid_until, now):
                # The page's own generation goes with it: a page of an older one is not served.
                headers = [(name, value) for name, value in response.items() if name != "X-Page-Cache"]
                cache.set(key, (token, response.status_code, headers, response.content), timeout)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _stored_response(stored) -> HttpResponse:
        _token, status, headers, content = stored
        response = HttpResponse(content, status=status, headers=headers)
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _mark_public(response, *, last_modified: datetime.datetime | None = None) -> None:
        public_cache_control(response)
        response["ETag"] = f'"{hashlib.blake2b(response.content, digest_size=12).hexdigest()}"'
        if last_modified is not None:
            # The generation's start: nothing a page shows has changed since (a safe upper bound).
            response["Last-Modified"] = http_date(last_modified.timestamp())

    def _public_request(self, request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and is_anonymous(request)
            and not request.path.startswith(self.private_prefixes)
        )

    @staticmethod
    def _cacheable_response(request, response) -> bool:
        # A view that said how it may be cached (a preview, a signed link, /healthz) is left as it
        # is, and so is a page whose CSP carries a nonce: served again, the nonce would be known.
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "Cache-Control" not in response
            and getattr(request, "_csp_nonce", None) is None
        )

    @staticmethod
    def _key(request) -> str:
        # The language as LocaleMiddleware will choose it: from the path, or for the few
        # addresses without a prefix (sitemap, robots.txt) from the cookie and Accept-Language.
        language = translation.get_language_from_request(request, check_path=True)
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        return f"pages:{clock.today().isoformat()}:{language}:{digest}"
