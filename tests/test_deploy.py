"""The production stack as files: compose.yaml, the Dockerfile, the nginx configuration and
the two container healthchecks, checked against a real gunicorn and a real nginx.

Docker cannot run here, so the compose rules are read from the file itself.
"""

import contextlib
import datetime
import gzip
import os
import re
import shutil
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from tests.helpers import clean_environment, free_port, free_ports, gunicorn, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
SERVICES = COMPOSE["services"]
ONE_SHOT = {"migrate", "certificates"}
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "tests.production_settings",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-key-for-this-test-only-0123456789",
    "DJANGO_ALLOWED_HOSTS": "cndh.example.org",
    "DJANGO_SITE_URL": "https://cndh.example.org",
    "DJANGO_TRUSTED_PROXY_COUNT": "1",
}


# compose.yaml


def test_long_running_services_restart_and_one_shot_services_do_not():
    for name, service in SERVICES.items():
        assert service["restart"] == ("no" if name in ONE_SHOT else "unless-stopped"), name


def test_web_and_worker_start_after_the_migrations_have_run():
    assert SERVICES["migrate"]["command"][-1].startswith("python manage.py migrate --noinput")
    for name in ("web", "worker"):
        assert SERVICES[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert "migrate" not in " ".join(SERVICES[name]["command"])


def test_only_the_tls_proxy_is_reachable_from_outside():
    published = {name for name, service in SERVICES.items() if service.get("ports")}
    assert published == {"proxy"}
    assert SERVICES["proxy"]["ports"] == ["80:80", "443:443"]
    assert SERVICES["web"]["expose"] == ["8000"]
    # The site counts the proxy's X-Forwarded-For entry, and only it.
    for name in ("migrate", "web", "worker"):
        assert SERVICES[name]["environment"]["DJANGO_TRUSTED_PROXY_COUNT"] == "1"


def test_web_and_worker_have_healthchecks_that_run_the_projects_own_checks():
    assert SERVICES["web"]["healthcheck"]["test"] == ["CMD", "python", "-m", "cndh.healthcheck"]
    assert SERVICES["worker"]["healthcheck"]["test"] == ["CMD", "python", "manage.py", "worker_health"]
    assert SERVICES["proxy"]["depends_on"]["web"] == {"condition": "service_healthy"}


def test_a_missing_variable_stops_compose_with_its_name_and_env_example_names_each_one():
    text = (ROOT / "compose.yaml").read_text()
    references = re.findall(r"\$\{([A-Z_]+)(:[?-])?([^}]*)\}", text)
    assert references
    required = set()
    for name, operator, rest in references:
        # Either a default, or a stop that names the variable; never an empty value.
        assert operator in (":-", ":?"), name
        if operator == ":?":
            assert name in rest, name
            required.add(name)
    example = (ROOT / ".env.example").read_text()
    for name in required:
        assert re.search(rf"^{name}=", example, re.MULTILINE), f"{name} is not in .env.example"


def test_the_image_holds_no_secret_nor_local_state():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for entry in (".env", ".git", ".venv", "__pycache__", "*.pyc", ".pytest_cache", "db.sqlite3", "media", "backups"):
        assert entry in ignored, entry


def test_the_code_belongs_to_root_and_runs_as_a_numeric_unprivileged_user():
    run_stage = (ROOT / "Dockerfile").read_text().split("\nFROM ")[-1]
    assert re.search(r"^USER 10001:10001$", run_stage, re.MULTILINE)
    copies = re.findall(r"^COPY .*$", run_stage, re.MULTILINE)
    assert copies and not any("--chown" in line for line in copies)


def test_backups_go_to_a_volume_of_their_own_that_only_the_web_service_mounts():
    root = SERVICES["web"]["environment"]["DJANGO_BACKUP_ROOT"]
    assert f"backups:{root}" in SERVICES["web"]["volumes"]
    assert "backups" in COMPOSE["volumes"]
    mounting = {name for name, service in SERVICES.items() if any("backups:" in v for v in service.get("volumes", []))}
    assert mounting == {"web"}
    # The image has the PostgreSQL tools the commands run, and the folder is the site user's.
    run_stage = (ROOT / "Dockerfile").read_text().split("\nFROM ")[-1]
    assert "postgresql-client" in run_stage
    assert re.search(rf"chown 10001:10001 [^\n]*{root}", run_stage)


def test_hadolint_finds_nothing_in_the_dockerfile():
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert hadolint, "hadolint is in requirements-dev.txt"
    result = subprocess.run([hadolint, "Dockerfile"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


# The worker's healthcheck


@pytest.fixture
def queued(settings, db):
    """Queue one task on the database backend, as production does, and return its row."""
    from django_tasks_db.models import DBTaskResult

    from news.newsletter.tasks import deliver_edition

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WORKER_STALE_SECONDS = 600

    def enqueue(*, waited: datetime.timedelta, run_after: datetime.datetime | None = None):
        from django.utils import timezone

        result = deliver_edition.enqueue(1)
        row = DBTaskResult.objects.get(pk=result.id)
        DBTaskResult.objects.filter(pk=row.pk).update(enqueued_at=timezone.now() - waited)
        if run_after is not None:
            DBTaskResult.objects.filter(pk=row.pk).update(run_after=run_after)
        return row

    return enqueue


def test_the_worker_is_healthy_with_an_empty_queue_or_a_fresh_task(queued):
    call_command("worker_health", stdout=open(os.devnull, "w"))  # noqa: SIM115
    queued(waited=datetime.timedelta(minutes=2))
    call_command("worker_health", stdout=open(os.devnull, "w"))  # noqa: SIM115


def test_the_worker_is_unhealthy_when_a_task_waits_too_long(queued):
    queued(waited=datetime.timedelta(minutes=11))
    with pytest.raises(CommandError, match=r"A task has waited 6\d\d s for a worker \(limit 600 s\)"):
        call_command("worker_health")


def test_a_retry_waits_from_its_own_time_not_from_when_it_was_first_queued(queued):
    from django.utils import timezone

    queued(waited=datetime.timedelta(hours=3), run_after=timezone.now() - datetime.timedelta(minutes=1))
    call_command("worker_health", stdout=open(os.devnull, "w"))  # noqa: SIM115


def heartbeat_of_this_host(*, silent: datetime.timedelta, stopped: bool = False):
    import socket

    from django.utils import timezone

    from cndh.models import WorkerHeartbeat

    seen = timezone.now() - silent
    return WorkerHeartbeat.objects.create(
        worker_id="w1",
        hostname=socket.gethostname(),
        pid=1,
        started_at=seen,
        seen_at=seen,
        stopped_at=seen if stopped else None,
    )


def test_the_worker_is_healthy_while_its_heartbeat_is_fresh(queued, settings):
    settings.WORKER_HEARTBEAT_SECONDS = 15
    heartbeat_of_this_host(silent=datetime.timedelta(seconds=20))
    call_command("worker_health", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.mark.parametrize(
    ("silent", "stopped", "says"),
    [(120, False, r"has not reported for 1[12]\d s"), (5, True, r"stopped \d s ago")],
)
def test_the_worker_is_unhealthy_when_the_worker_of_its_host_is_silent_or_stopped(
    queued, settings, silent, stopped, says
):
    settings.WORKER_HEARTBEAT_SECONDS = 15  # silent for three of them (45 s) counts as gone
    heartbeat_of_this_host(silent=datetime.timedelta(seconds=silent), stopped=stopped)
    with pytest.raises(CommandError, match=says):
        call_command("worker_health")


# The web healthcheck against a real gunicorn with the production settings


@pytest.fixture
def production_env(tmp_path):
    return clean_environment() | PRODUCTION | {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}


@pytest.fixture
def production_gunicorn(production_env):
    with gunicorn(production_env) as port:
        yield port


def healthcheck(env: dict, port: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cndh.healthcheck"],
        cwd=ROOT,
        env=env | {"CNDH_HEALTHCHECK_ADDRESS": f"127.0.0.1:{port}"},
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_the_web_healthcheck_passes_with_the_production_host_settings(production_gunicorn, production_env):
    # A plain request, as a naive healthcheck would send, is refused: its Host is not allowed.
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"http://127.0.0.1:{production_gunicorn}/healthz", timeout=10)  # noqa: S310
    assert refused.value.code == 400
    result = healthcheck(production_env, production_gunicorn)
    assert result.returncode == 0, result.stderr
    assert '"database": "ok"' in result.stdout


def test_the_web_healthcheck_fails_when_nothing_answers(production_env):
    result = healthcheck(production_env, free_port())
    assert result.returncode == 1
    assert result.stderr.startswith("unhealthy:")


# nginx in front of gunicorn, with the repository's own configuration


@pytest.fixture
def nginx(production_gunicorn, tmp_path):
    with running_nginx(production_gunicorn, tmp_path) as ports:
        yield ports


@contextlib.contextmanager
def running_nginx(upstream_port: int, tmp_path):
    binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("nginx is missing: .ci/run installs Debian's nginx-light")
        pytest.skip("nginx is not installed (apt-get install nginx-light): the proxy is not checked")
    certificates = tmp_path / "certs"
    certificates.mkdir()
    subprocess.run(
        ["sh", str(ROOT / "deploy" / "make-certificate.sh")],
        env={**os.environ, "SERVER_NAME": "cndh.example.org", "CERTS": str(certificates)},
        check=True,
        capture_output=True,
    )
    srv = tmp_path / "srv"
    (srv / "static" / "css").mkdir(parents=True)
    (srv / "static" / "css" / "site.0123abcd.css").write_text("body{}")
    (srv / "media" / "reports").mkdir(parents=True)
    (srv / "media" / "reports" / "annual-report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (srv / "media" / "reports" / "page.html").write_text("<script>alert(1)</script>")
    http_port, https_port = free_ports(2)
    # The file as the nginx image fills it in, with this machine's ports and folders.
    server = (
        (ROOT / "deploy" / "nginx" / "cndh.conf.template")
        .read_text()
        .replace("${SERVER_NAME}", "cndh.example.org")
        .replace("server web:8000;", f"server 127.0.0.1:{upstream_port};")
        .replace("listen 80 ", f"listen 127.0.0.1:{http_port} ")
        .replace("listen 443 ", f"listen 127.0.0.1:{https_port} ")
        .replace(
            "return 301 https://cndh.example.org$request_uri",
            f"return 301 https://cndh.example.org:{https_port}$request_uri",
        )
        .replace("/etc/nginx/certs", str(certificates))
        .replace("/etc/nginx/cndh/cache.conf", str(ROOT / "deploy" / "nginx" / "cache.conf"))
        .replace("/var/cache/nginx/pages", str(tmp_path / "pages"))
        .replace("root /srv;", f"root {srv};")
    )
    assert "${" not in server.replace("$request_uri", "")
    (tmp_path / "server.conf").write_text(server)
    (tmp_path / "nginx.conf").write_text(
        ""
        # As root (CI), nginx's workers would run as nobody, who cannot read the test's folders.
        + ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n include /etc/nginx/mime.types;\n access_log off;\n"
        f" client_body_temp_path {tmp_path}/body;\n proxy_temp_path {tmp_path}/proxy;\n"
        f" fastcgi_temp_path {tmp_path}/fastcgi;\n uwsgi_temp_path {tmp_path}/uwsgi;\n"
        f" scgi_temp_path {tmp_path}/scgi;\n"
        f" include {tmp_path}/server.conf;\n}}\n"
    )
    process = subprocess.Popen(
        [binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_port(https_port, process)
        yield http_port, https_port
    finally:
        process.terminate()
        process.wait(timeout=20)


def fetch(url: str, *, method: str = "GET", headers: dict | None = None):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the certificate is the self-signed one of a local run

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), NoRedirect)
    request = urllib.request.Request(url, method=method, headers={"Host": "cndh.example.org", **(headers or {})})
    try:
        with opener.open(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_nginx_sends_plain_http_to_https(nginx):
    http_port, https_port = nginx
    status, headers, _body = fetch(f"http://127.0.0.1:{http_port}/ar/")
    assert status == 301
    assert headers["Location"] == f"https://cndh.example.org:{https_port}/ar/"


def test_nginx_passes_requests_to_gunicorn_over_tls_as_https(nginx):
    _http, https_port = nginx
    status, headers, body = fetch(f"https://127.0.0.1:{https_port}/healthz")
    assert status == 200 and b'"database": "ok"' in body
    # nginx's request id reached the site, which sends it back (and logs with it).
    assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"])
    # Django saw HTTPS (X-Forwarded-Proto), so it sends HSTS and does not redirect.
    assert "max-age=" in headers["Strict-Transport-Security"]
    assert "nginx/" not in headers.get("Server", "")


def test_nginx_serves_static_files_with_far_future_caching(nginx):
    _http, https_port = nginx
    status, headers, body = fetch(f"https://127.0.0.1:{https_port}/static/css/site.0123abcd.css")
    assert (status, body) == (200, b"body{}")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["Content-Type"].startswith("text/css")


def test_nginx_serves_uploads_inert(nginx):
    _http, https_port = nginx
    status, pdf, _body = fetch(f"https://127.0.0.1:{https_port}/media/reports/annual-report.pdf")
    assert (status, pdf["Content-Type"], pdf["Content-Disposition"]) == (200, "application/pdf", "inline")
    status, page, _body = fetch(f"https://127.0.0.1:{https_port}/media/reports/page.html")
    assert (status, page["Content-Type"], page["Content-Disposition"]) == (
        200,
        "application/octet-stream",
        "attachment",
    )
    for headers in (pdf, page):
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_nginx_refuses_a_body_larger_than_the_largest_upload_before_reading_it(nginx):
    _http, https_port = nginx
    status, _headers, _body = fetch(
        f"https://127.0.0.1:{https_port}/ar/newsletter/",
        method="POST",
        headers={"Content-Length": str(48 * 1024 * 1024), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 413


def test_nginx_keeps_public_pages_and_builds_personal_ones_each_time(nginx):
    _http, https_port = nginx
    url = f"https://127.0.0.1:{https_port}/robots.txt"
    first, second = fetch(url), fetch(url)
    assert first[1]["X-Proxy-Cache"] == "MISS" and second[1]["X-Proxy-Cache"] == "HIT"
    assert first[2] == second[2] and b"Sitemap:" in second[2]
    assert "public" in second[1]["Cache-Control"]
    for cookie in ("sessionid=abc", "messages=abc"):
        assert fetch(url, headers={"Cookie": cookie})[1]["X-Proxy-Cache"] == "BYPASS", cookie
    # /healthz is never_cache: asked through the proxy each time.
    health = f"https://127.0.0.1:{https_port}/healthz"
    assert fetch(health)[1]["X-Proxy-Cache"] == fetch(health)[1]["X-Proxy-Cache"] == "MISS"


def test_nginx_compresses_what_the_site_sends(nginx):
    _http, https_port = nginx
    url = f"https://127.0.0.1:{https_port}/fr/search/opensearch.xml"
    status, headers, body = fetch(url, headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert "<OpenSearchDescription" in gzip.decompress(body).decode()
    assert "Accept-Encoding" in headers["Vary"]


def test_nginx_serves_the_last_good_copy_while_the_site_is_down(production_env, tmp_path):
    with contextlib.ExitStack() as stack:
        site = stack.enter_context(contextlib.ExitStack())  # closed early below, or with the rest
        port = site.enter_context(gunicorn(production_env | {"DJANGO_PAGE_MAX_AGE": "1"}))
        _http, https_port = stack.enter_context(running_nginx(port, tmp_path))
        url = f"https://127.0.0.1:{https_port}/robots.txt"
        status, headers, body = fetch(url)
        assert status == 200 and "max-age=1" in headers["Cache-Control"]
        site.close()  # the site stops
        time.sleep(1.5)  # the copy expires
        status, headers, stale = fetch(url)
        assert (status, headers["X-Proxy-Cache"], stale) == (200, "STALE", body)
