"""Project-wide guards: migrations and settings (the catalogues: tests/test_catalogues.py)."""

import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def manage_py_without_settings(*args: str) -> subprocess.CompletedProcess:
    import os
    import sys

    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
    )


def test_manage_py_without_a_secret_key_names_the_missing_setting():
    result = manage_py_without_settings("check", "--deploy")
    assert result.returncode == 1
    assert "DJANGO_SECRET_KEY must be set" in result.stderr
    assert "Unknown command" not in result.stderr + result.stdout


def test_commands_that_need_no_secret_run_without_the_production_settings():
    result = manage_py_without_settings("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout
