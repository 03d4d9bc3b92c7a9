import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from cndh.models import Page
from tests import factories
from tests.helpers import DIRECTIONS, LANGUAGES, SITEMAP_NS, html_lang_dir, sitemap_urls

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def site(db):
    factories.PageFactory.create_every_key()
    report = factories.ReportFactory(year=2021, slug="annual-report-2021")
    chapter = factories.ChapterFactory(report=report, slug="international-cooperation", international_cooperation=True)
    return report, chapter


def public_paths(report, chapter):
    return [
        "/",
        "/cooperation/",
        "/cooperation/international-partners/",
        "/reports/",
        f"/reports/{report.year}/{report.slug}/",
        f"/reports/{report.year}/{report.slug}/{chapter.slug}/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_answers_in_every_language_with_lang_and_dir(client, site, language):
    for path in public_paths(*site):
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, path
        html = response.content.decode()
        assert html_lang_dir(html) == (language, DIRECTIONS[language]), path
        assert html.count("<h1") == 1, path


@pytest.mark.parametrize(
    "path",
    [
        "/de/",
        "/xx/reports/",
        "/ar/reports/abc/annual-report-2021/",
        "/ar/reports/1999/annual-report-2021/",
        "/ar/reports/2021/no-such-report/",
        "/ar/reports/2021/annual-report-2021/no-such-chapter/",
        "/ar/reports/99999999999999999999/x/",
        "/fr/nothing-here/",
    ],
)
def test_unknown_addresses_are_404_in_the_site_layout(client, site, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<h1" in response.content.decode()


def test_404_page_speaks_the_language_of_the_prefix(client, site):
    html = client.get("/fr/reports/2021/no-such-report/").content.decode()
    assert html_lang_dir(html) == ("fr", "ltr")
    assert "Page introuvable" in html
    html = client.get("/ar/reports/2021/no-such-report/").content.decode()
    assert html_lang_dir(html) == ("ar", "rtl")


def test_server_error_page_renders_in_the_visitors_language(rf):
    from django.utils import translation

    from cndh.views import server_error

    with translation.override("fr"):
        response = server_error(rf.get("/fr/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert html_lang_dir(html) == ("fr", "ltr")
    assert "Erreur du serveur" in html


def test_draft_page_is_hidden_from_visitors_and_previewed_by_staff(client, staff_client, db):
    factories.PageFactory(key=Page.Key.COOPERATION, status=Page.Status.DRAFT)
    assert client.get("/fr/cooperation/").status_code == 404
    response = staff_client.get("/fr/cooperation/")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_a_working_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_healthz_says_degraded_when_a_task_waits_too_long_for_a_worker(client, db, settings):
    import datetime

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from news.newsletter.tasks import deliver_edition

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WORKER_STALE_SECONDS = 600
    result = deliver_edition.enqueue(1)
    assert client.get("/healthz").json()["tasks"] == "ok"
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - datetime.timedelta(minutes=15))
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["tasks"]) == ("degraded", "late")
    assert 890 <= body["oldest_task_seconds"] <= 960


def test_healthz_says_degraded_when_the_media_disk_is_nearly_full(client, db, settings):
    import shutil

    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    settings.MEDIA_MIN_FREE_BYTES = shutil.disk_usage(settings.MEDIA_ROOT).total + 1
    body = client.get("/healthz").json()
    assert (body["status"], body["media"]) == ("degraded", "low")


def test_healthz_answers_503_when_the_database_is_down():
    # A real process whose database server does not exist (nothing listens on port 9).
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz'); print(r.status_code, r.json()['database'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cndh.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:9/none",
        "DJANGO_CONN_MAX_AGE": "0",
    }
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "503 down", out.stderr


def test_robots_txt_names_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_sitemap_lists_every_page_once_per_language(client, site):
    locations = [url.find("s:loc", SITEMAP_NS).text for url in sitemap_urls(client)]
    assert len(locations) == len(set(locations))
    report, chapter = site
    for code in LANGUAGES:
        assert f"http://testserver/{code}{chapter.get_absolute_url()[3:]}" in locations


def test_load_demo_twice_leaves_the_same_rows(db):
    from django.apps import apps

    def snapshot():
        rows = {}
        for model in apps.get_models():
            if model._meta.app_label in {"cndh", "partners", "treaties", "reports", "news", "newsletter"}:
                rows[model._meta.label] = sorted(
                    tuple(sorted((k, str(v)) for k, v in row.items())) for row in model.objects.values()
                )
        return rows

    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "changes saved" in out.getvalue()
    first = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == first
    assert first["reports.Chapter"] and first["treaties.ReportingCycle"] and first["newsletter.Edition"]
    assert out.getvalue().rstrip().endswith("Demo content is already in place: nothing to change.")


def test_load_demo_dry_run_saves_nothing(db):
    from reports.models import Report

    call_command("load_demo", "--dry-run", verbosity=0)
    assert not Report.objects.exists()


def test_production_settings_pass_the_deploy_check():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "cndh.settings.base",
        "DJANGO_SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-key-0123456789",
        "DJANGO_ALLOWED_HOSTS": "cndh.example.org",
        "DJANGO_SITE_URL": "https://cndh.example.org",
        # Production shares one cache between its processes (the check warns otherwise).
        "REDIS_URL": "redis://127.0.0.1:6379/5",
    }
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "WARNINGS" not in out.stderr


def test_a_worker_without_the_public_address_sends_no_link_to_nowhere(settings):
    from django.core.exceptions import ImproperlyConfigured

    from cndh.http import absolute_url

    settings.SITE_URL = ""
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SITE_URL must be set"):
        absolute_url("/fr/newsletter/")


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "cndh.settings.base"
    }
    # What gunicorn does first: load the WSGI application.
    out = subprocess.run(
        [sys.executable, "-c", "import cndh.wsgi"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode != 0
    assert "DJANGO_SECRET_KEY" in out.stderr


def test_production_refuses_to_start_without_its_public_address():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | {
        "DJANGO_SETTINGS_MODULE": "cndh.settings.base",
        "DJANGO_SECRET_KEY": "x" * 50,
    }
    out = subprocess.run(
        [sys.executable, "-c", "import cndh.wsgi"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode != 0
    assert "DJANGO_SITE_URL" in out.stderr


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "remote", "expected"),
    [
        (0, "203.0.113.9", "192.0.2.1", "192.0.2.1"),  # no proxy: the header is the visitor's own words
        (1, "198.51.100.7", "10.0.0.2", "198.51.100.7"),
        (1, "203.0.113.9, 198.51.100.7", "10.0.0.2", "198.51.100.7"),  # the first entry was forged
        (2, "203.0.113.9, 198.51.100.7, 10.0.0.3", "10.0.0.2", "198.51.100.7"),
        (2, "198.51.100.7", "10.0.0.2", "10.0.0.2"),  # shorter than the proxy chain
        (1, "unknown", "10.0.0.2", "10.0.0.2"),  # not an address
        (1, "", "10.0.0.2", "10.0.0.2"),
        (0, "", "not-an-address", None),
    ],
)
def test_client_address_trusts_only_the_configured_proxies(rf, settings, proxies, forwarded_for, remote, expected):
    from cndh.http import client_address

    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", HTTP_X_FORWARDED_FOR=forwarded_for, REMOTE_ADDR=remote)
    assert client_address(request) == expected
