from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def site(request):
    """Language links that keep the visitor on the same page, and the site's address."""
    current = get_language() or settings.LANGUAGE_CODE
    links = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        if url == request.get_full_path() and code != current:
            url = f"/{code}/"
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "dir": "rtl" if info["bidi"] else "ltr",
                "current": code == current,
            }
        )
    return {"LANGUAGE_LINKS": links, "SITE_URL": settings.SITE_URL}
