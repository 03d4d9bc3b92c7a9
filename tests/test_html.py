"""Every public page is valid HTML (the Nu Html Checker, offline) in every language."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import LANGUAGES, search_paths, sitemap_paths

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def vnu():
    if not VNU.exists() or not shutil.which("java"):
        if os.environ.get("CI") == "true":
            pytest.fail("The HTML checker is missing: run `npm ci` (vnu-jar) with Java installed.")
        pytest.skip("The HTML checker is not installed (npm ci; needs Java) - validity not checked.")
    return VNU


def extra_paths() -> list[str]:
    """Pages the sitemap does not list: error pages and lists with odd filters."""
    paths = []
    for code in LANGUAGES:
        paths += [f"/{code}/no-such-page/", f"/{code}/reports/?year=abc&kind=%00&page=-1", *search_paths(code)]
    return paths


def test_every_public_page_is_valid_html(client, demo, vnu, tmp_path):
    paths = sitemap_paths(client) + extra_paths()
    files = []
    for index, path in enumerate(paths):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        file = tmp_path / f"page-{index}.html"
        file.write_bytes(response.content)
        files.append((file, path))
    out = subprocess.run(
        ["java", "-jar", str(vnu), "--errors-only", "--format", "json", *[str(f) for f, _p in files]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    by_file = {str(f): p for f, p in files}
    messages = json.loads(out.stderr or out.stdout or '{"messages": []}')["messages"]
    errors = [f"{by_file.get(m.get('url', '').replace('file:', ''), m.get('url'))}: {m['message']}" for m in messages]
    assert errors == []
