"""Bad input a visitor or a robot sends by hand: a clean answer in the visitor's language, nothing changed."""

import re

import pytest
from django.test import Client

from news.newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

GARBAGE_LANGUAGES = "\x00;;q=zz, *;q=-1,,xx-YY;q=2, ⵜⵜ;q=0.5, " * 200
SUBSCRIPTION = {"email": "reader@example.org", "language": "fr", "consent": "on", "next": "/fr/"}


def language_of(response) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="(rtl|ltr)">', response.content.decode())
    assert match, response.content[:300]
    return match.groups()


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/xx/", ("ar", "rtl")),
        ("/ar-ma/news/", ("ar", "rtl")),
        ("/AR/news/", ("ar", "rtl")),
        ("/en-us/", ("en", "ltr")),
    ],
)
def test_an_unknown_language_prefix_is_a_page_not_found(client, path, language):
    response = client.get(path)
    assert response.status_code == 404
    assert language_of(response) == language


@pytest.mark.parametrize(
    "query",
    [
        "q=%00",
        "q=a%00b&kind=%00",
        "page=9999999999999999999999",
        "page=-1",
        "page=%00",
        "kind=nonsense&year=99999999999999999999&month=13&partner=%00",
        "year=-1&month=0",
        "year=2021&year=2022&month=1&month=zz",
    ],
)
def test_odd_query_strings_answer_the_list_in_its_language(client, demo, query):
    response = client.get(f"/fr/news/?{query}")
    assert response.status_code == 200
    assert language_of(response) == ("fr", "ltr")


@pytest.mark.parametrize(
    "path",
    [
        "/fr/reports/?year=zz&kind=zz&language=zz",
        "/fr/treaties/?kind=zz&status=zz&reporting=zz",
        "/fr/cooperation/international-partners/?category=zz&country=%00&in_force=zz&page=-1",
        "/fr/newsletter/archive/?page=9999999999999999999999",
    ],
)
def test_filter_values_that_are_not_choices_answer_the_page(client, demo, path):
    response = client.get(path)
    assert response.status_code == 200
    assert language_of(response) == ("fr", "ltr")


@pytest.mark.parametrize(
    "path",
    [
        "/ar/news/0/",
        "/ar/news/99999999999999999999999/",
        "/ar/news/2021/02/30/slug/",
        "/ar/news/2021/13/01/slug/",
        "/ar/news/99999999999999999999999/01/01/slug/",
        "/ar/reports/0/annual-report/",
        "/ar/reports/99999999999999999999999/annual-report/",
        "/ar/newsletter/archive/99999999999999999999999/",
    ],
)
def test_a_date_or_number_out_of_range_is_a_page_not_found(client, demo, path):
    response = client.get(path)
    assert response.status_code == 404
    assert language_of(response) == ("ar", "rtl")


def test_a_month_out_of_range_leads_to_the_list_which_says_so(client, demo):
    response = client.get("/fr/news/2021/13/", follow=True)
    assert response.status_code == 200
    assert language_of(response) == ("fr", "ltr")
    assert response.context["filter"].errors


def test_a_garbage_accept_language_header_leads_to_a_language_of_the_site(client, demo):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=GARBAGE_LANGUAGES)
    assert response.status_code == 302
    assert response["Location"] in ("/ar/", "/zgh/", "/fr/", "/en/")
    page = client.get("/fr/", HTTP_ACCEPT_LANGUAGE=GARBAGE_LANGUAGES)
    assert page.status_code == 200 and language_of(page) == ("fr", "ltr")


@pytest.mark.parametrize("host", ["evil.example", "testserver.evil.example", "a b", "[::1", "testserver/evil"])
def test_a_host_not_allowed_is_a_bad_request_in_the_visitors_language(host):
    client = Client()
    response = client.get("/fr/news/", HTTP_HOST=host)
    assert response.status_code == 400
    assert language_of(response) == ("fr", "ltr")
    assert "Demande incompréhensible" in response.content.decode()
    assert client.post("/fr/newsletter/", SUBSCRIPTION, HTTP_HOST=host).status_code == 400
    assert Subscriber.objects.count() == 0


def test_a_huge_or_broken_cookie_is_ignored(client, demo):
    cookie = f"sessionid={'x' * 100_000}; csrftoken=\x00; messages=not-signed; {'k' * 200}={'v' * 4000}"
    response = client.get("/ar/", HTTP_COOKIE=cookie)
    assert response.status_code == 200
    assert language_of(response) == ("ar", "rtl")


def test_a_form_without_its_csrf_token_is_refused_in_the_visitors_language():
    """The forms behind a subscriber's signed link keep their token (the subscription form
    checks where it was sent from instead: tests/cndh/test_pagecache.py)."""
    from news.newsletter.services import subscriber_manage_token
    from tests import factories

    reader = factories.SubscriberFactory(language="fr")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/ar/newsletter/preferences/{subscriber_manage_token(subscriber=reader)}/", {"language": "ar"}
    )
    assert response.status_code == 403
    assert language_of(response) == ("ar", "rtl")
    assert "لم تُرسَل الاستمارة" in response.content.decode()
    reader.refresh_from_db()
    assert reader.language == "fr"


def test_a_body_in_another_charset_than_utf8_is_a_bad_request_that_changes_nothing(client):
    response = client.generic(
        "POST",
        "/fr/newsletter/",
        b"email=reader%40example.org&language=fr&consent=on",
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )
    assert response.status_code == 400
    assert language_of(response) == ("fr", "ltr")
    assert Subscriber.objects.count() == 0
