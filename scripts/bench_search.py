"""Time the site search on an index of 10,000 news items and 500 partners.

Fills a fresh database (migrated here, demo content loaded) with items written in the demo's
words: each title and text draws its words at the frequencies they have in the demo's Arabic,
French and English texts, so that a common word ("المجلس", "droits") is in most items and a
name in a few, as in the real content. It indexes them, then times 1,000 searches of one to
three words of four letters or more, drawn evenly from that vocabulary and typed as visitors
type them (Arabic without hamza, French without accents, every fifth query misspelt). Each search is what the
results page asks for: the page of hits with their excerpts and addresses, the facets' counts,
and the spelling suggestion when nothing matched. Prints the median and the 95th percentile,
and the most SQL queries one search made; then times the same searches' results pages through
gunicorn and nginx serving the bytes of those pages, for ratios that hold from run to run.

    .venv/bin/python scripts/bench_search.py                      # SQLite in a temporary file
    .venv/bin/python scripts/bench_search.py --database-url postgres://postgres@127.0.0.1:5432/cndh_search_bench

The PostgreSQL database must exist and may be changed: the script migrates it, loads the demo
content and replaces the news items and partners it made on an earlier run.
"""

import argparse
import http.client
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess  # nosec B404  # fixed argument lists, no shell
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent

LANGUAGES = ("ar", "fr", "en")
TYPED = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "é": "e", "è": "e", "ê": "e", "É": "E"})


def setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cndh.settings.base")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def vocabulary() -> dict[str, tuple[list[str], list[int]]]:
    """The demo's words per language, with how often each occurs."""
    from collections import Counter

    from django.core.management import call_command

    from cndh.models import SearchEntry
    from cndh.search.text import words

    call_command("load_demo", verbosity=0)
    counted = {language: Counter() for language in LANGUAGES}
    for language, title, body in SearchEntry.objects.values_list("language", "title", "text"):
        if language in counted:
            counted[language].update(words(f"{title} {body}"))
    return {language: (list(c), list(c.values())) for language, c in counted.items()}


def text(rng: random.Random, words: dict, language: str, size: int) -> str:
    population, weights = words[language]
    return " ".join(rng.choices(population, weights, k=size))


def fill(words: dict, news: int, partners: int) -> float:
    from django.utils import timezone

    from cndh.search.index import rebuild
    from news.models import NewsItem
    from partners.models import Partner

    rng = random.Random(1)  # noqa: S311  # nosec B311  # test data, not secrets
    NewsItem.objects.filter(slug__startswith="bench-").delete()
    Partner.objects.filter(slug__startswith="bench-").delete()
    now = timezone.now()
    NewsItem.objects.bulk_create(
        NewsItem(
            slug=f"bench-{n}",
            status="published",
            publish_at=now - timezone.timedelta(hours=n),
            **{f"title_{code}": text(rng, words, code, 10) for code in LANGUAGES},
            **{f"summary_{code}": text(rng, words, code, 30) for code in LANGUAGES},
            **{f"body_{code}": f"<p>{text(rng, words, code, 250)}</p>" for code in LANGUAGES},
        )
        for n in range(news)
    )
    Partner.objects.bulk_create(
        Partner(
            slug=f"bench-{n}",
            status="published",
            category=rng.choice(Partner.Category.values),
            **{f"name_{code}": text(rng, words, code, 5) for code in LANGUAGES},
            **{f"description_{code}": f"<p>{text(rng, words, code, 60)}</p>" for code in LANGUAGES},
        )
        for n in range(partners)
    )
    started = time.perf_counter()
    rebuild()
    elapsed = time.perf_counter() - started
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after such a load
    return elapsed


def queries(words: dict, count: int) -> list[tuple[str, str]]:
    rng = random.Random(2)  # noqa: S311  # nosec B311
    choices = {language: sorted(w for w in words[language][0] if len(w) >= 4) for language in LANGUAGES}
    drawn = []
    for n in range(count):
        language = rng.choice(LANGUAGES)
        typed = [rng.choice(choices[language]).translate(TYPED) for _ in range(rng.randint(1, 3))]
        if n % 5 == 4:  # two letters of the last word swapped
            last = typed[-1]
            i = rng.randrange(1, len(last) - 2)
            typed[-1] = last[:i] + last[i + 1] + last[i] + last[i + 2 :]
        drawn.append((language, " ".join(typed)))
    return drawn


def run(words: dict, count: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from cndh.search.query import Query, site_search

    times, most_queries, with_results = [], 0, 0
    for language, raw in queries(words, count):
        with translation.override(language), CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            results = site_search(query=Query.parse(raw), language=language)
            times.append((time.perf_counter() - started) * 1000)
        most_queries = max(most_queries, len(captured))
        with_results += results.count > 0
    times.sort()
    return {
        "median": statistics.median(times),
        "p95": percentile(times, 0.95),
        "queries": most_queries,
        "with_results": with_results,
    }


def wait_for_port(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing answers on port {port}")


def fetch(port: int, path: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"{path} answered {response.status}")
    return (time.perf_counter() - started) * 1000, body


def over_http(database_url: str, words: dict, count: int, folder: str) -> dict:
    """The results pages through gunicorn (one sync worker, production settings), and nginx
    serving the bytes of those pages from files, in the same run: the ratio of the two is what
    stays comparable from one run to the next on a machine whose speed varies."""
    from tests.helpers import free_ports

    site, static = free_ports(2)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        # The production settings, but for static files found in the apps (no collectstatic here).
        "DJANGO_SETTINGS_MODULE": "tests.production_settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SITE_URL": "https://127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
    }
    gunicorn = subprocess.Popen(  # noqa: S603  # nosec B603  # a fixed argument list
        [sys.executable, "-m", "gunicorn", "cndh.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{site}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(Path(folder) / "gunicorn.log").open("w"),
    )
    pages = Path(folder) / "pages"
    pages.mkdir()
    try:
        wait_for_port(site, gunicorn)
        paths = [f"/{language}/search/?" + urlencode({"q": raw}) for language, raw in queries(words, count)]
        fetch(site, paths[0])  # the worker's first request loads the code
        django_times = []
        for n, path in enumerate(paths):
            elapsed, body = fetch(site, path)
            django_times.append(elapsed)
            (pages / f"{n}.html").write_bytes(body)
    finally:
        gunicorn.terminate()
        gunicorn.wait()
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        return {"django": django_times, "nginx": None}
    conf = Path(folder) / "nginx.conf"
    conf.write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {folder}/nginx.pid;\nerror_log {folder}/nginx-error.log;\nworker_processes 1;\nevents {{}}\n"
        f"http {{ access_log off; client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy;"
        f" fastcgi_temp_path {folder}/fastcgi; uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;"
        f" server {{ listen 127.0.0.1:{static}; root {pages}; default_type text/html; }} }}\n"
    )
    proxy = subprocess.Popen(  # noqa: S603  # nosec B603  # a fixed argument list
        [nginx, "-p", folder, "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(static, proxy)
        nginx_times = [fetch(static, f"/{n}.html")[0] for n in range(len(paths))]
    finally:
        proxy.terminate()
        proxy.wait()
    return {"django": django_times, "nginx": nginx_times}


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[max(0, int(len(ordered) * share) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: SQLite in a temporary file")
    parser.add_argument("--news", type=int, default=10_000)
    parser.add_argument("--partners", type=int, default=500)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/bench.sqlite3"
        setup(url)
        from django.db import connection

        words = vocabulary()
        indexed = fill(words, args.news, args.partners)
        figures = run(words, args.queries)
        print(
            f"{connection.vendor}: {args.news} news items and {args.partners} partners indexed in {indexed:.1f} s; "
            f"{args.queries} searches ({figures['with_results']} with results): median {figures['median']:.1f} ms, "
            f"95th percentile {figures['p95']:.1f} ms, at most {figures['queries']} SQL queries per search"
        )
        connection.close()
        served = over_http(url, words, args.queries, folder)
        django_median, django_p95 = statistics.median(served["django"]), percentile(served["django"], 0.95)
        line = f"  results pages over HTTP: median {django_median:.1f} ms, 95th percentile {django_p95:.1f} ms"
        if served["nginx"]:
            nginx_median, nginx_p95 = statistics.median(served["nginx"]), percentile(served["nginx"], 0.95)
            line += (
                f"; nginx serving the same pages: median {nginx_median:.2f} ms, 95th percentile {nginx_p95:.2f} ms"
                f" (ratios {django_median / nginx_median:.0f}x and {django_p95 / nginx_p95:.0f}x)"
            )
        print(line)


if __name__ == "__main__":
    main()
