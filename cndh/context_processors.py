from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

from cndh.i18n import direction_of, page_language


def language_links(request, *, elsewhere: dict[str, str] | None = None) -> list[dict]:
    """A link to this page in each language; ``elsewhere`` names the languages it does not exist
    in, each with the address to offer instead (not an alternate: no hreflang points there)."""
    current = page_language()
    elsewhere = elsewhere or {}
    links = []
    for code, _name in settings.LANGUAGES:
        url = elsewhere.get(code) or translate_url(request.get_full_path(), code)
        if url == request.get_full_path() and code != current:
            url = f"/{code}/"
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "dir": direction_of(code),
                "current": code == current,
                "alternate": code not in elsewhere,
            }
        )
    return links


def site(request):
    """Language links that keep the visitor on the same page, and the site's address.

    A view whose page is missing in some languages puts its own ``LANGUAGE_LINKS`` in its
    context (built with :func:`language_links`), which takes the place of these."""
    return {"LANGUAGE_LINKS": language_links(request), "SITE_URL": settings.SITE_URL}
