"""Helpers shared by the tests."""

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


def sitemap_paths(client) -> list[str]:
    """Every public address the sitemap lists, as paths (all languages)."""
    import xml.etree.ElementTree as ET  # noqa: S405 - our own sitemap

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(response.content)  # noqa: S314
    return ["/" + loc.text.split("://", 1)[1].split("/", 1)[1] for loc in root.findall("s:url/s:loc", ns)]


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
