"""No visitor input ends in a server error: every public address, filled with what an attacker sends.

The URLconf is walked, not listed: every pattern under the language prefix in
each language, and the ones outside it (robots, sitemap, health, one-click
unsubscribe). Hypothesis fills each path converter with the demo's real
values or with hostile segments (control characters, NUL, bidi controls,
Arabic, Tifinagh and Latin mixed, overlong values, broken percent-encoding
such as ``%zz`` and the overlong UTF-8 ``%C0%AF``), adds a generated query
string with repeated keys, and posts generated bodies to the forms. Every
answer must be below 500; an HTML answer must say its language and
direction; a redirect must stay on the site.

Runs are reproducible (``derandomize``) and bounded: README says how many
requests one run sends.
"""

import re
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from news.models import NewsItem
from news.newsletter import services
from news.newsletter.models import Edition

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "zgh", "fr", "en"]
DIRECTION = {"ar": "rtl", "zgh": "ltr", "fr": "ltr", "en": "ltr"}
FUZZ = settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
POST_FUZZ = settings(FUZZ, max_examples=20)

# Not fuzzed: the admin (staff only, behind sign-in; tests/cndh/test_signin.py).
EXCLUDED_PREFIXES = (django_settings.ADMIN_URL,)


def public_patterns() -> list[tuple[bool, str]]:
    """(under the language prefix?, route) of every public URL pattern of the root URLconf."""

    def walk(patterns, prefix: str, localized: bool):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                locale = isinstance(pattern.pattern, LocalePrefixPattern)
                yield from walk(
                    pattern.url_patterns, prefix + ("" if locale else str(pattern.pattern)), localized or locale
                )
            else:
                yield localized, prefix + str(pattern.pattern)

    routes = walk(get_resolver().url_patterns, "", False)
    return [(localized, route) for localized, route in routes if not route.startswith(EXCLUDED_PREFIXES)]


PATTERNS = public_patterns()
CONVERTER = re.compile(r"<(?:(?P<kind>[^>:]+):)?(?P<name>[^>]+)>")

# Pieces of hostile text: control characters (C0, DEL, C1), NUL, bidi controls and marks,
# byte-order mark and non-characters, Arabic, Tifinagh, Latin with accents, astral letters.
SPICE = [
    "\x00", "\x01", "\x08", "\x0b", "\x1b", "\x1f", "\x7f", "\x85", "\x9f",
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u200e", "\u200b", "\ufeff", "\ufffe", "\uffff",
    "ا", "لم", "ⵜ", "ⴰⵎⴰⵢⵍ", "é", "ß", "𝕏", "\U0001f600",
    "..", "/", "\\", "'", '"', "<", ">", "&", ";", "=", "?", "#", " ", "\t", "\r\n",
]  # fmt: skip
# Sent as they are, not percent-encoded: escapes that are broken, truncated, overlong or not UTF-8.
RAW = ["%zz", "%C0%AF", "%", "%2", "%00", "%2F", "%2e%2e", "%5C", "%E2%80", "%FF", "%ED%A0%80", "%u202e", "%%"]
NUMBERS = ["0", "-1", "00", "1e3", "9999999999999999999999", "99999999999999999999999999999999999999", "2021", "13"]
ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"])


def piece() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(SPICE).map(lambda text: quote(text, safe="")),
        st.sampled_from(RAW),
        st.sampled_from(NUMBERS),
        st.text(ALPHABET, max_size=8).map(lambda text: quote(text, safe="")),
        st.sampled_from(["a" * 300, "ⵜ" * 200, "9" * 60]).map(lambda text: quote(text, safe="")),
    )


def hostile() -> st.SearchStrategy[str]:
    return st.lists(piece(), min_size=1, max_size=5).map("".join)


QUERY_KEYS = ["page", "q", "kind", "year", "month", "partner", "category", "country", "in_force", "status"]
QUERY_KEYS += ["reporting", "language", "next", "format", "lang", "csrfmiddlewaretoken"]


def query_string() -> st.SearchStrategy[str]:
    """``k=v&k=v``, with known filter names (repeated too) and invented ones, and broken escapes."""
    key = st.one_of(st.sampled_from(QUERY_KEYS), hostile())
    pair = st.tuples(key, st.one_of(st.sampled_from(NUMBERS), hostile())).map("=".join)
    return st.lists(st.one_of(pair, hostile()), max_size=6).map("&".join)


def real_values(subscriber_tokens: list[str]) -> tuple[dict[str, list[dict]], dict[str, list[str]]]:
    """The demo's own addresses, as resolved keyword arguments per route and values per argument name."""
    from cndh.urls import sitemaps

    by_route: dict[str, list[dict]] = {}
    by_name: dict[str, set[str]] = {}
    with translation.override("ar"):
        for sitemap in sitemaps.values():
            sitemap = sitemap() if isinstance(sitemap, type) else sitemap
            for item in sitemap.items():
                match = resolve(sitemap.location(item))
                kwargs = {name: str(value) for name, value in match.kwargs.items()}
                by_route.setdefault(match.route.removeprefix("ar/"), []).append(kwargs)
                for name, value in kwargs.items():
                    by_name.setdefault(name, set()).add(value)
    by_name["kind"] = set(NewsItem.Kind.values)
    by_name["dataset"] = {"ratifications", "cycles"}
    by_name["fmt"] = {"csv", "json", "ics"}
    by_name["token"] = set(subscriber_tokens)
    by_name["pk"] = {str(pk) for pk in Edition.objects.values_list("pk", flat=True)}
    return by_route, {name: sorted(values) for name, values in by_name.items()}


@pytest.fixture
def real(demo):
    subscriber = services.subscriber_subscribe(email="fuzz@example.org", language="fr", client_address=None)
    tokens = [
        services.subscriber_manage_token(subscriber=subscriber),
        services.subscriber_confirmation_token(subscriber=subscriber),
    ]
    return real_values(tokens)


def path_for(data, route: str, localized: bool, real) -> tuple[str, str | None]:
    """A path for ``route``: real arguments, some or all replaced by hostile ones; and its language."""
    by_route, by_name = real
    names = [m["name"] for m in CONVERTER.finditer(route)]
    start = by_route.get(route) or [{}]
    kwargs = dict(data.draw(st.sampled_from(start), label="real"))
    for name in names:
        pool = by_name.get(name, [])
        choices = [st.sampled_from(pool)] if pool else []
        if name in kwargs:
            choices.insert(0, st.just(kwargs[name]))
        kwargs[name] = data.draw(st.one_of(*choices, hostile()), label=name)
    path = CONVERTER.sub(lambda m: kwargs[m["name"]], route)
    if not localized:
        return f"/{path}", None
    language = data.draw(st.sampled_from(LANGUAGES), label="language")
    return f"/{language}/{path}", language


def check(response, language: str | None) -> None:
    assert response.status_code < 500, response.status_code
    if response.status_code in (301, 302, 303, 307, 308):
        location = response["Location"]
        assert not location.startswith(("//", "/\\")), location
        assert urlsplit(location).netloc in ("", "testserver"), location
    if response.get("Content-Type", "").startswith("text/html") and response.content:
        match = re.search(r'<html lang="([^"]+)" dir="(rtl|ltr)">', response.content.decode())
        assert match, response.content[:300]
        if language:
            assert match.groups() == (language, DIRECTION[language])


@pytest.mark.parametrize(("localized", "route"), PATTERNS, ids=[route or "home" for _, route in PATTERNS])
@FUZZ
@given(data=st.data())
def test_no_address_answers_a_server_error(real, localized, route, data):
    path, language = path_for(data, route, localized, real)
    query = data.draw(query_string(), label="query")
    response = Client().get(f"{path}?{query}" if query else path)
    check(response, language)


FORM = {
    "email": ["reader@example.org", "ⵜⴰⵏⵙⴰ@example.ma", "lecteur@exämple.ma", "a@exa\u202emple.org"],
    "language": LANGUAGES,
    "consent": ["on"],
    "consent_version": ["1", ""],
    "website": [""],
    "next": ["x", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/fr/", "/ar/news/?kind=event"],
}


def form_body() -> st.SearchStrategy:
    """A form's fields as a dict, or a raw body.

    Mostly a plausible form with one or two fields made hostile, so that the
    answer gets past validation; else fields known and invented, repeated, with
    any value; else raw ``k=v&...`` text with broken escapes.
    """
    value = st.one_of(hostile(), st.text(ALPHABET, max_size=40))
    plausible = st.fixed_dictionaries({name: st.sampled_from(values) for name, values in FORM.items()})
    spoiled = st.lists(st.sampled_from(sorted(FORM)), max_size=2, unique=True).flatmap(
        lambda names: st.fixed_dictionaries(dict.fromkeys(names, value))
    )
    nearly_valid = st.tuples(plausible, spoiled).map(lambda pair: {**pair[0], **pair[1]})
    key = st.one_of(st.sampled_from(sorted(FORM)), hostile())
    anything = st.dictionaries(key, st.one_of(value, st.lists(value, min_size=2, max_size=3)), max_size=8)
    raw = st.lists(st.one_of(st.tuples(key, value).map("=".join), hostile()), max_size=8).map("&".join)
    return st.one_of(nearly_valid, nearly_valid, anything, raw)


POST_ROUTES = [
    (True, "newsletter/"),
    (True, "newsletter/preferences/<str:token>/"),
    (True, "newsletter/unsubscribe/<str:token>/"),
    (False, "newsletter/one-click/<str:token>/"),
]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin-1",
    "application/x-www-form-urlencoded; charset=nonsense",
    "multipart/form-data; boundary=broken",
    "multipart/form-data",
    "text/plain",
]


@pytest.mark.parametrize(("localized", "route"), POST_ROUTES, ids=[route for _, route in POST_ROUTES])
@POST_FUZZ
@given(data=st.data())
def test_no_form_answers_a_server_error(real, localized, route, data):
    assert (localized, route) in PATTERNS
    path, language = path_for(data, route, localized, real)
    body = data.draw(form_body(), label="body")
    accept = data.draw(st.sampled_from(["text/html", "application/json"]), label="accept")
    cache.clear()  # the hourly subscription limits would otherwise turn every later example into a 429
    client = Client()
    if isinstance(body, dict):
        response = client.post(path, body, HTTP_ACCEPT=accept)
    else:
        content_type = data.draw(st.sampled_from(CONTENT_TYPES), label="content type")
        # generic() sends the bytes as they are, whatever charset the content type claims.
        response = client.generic("POST", path, body.encode(), content_type=content_type, HTTP_ACCEPT=accept)
    check(response, language)
