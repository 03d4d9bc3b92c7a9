"""Requests per second of each kind of page, uncached, from the page cache and through the proxy,
as ratios to nginx serving the same bytes from files, in one run.

Migrates a fresh database and loads the demo content, then for each kind of page (home,
chapter, directory, partner, treaties, news list, news item, in Arabic) runs wrk (16
connections, three passes, the median pass) against:

* gunicorn as the Dockerfile starts it (two sync workers here, production settings) with
  the page cache off: every request builds its page;
* the same with the page cache on (Redis): pages come from the cache;
* nginx with the production proxy's cache configuration (deploy/nginx/cache.conf) in front
  of that gunicorn;
* nginx serving a saved copy of each page from a file.

Every request closes its connection (gunicorn's sync workers close each one anyway). Then
the proxy again at 64 connections, for its 99th percentile and its errors.

    .venv/bin/python scripts/bench_pages.py                       # SQLite in a temporary file
    .venv/bin/python scripts/bench_pages.py --database-url postgres://postgres@127.0.0.1:5432/cndh_pages_bench

The PostgreSQL database must exist and may be emptied. Redis database 14 is flushed.
Needs wrk and nginx (Debian's wrk and nginx-light).
"""

import argparse
import os
import re
import secrets
import shutil
import statistics
import subprocess  # nosec B404  # fixed argument lists, no shell
import sys
import tempfile
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# tests.helpers reads the settings when imported; the test settings are enough for its ports.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cndh.settings.test")

from tests.helpers import free_ports, wait_for_port  # noqa: E402

KINDS = ["home", "chapter", "directory", "partner", "treaties", "news list", "news item"]


def site_env(database_url: str, redis_url: str, *, page_cache: bool) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        # The production settings, but for static files found in the apps (no collectstatic here).
        "DJANGO_SETTINGS_MODULE": "tests.production_settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-" + secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SITE_URL": "https://127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_PAGE_CACHE_SECONDS": "3600" if page_cache else "0",
    }


def prepare(database_url: str) -> dict[str, str]:
    """Migrate, load the demo content, and return one path of each kind."""
    env = site_env(database_url, "", page_cache=False) | {"DJANGO_DEBUG": "1"}
    for command in (["migrate", "--noinput", "-v0"], ["flush", "--noinput"], ["load_demo"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603  # nosec B603
    script = (
        "from news.models import NewsItem; from partners.models import Partner; from reports.models import Chapter\n"
        "print(Chapter.objects.published().order_by('-report__year', 'order').first().get_absolute_url())\n"
        "print(Partner.objects.published().order_by('pk').first().get_absolute_url())\n"
        "print(NewsItem.objects.published().newest_first().first().get_absolute_url())\n"
    )
    out = subprocess.run(  # noqa: S603  # nosec B603
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    chapter, partner, item = out[-3:]
    return {
        "home": "/ar/",
        "chapter": chapter,
        "directory": "/ar/cooperation/international-partners/",
        "partner": partner,
        "treaties": "/ar/treaties/",
        "news list": "/ar/news/",
        "news item": item,
    }


@contextmanager
def gunicorn(env: dict, folder: Path, name: str):
    (port,) = free_ports(1)
    process = subprocess.Popen(  # noqa: S603  # nosec B603
        [sys.executable, "-m", "gunicorn", "cndh.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(folder / f"{name}.log").open("w"),
    )
    try:
        wait_for_port(port, process)
        yield port
    finally:
        process.terminate()
        process.wait()


@contextmanager
def nginx(folder: Path, upstream: int, pages: Path):
    """nginx serving ``pages`` from files on one port, and the production proxy configuration
    in front of gunicorn on another."""
    binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if binary is None:
        raise SystemExit("nginx is needed (apt-get install nginx-light)")
    static, proxy = free_ports(2)
    conf = folder / "nginx.conf"
    conf.write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {folder}/nginx.pid;\nerror_log {folder}/nginx-error.log;\nworker_processes 1;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy;"
        f" fastcgi_temp_path {folder}/fastcgi; uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;\n"
        f" proxy_cache_path {folder}/cache levels=1:2 keys_zone=pages:16m inactive=1d use_temp_path=off;\n"
        f" server {{ listen 127.0.0.1:{static}; root {pages}; default_type text/html; }}\n"
        f" server {{ listen 127.0.0.1:{proxy};\n"
        f"  location / {{ proxy_pass http://127.0.0.1:{upstream}; proxy_http_version 1.1;"
        " proxy_set_header Host $host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        f"   include {ROOT / 'deploy' / 'nginx' / 'cache.conf'}; }} }} }}\n"
    )
    process = subprocess.Popen(  # noqa: S603  # nosec B603
        [binary, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(proxy, process)
        yield static, proxy
    finally:
        process.terminate()
        process.wait()


def wrk(url: str, *, connections: int, duration: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-H", "Connection: close", url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout  # noqa: S603  # nosec B603
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def latency(share: str) -> float:
        value, unit = re.search(rf"\s{share}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    failed = int(errors.group(1)) if errors else 0
    failed += sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    return {"rate": rate, "p50": latency("50"), "p99": latency("99"), "errors": failed}


def median_pass(url: str, *, passes: int, connections: int, duration: int) -> dict:
    runs = sorted(
        (wrk(url, connections=connections, duration=duration) for _ in range(passes)), key=lambda r: r["rate"]
    )
    middle = runs[len(runs) // 2]
    return middle | {"errors": sum(r["errors"] for r in runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary file")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--duration", type=int, default=5, help="seconds of each wrk pass")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed (apt-get install wrk)")
    measure = {"passes": args.passes, "duration": args.duration, "connections": 16}

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database_url = args.database_url or f"sqlite:///{folder / 'bench.sqlite3'}"
        paths = prepare(database_url)
        subprocess.run(["redis-cli", "-u", args.redis_url, "flushdb"], check=True, capture_output=True)  # noqa: S603, S607  # nosec
        pages = folder / "pages"
        pages.mkdir()
        results = {kind: {} for kind in KINDS}

        with gunicorn(site_env(database_url, args.redis_url, page_cache=False), folder, "uncached") as port:
            for kind in KINDS:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{paths[kind]}") as response:  # noqa: S310  # nosec B310
                    (pages / f"{KINDS.index(kind)}.html").write_bytes(response.read())
                results[kind]["uncached"] = median_pass(f"http://127.0.0.1:{port}{paths[kind]}", **measure)

        with gunicorn(site_env(database_url, args.redis_url, page_cache=True), folder, "cached") as port:
            with nginx(folder, port, pages) as (static, proxy):
                for kind in KINDS:
                    url = paths[kind]
                    results[kind]["cached"] = median_pass(f"http://127.0.0.1:{port}{url}", **measure)
                    results[kind]["proxy"] = median_pass(f"http://127.0.0.1:{proxy}{url}", **measure)
                    results[kind]["nginx"] = median_pass(
                        f"http://127.0.0.1:{static}/{KINDS.index(kind)}.html", **measure
                    )
                spike = {
                    kind: median_pass(f"http://127.0.0.1:{proxy}{paths[kind]}", **measure | {"connections": 64})
                    for kind in KINDS
                }

    engine = "PostgreSQL" if args.database_url else "SQLite"
    print(
        f"{engine}, Redis; wrk, 16 connections closed after each request,"
        f" median of {args.passes} passes of {args.duration} s"
    )
    print(
        "| page | nginx, file (req/s) | uncached | page cache | proxy | p50 / p99 uncached (ms)"
        " | proxy at 64 connections: p99 (ms), errors |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in KINDS:
        row = results[kind]
        base = row["nginx"]["rate"]
        shares = {name: f"{row[name]['rate']:,.0f} ({100 * row[name]['rate'] / base:.1f} %)" for name in row}
        print(
            f"| {kind} | {base:,.0f} | {shares['uncached']} | {shares['cached']} | {shares['proxy']} |"
            f" {row['uncached']['p50']:.1f} / {row['uncached']['p99']:.1f} |"
            f" {spike[kind]['p99']:.1f}, {spike[kind]['errors']} |"
        )
    shares = {
        name: statistics.median(results[kind][name]["rate"] / results[kind]["nginx"]["rate"] for kind in KINDS)
        for name in ("uncached", "cached", "proxy")
    }
    print("Medians over the pages, as shares of nginx: " + ", ".join(f"{k} {100 * v:.1f} %" for k, v in shares.items()))


if __name__ == "__main__":
    main()
