"""Every kind of response carries the same security headers: pages, data, files, admin, errors."""

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import path, resolve

from cndh import urls as site_urls
from tests import factories
from tests.helpers import verified_admin_client

pytestmark = pytest.mark.django_db

# A test URLconf: the site's own, plus a view that fails, for the handler500 page.
handler500 = "cndh.views.server_error"


def _fail(request):
    raise RuntimeError("a view that fails, to show the 500 page")


urlpatterns = [path("test-failure/", _fail), *site_urls.urlpatterns]

DENIED_FEATURES = {"camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"}


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_security_headers(response, *, framing_header: bool = True, upload: bool = False) -> None:
    """The headers a browser relies on to keep the site's pages and files out of an attacker's reach.

    An uploaded file gets a policy stricter than the site's own (cndh.media): nothing at all may
    run or load in it, and it is sandboxed.
    """
    if upload:
        assert response.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
        assert_other_security_headers(response, framing_header=framing_header)
        return
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    # Scripts only from this site (or carrying this response's nonce): no inline script, no eval.
    assert policy["script-src"][0] == "'self'"
    assert all(v == "'self'" or v.startswith("'nonce-") for v in policy["script-src"])
    assert "'unsafe-inline'" not in policy["style-src"] and "'unsafe-inline'" not in policy.get("style-src-attr", [])
    assert all(v == "'self'" or v.startswith("'sha256-") for v in policy["style-src"])
    assert policy["img-src"] == ["'self'"]
    assert policy["font-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert "Content-Security-Policy-Report-Only" not in response.headers
    assert_other_security_headers(response, framing_header=framing_header)


def assert_other_security_headers(response, *, framing_header: bool) -> None:
    permissions = dict(item.strip().split("=", 1) for item in response.headers["Permissions-Policy"].split(","))
    assert DENIED_FEATURES <= permissions.keys()
    assert set(permissions.values()) == {"()"}
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Resource-Policy"] == "same-origin"
    # As before: no sniffing, the referrer kept to this site, and no framing for old browsers.
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    if framing_header:
        assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("language", ["ar", "zgh", "fr", "en"])
def test_public_page_in_every_language_sends_the_security_headers(client, demo, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        ("/en/news/feed/rss/", "application/rss+xml"),
        ("/fr/partners/data/partners.json", "application/json"),
        ("/fr/treaties/export/ratifications.csv", "text/csv"),
        ("/robots.txt", "text/plain"),
        ("/sitemap.xml", "application/xml"),
        ("/healthz", "application/json"),
    ],
)
def test_feeds_data_and_machine_files_send_the_security_headers(client, url, content_type):
    factories.PartnerFactory()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert_security_headers(response)


def test_uploaded_file_sends_the_security_headers(client):
    # Written where the media route reads, and only the headers checked: which files it serves,
    # and how, is the media route's own business.
    url = f"/media/tests-{uuid.uuid4().hex}/annual-2021.pdf"
    root = Path(resolve(url).kwargs.get("document_root", settings.MEDIA_ROOT))
    folder = root / url.split("/")[2]
    folder.mkdir(parents=True)
    try:
        (folder / "annual-2021.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
        response = client.get(url)
    finally:
        shutil.rmtree(folder)
    assert response.status_code == 200
    assert_security_headers(response, upload=True)


def test_static_file_sends_the_security_headers(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    # Static files come from whitenoise, before the middleware that adds X-Frame-Options runs;
    # frame-ancestors says the same to every browser that reads it.
    assert_security_headers(response, framing_header=False)


def test_admin_login_and_change_page_send_the_security_headers(client, django_user_model):
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert_security_headers(login)

    partner = factories.PartnerFactory()
    client = verified_admin_client(django_user_model.objects.create_superuser("chief", "c@example.org", "a-long-pw"))
    change = client.get(f"/admin/partners/partner/{partner.pk}/change/")
    assert change.status_code == 200
    assert_security_headers(change)


def test_admin_rich_text_import_map_runs_only_with_the_responses_nonce(client, django_user_model):
    partner = factories.PartnerFactory()
    client = verified_admin_client(django_user_model.objects.create_superuser("chief", "c@example.org", "a-long-pw"))
    response = client.get(f"/admin/partners/partner/{partner.pk}/change/")
    nonce = directives(response.headers["Content-Security-Policy"])["script-src"][1]
    assert nonce.startswith("'nonce-")
    assert f'<script type="importmap" nonce="{nonce[7:-1]}">' in response.text
    again = client.get(f"/admin/partners/partner/{partner.pk}/change/")
    assert directives(again.headers["Content-Security-Policy"])["script-src"][1] != nonce


def test_public_pages_allow_no_inline_script_at_all(client):
    # No public template has an inline script, so no nonce is handed out for one to use.
    response = client.get("/en/")
    assert directives(response.headers["Content-Security-Policy"])["script-src"] == ["'self'"]
    assert "<script>" not in response.text and " nonce=" not in response.text


def test_redirect_sends_the_security_headers(client):
    response = client.get("/", headers={"accept-language": "fr"})
    assert response.status_code == 302
    # LocaleMiddleware builds the redirect above the middleware that adds X-Frame-Options.
    assert_security_headers(response, framing_header=False)


def test_not_found_page_sends_the_security_headers(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert_security_headers(response)


def test_server_error_page_sends_the_security_headers(settings):
    settings.ROOT_URLCONF = __name__
    client = Client(raise_request_exception=False)
    response = client.get("/test-failure/")
    assert response.status_code == 500
    assert 'class="content content--alone"' in response.text  # the site's own 500 page
    assert_security_headers(response)


def test_https_responses_keep_strict_transport_security(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/en/", secure=True)
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert_security_headers(response)


def _headers_with_environment(**environment) -> dict[str, str]:
    """The headers of /robots.txt from a fresh process whose settings read this environment."""
    code = (
        "import django, json; django.setup(); from django.test import Client; "
        "print(json.dumps(dict(Client().get('/robots.txt').headers)))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cndh.settings.test", **environment}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_report_only_switch_sends_the_same_policy_without_enforcing_it():
    enforced = _headers_with_environment()
    reported = _headers_with_environment(
        DJANGO_CSP_REPORT_ONLY="1", DJANGO_CSP_REPORT_URI="https://reports.example.org/csp"
    )
    assert "Content-Security-Policy-Report-Only" not in enforced
    assert "Content-Security-Policy" not in reported
    assert directives(reported["Content-Security-Policy-Report-Only"]) == {
        **directives(enforced["Content-Security-Policy"]),
        "report-uri": ["https://reports.example.org/csp"],
    }
