"""Helpers shared by the tests."""

import contextlib
import re
import socket
import subprocess
import time

import pytest
from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
DIRECTIONS = {"ar": "rtl", "zgh": "ltr", "fr": "ltr", "en": "ltr"}


def html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', html)
    assert match, "no <html lang dir>"
    return match.group(1), match.group(2)


SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_documents(client) -> list[tuple[str, bytes]]:
    """The sitemap index's pages, (path, body) each, in the order it lists them."""
    import xml.etree.ElementTree as ET  # noqa: S405 - our own sitemap

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    documents = []
    for loc in ET.fromstring(response.content).findall("s:sitemap/s:loc", SITEMAP_NS):  # noqa: S314
        path = "/" + loc.text.split("://", 1)[1].split("/", 1)[1]
        page = client.get(path)
        assert page.status_code == 200, path
        documents.append((path, page.content))
    return documents


def sitemap_urls(client):
    """Every <url> of every page of the sitemap."""
    import xml.etree.ElementTree as ET  # noqa: S405 - our own sitemap

    return [
        url for _path, body in sitemap_documents(client) for url in ET.fromstring(body).findall("s:url", SITEMAP_NS)
    ]  # noqa: S314


def sitemap_paths(client) -> list[str]:
    """Every public address the sitemap lists, as paths (all languages)."""
    locations = [url.find("s:loc", SITEMAP_NS).text for url in sitemap_urls(client)]
    return ["/" + loc.split("://", 1)[1].split("/", 1)[1] for loc in locations]


def search_paths(code: str) -> list[str]:
    """The search page as visitors meet it: with results, with none, and refusing a query."""
    return [f"/{code}/search/?q=2021", f"/{code}/search/?q=zzqqxx", f"/{code}/search/?q={'x' * 300}&year=abc"]


def one_path_per_view(paths: list[str]) -> list[str]:
    """A representative path for each view and language (the first the sitemap lists)."""
    from django.urls import resolve
    from django.utils import translation

    seen, chosen = set(), []
    for path in paths:
        language = path.split("/")[1]
        with translation.override(language):
            key = (language, resolve(path.split("?")[0]).view_name)
        if key not in seen:
            seen.add(key)
            chosen.append(path)
    return chosen


def free_ports(count: int) -> list[int]:
    """Ports nothing listens on, all different (each socket stays bound until all are chosen)."""
    sockets = [socket.socket() for _ in range(count)]
    for sock in sockets:
        sock.bind(("127.0.0.1", 0))
    ports = [sock.getsockname()[1] for sock in sockets]
    for sock in sockets:
        sock.close()
    return ports


def free_port() -> int:
    return free_ports(1)[0]


def wait_for_port(port: int, process: subprocess.Popen, *, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"exited with {process.returncode}: {process.stderr.read()[-3000:]}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail(f"nothing listens on {port}")


# --- staff sign-in, as the admin requires it of a superuser by default ---


def verified_admin_client(user):
    """A test client signed in as ``user`` with an enrolled authenticator app, as if it had typed
    its code (DJANGO_OTP_REQUIRED defaults to superusers; signing in itself is tested in
    tests/cndh/test_signin.py)."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def browser_sign_in(page, django_user_model, username: str = "chief"):
    """A superuser signs in through the real form: password, then the authenticator app's code."""
    from django.urls import reverse
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = django_user_model.objects.create_superuser(username, f"{username}@example.org", "a-long-test-password")
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    page.goto(reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", "a-long-test-password")
    page.fill("#id_otp_token", f"{totp(device.bin_key):06d}")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{reverse('admin:index')}")
    return user


def database_url() -> str:
    """The test database as DATABASE_URL, for a process of the site that a test starts."""
    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def clean_environment() -> dict:
    """This process's environment without the site's own settings, for a server of a test's own."""
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}


@contextlib.contextmanager
def gunicorn(env: dict):
    """A real gunicorn (one worker) on a free port with ``env``; yields the port."""
    import sys
    from pathlib import Path

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cndh.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_port(port, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)
