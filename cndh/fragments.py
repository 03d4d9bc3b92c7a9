"""Parts of pages that many pages share, rendered once per generation of the content.

The side column (the newsletter form, the latest news) is the same on every page
of a language but for the page's own address, which the form carries back; it
was some 40 % of the time of building a page. It is rendered once per language
and generation (``cndh.pagecache``: a new generation starts whenever public
content changes, at the next publication time and at midnight), with a stand-in
for the address that each page puts its own in place of.

``kept`` does the same for a value a view computes from the content alone (a
chapter's body with its anchors and partner links). Both are off without a
shared cache (``FRAGMENT_CACHE_SECONDS`` is 0 then): a cache of each process's
own would miss the invalidations made in another.
"""

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from cndh import clock
from cndh.cache import cache_available
from cndh.pagecache import generation, is_anonymous, seconds_until

T = TypeVar("T")

#: What a shared fragment holds where the page's address goes (letters only: escaping keeps it).
ADDRESS_MARK = "cndhpageaddressmark"


def kept(request, name: str, build: Callable[[], T], *vary) -> T:
    """``build()`` once per generation, language and ``vary`` for anonymous visitors (it must pickle).

    Staff may see previews of what is not public yet: for them it is built every time.
    """
    if settings.FRAGMENT_CACHE_SECONDS <= 0 or request is None or not is_anonymous(request):
        return build()
    now = timezone.now()
    record = getattr(request, "page_generation", None)
    if record is None:
        if not cache_available():
            return build()
        record = request.page_generation = generation(now)
    token, _started, valid_until = record
    parts = [token, clock.today().isoformat(), get_language(), name, *map(str, vary)]
    key = "fragments:" + ":".join(parts)
    value = cache.get(key)
    if value is None:
        value = build()
        if timeout := seconds_until(valid_until, now):
            cache.set(key, value, timeout)
    return value


def shared(request, name: str, build: Callable[[], str], *vary) -> SafeString:
    """The HTML of ``build()``, kept as ``kept`` keeps it, with the page's address put in."""
    address = conditional_escape(request.get_full_path() if request is not None else "")
    html = kept(request, name, build, *vary)
    return mark_safe(html.replace(ADDRESS_MARK, address))  # noqa: S308  # nosec B308 B703  # our own rendering
