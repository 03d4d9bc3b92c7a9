"""The site as the outside world sees it: its public address, the visitor's network address, where a form came from."""

import ipaddress
from functools import wraps
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost, ImproperlyConfigured
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.module_loading import import_string
from django.views.decorators.csrf import csrf_exempt


def client_address(request) -> str | None:
    """The address of the visitor, for rate limits and the consent ledger.

    Behind DJANGO_TRUSTED_PROXY_COUNT proxies, each of which appends the address
    it saw to X-Forwarded-For, the address the outermost trusted proxy saw is the
    entry that many places from the end; the entries before it came from the
    visitor and could be anything. Without trusted proxies, or when the header
    is short or not an address, it is the connecting address (REMOTE_ADDR).
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(hops) >= count and (address := _address(hops[-count])):
            return address
    return _address(request.META.get("REMOTE_ADDR", ""))


def _address(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def absolute_url(path: str) -> str:
    """``path`` on the site's public address (DJANGO_SITE_URL), for mail and feeds, which leave the request behind."""
    if not settings.SITE_URL:
        # A worker started without DJANGO_SITE_URL: a mail with links to nowhere must not go out.
        from cndh.checks import REQUIRED_TO_SERVE

        raise ImproperlyConfigured(REQUIRED_TO_SERVE["SITE_URL"])
    return f"{settings.SITE_URL}{path}"


def site_domain() -> str:
    """The host name of DJANGO_SITE_URL, for Message-IDs."""
    return settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"


def local_redirect_path(request, target: str, *, fallback: str) -> str:
    """``target`` as a path on this site when it is one, otherwise ``fallback``.

    For a return address a visitor sends (a form's ``next``): Django's own
    check refuses other hosts, other schemes and the browser's tricks
    (``//host``, ``/\\host``, control characters); what passes is cut down to
    its path and query, so the answer can only lead somewhere on this site.
    """
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return fallback
    parts = urlsplit(target)
    # Decoded too: a proxy or a later redirect that decodes "/%2F%2Fhost" would make it "//host".
    decoded = unquote(parts.path).replace("\\", "/")
    if not parts.path.startswith("/") or decoded.startswith("//"):
        return fallback
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def is_same_origin_post(request) -> bool:
    """Whether a browser sent this POST from a page of this site, as its own headers say.

    For the forms of public pages, which carry no CSRF token so that the pages
    set no cookie and can be cached (README "Caching"). Browsers send
    ``Sec-Fetch-Site`` and ``Origin`` with every POST, cross-site ones included,
    and a page cannot forge either; ``Referer`` stands in where both are missing.
    A request with none of the three is no browser's cross-site request (which
    is all a CSRF token defends against), so it passes. Django's CSRF check does
    the same with Origin and Referer, but only together with its token.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source is None:
        return True
    parts = urlsplit(source)
    origin = f"{parts.scheme}://{parts.netloc}"
    try:
        return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS
    except DisallowedHost:
        return False


def same_origin_post(view):
    """Refuse, with the site's own "form not sent" page, a POST that a page of another site sent.

    The view is exempt from the CSRF token check: :func:`is_same_origin_post` takes its place.
    """

    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin_post(request):
            return import_string(settings.CSRF_FAILURE_VIEW)(request, reason="the form was sent from another site")
        return view(request, *args, **kwargs)

    return csrf_exempt(checked)
