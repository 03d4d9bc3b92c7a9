"""No redirect leads off the site, whatever return address or path a visitor sends."""

from urllib.parse import urljoin, urlsplit

import pytest

from news.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

HOSTILE = [
    "//evil.example",
    "//evil.example/fr/",
    "https://evil.example",
    "https://evil.example/fr/",
    "/\\evil.example",
    "\\\\evil",
    "\\/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "%68ttps://evil.example",
    "https:%2F%2Fevil.example",
    "/\t/evil.example",
    "http://testserver@evil.example/",
    "x",
    "",
]


def lands_on_this_site(response, base: str) -> bool:
    """The browser's reading of Location: a path of this host (not a scheme-relative or script URL)."""
    location = response["Location"]
    if location.lstrip().lower().startswith(("javascript:", "//", "\\", "/\\")):
        return False
    target = urlsplit(urljoin(f"http://testserver{base}", location))
    return target.scheme == "http" and target.netloc == "testserver"


@pytest.mark.parametrize("target", HOSTILE)
def test_the_return_address_after_subscribing_stays_on_this_site(client, target):
    data = {"email": "reader@example.org", "language": "fr", "consent": "on", "next": target}
    response = client.post("/fr/newsletter/", data)
    assert response.status_code == 302
    assert response["Location"] == "/fr/newsletter/"
    assert Subscriber.objects.count() == 1


def test_a_return_address_on_this_site_is_kept_as_a_path(client):
    data = {"email": "reader@example.org", "language": "fr", "consent": "on"}
    kept = client.post("/fr/newsletter/", {**data, "next": "/fr/news/?kind=event"})
    assert kept["Location"] == "/fr/news/?kind=event"
    shortened = client.post("/fr/newsletter/", {**data, "next": "http://testserver/fr/"})
    assert shortened["Location"] == "/fr/"


def test_a_plain_http_return_address_is_refused_on_a_secure_request(client, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    data = {"email": "reader@example.org", "language": "fr", "consent": "on", "next": "http://testserver/fr/"}
    response = client.post("/fr/newsletter/", data, HTTP_X_FORWARDED_PROTO="https")
    assert response["Location"] == "/fr/newsletter/"


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example",
        "//evil.example/",
        "/\\evil.example",
        "/%5Cevil.example",
        "/%2F%2Fevil.example",
        "///evil.example",
        "/fr//evil.example",
        "/fr/%2F%2Fevil.example",
        "/evil.example",
        "/fr/news",
    ],
)
def test_the_site_redirects_only_to_its_own_paths(client, path):
    """The language prefix (LocaleMiddleware) and the trailing slash (CommonMiddleware) redirect by themselves."""
    response = client.get(path)
    assert response.status_code < 500
    if response.status_code in (301, 302, 307, 308):
        assert lands_on_this_site(response, path), response["Location"]
