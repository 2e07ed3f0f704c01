"""``make bench``: the portal under gunicorn with production settings, against its own ceiling.

Starts gunicorn (2 workers, ``DEBUG=False``) on 127.0.0.1 with a database of its own
(PostgreSQL when ``DATABASE_URL`` names one, SQLite otherwise) holding the demo content.
Loads, for a fixed time each, a trivial Django view (the ceiling), the home page, a
content page, a HUB page and a guide with the anonymous page cache on; then the same
pages (but the home page) with the page cache off (a cold render, one request at a time:
navigation, footer and route are still remembered, as they are from the second request
after a publish); and, for reference, with no cache at all. Then the search: 100
distinct queries (Italian, English, French, Arabic, Urdu, multi-word, typos) against the
demo content, one connection, page cache off, repeated for the run's duration. Prints
requests/s, p50 and p99 and checks the targets. Uses wrk when installed, otherwise a
small keep-alive load generator in Python; the search always uses the Python one, since
wrk requests a single URL. Then the apps' own benches, each in a process of its own
(``APP_BENCHES``): the events listing, the push to PIM and the media kits.
"""

import itertools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from tests.live_server import ROOT, gunicorn, prepare_database

DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
CONTENT_PATH = "/it/programma/progetto-er-integrazione/"
HUB_PATH = "/it/hub/lavoro/"
RESULTS = ROOT / "bench" / "results"

#: Targets from the foundation issue.
HOME_MIN_SHARE_OF_CEILING = 0.60
COLD_CONTENT_MAX_P50_MS = 50.0
SEARCH_MAX_P50_MS = 50.0
#: Targets from the HUB issue: a HUB page and a guide page.
HUB_MIN_SHARE_OF_CEILING = 0.60
COLD_HUB_MAX_P50_MS = 60.0

#: Words of the demo content per reader language: searched alone and two by two.
SEARCH_WORDS = {
    "it": "permesso soggiorno progetto regione sportelli salute città comuni domande",
    "en": "residence permit project region services health school questions steps",
    "fr": "séjour titre projet région services santé école questions premiers",
    "ar": "تصريح الإقامة مشروع البرنامج الخدمة الصحية أسئلة الخطوات المعلومات",
    "ur": "اجازت نامہ منصوبہ پروگرام صحت سوالات قدم معلومات خدمت",
}
#: Misspellings and forms the index does not hold literally (stemming, accents, trigrams).
SEARCH_ODD = [
    ("it", "permeso"),
    ("it", "soggirno"),
    ("it", "permeso di soggirno"),
    ("it", "progeto regionale"),
    ("it", "permessi"),
    ("it", "citta"),
    ("it", "Forli"),
    ("it", "Emilia Romgna"),
    ("it", "sportelo"),
    ("en", "residense permit"),
    ("en", "programe"),
    ("en", "questura"),
    ("fr", "sejour"),
    ("fr", "projett"),
    ("ar", "تصريح الاقامة"),
]


def run_wrk(url: str, seconds: int, connections: int) -> dict:
    output = subprocess.run(
        [
            "wrk",
            "-t",
            "1" if connections == 1 else "2",
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            "--latency",
            "-H",
            "Accept-Language: it",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def milliseconds(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": milliseconds("50%"),
        "p99_ms": milliseconds("99%"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
        "tool": "wrk",
    }


def summary(latencies: list[float], *, seconds: float, errors: int) -> dict:
    """Requests per second and latency percentiles of one measured run."""
    latencies = sorted(latencies)
    return {
        "requests_per_second": len(latencies) / seconds,
        "p50_ms": statistics.median(latencies),
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1],
        "errors": errors,
        "tool": "python",
    }


def run_python(url: str, seconds: int, connections: int) -> dict:
    parts = urlsplit(url)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal errors
        connection = HTTPConnection(parts.hostname, parts.port, timeout=10)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            connection.request("GET", parts.path, headers={"Accept-Language": "it"})
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors += response.status >= 400
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summary(latencies, seconds=seconds, errors=errors)


def load(url: str, *, seconds: int = DURATION, connections: int = CONNECTIONS) -> dict:
    runner = run_wrk if shutil.which("wrk") else run_python
    runner(url, 2, connections)  # warm-up: fill caches, open database connections
    return runner(url, seconds, connections)


def search_paths() -> list[str]:
    """100 distinct search URLs: single words, pairs of words and misspellings."""
    queries = []
    for code, text in SEARCH_WORDS.items():
        words = text.split()
        queries += [(code, word) for word in words]
        queries += [(code, f"{first} {second}") for first, second in itertools.pairwise(words)]
    queries += SEARCH_ODD
    paths = [f"/{code}/search/?{urlencode({'q': query})}" for code, query in queries]
    if len(set(paths)) != 100:
        raise ValueError(f"the search run needs 100 distinct queries, not {len(set(paths))}")
    return paths


def run_search(base_url: str, seconds: int) -> dict:
    """Every search path in turn on one keep-alive connection, as many rounds as fit."""
    parts = urlsplit(base_url)
    paths = search_paths()
    connection = HTTPConnection(parts.hostname, parts.port, timeout=10)

    def get(path: str) -> tuple[float, int, bytes]:
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        return (time.perf_counter() - started) * 1000, response.status, body

    for path in paths:  # warm-up: open the database connection, fill the fragment caches
        get(path)
    latencies: list[float] = []
    errors = 0
    with_results = 0
    started = time.monotonic()
    while not latencies or time.monotonic() - started < seconds:
        for path in paths:
            elapsed, status, body = get(path)
            latencies.append(elapsed)
            errors += status != 200
            with_results += b'class="portal-results"' in body
    elapsed_total = time.monotonic() - started
    connection.close()
    rounds = len(latencies) // len(paths)
    return {
        **summary(latencies, seconds=elapsed_total, errors=errors),
        "queries_with_results": with_results // rounds,
    }


GUIDE_PATH_SCRIPT = """
from hubs.models import GuidePage, HubPage
hub = HubPage.objects.get(code="lavoro")
guide = GuidePage.objects.child_of(hub).live().public().order_by("path").first()
print(guide.get_url())
"""


def guide_path(env: dict) -> str:
    """The first public guide of the Bologna HUB in the demo content (the longest kind of page)."""
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", GUIDE_PATH_SCRIPT],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return output.strip().splitlines()[-1]


def main() -> int:
    static_root = Path(tempfile.mkdtemp(prefix="er-bench-static-"))
    production = {
        "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
        "DEBUG": "false",
    }
    print("Preparing the bench database (migrate + demo content)…", flush=True)
    env = prepare_database(suffix="bench", settings_module="bench.settings", extra_env=production)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    guide = guide_path(env)
    cache = "Redis" if env.get("REDIS_URL") else "local memory"

    results = {}
    with gunicorn({**env, "PORTAL_PAGE_CACHE_SECONDS": "600"}, workers=2) as server:
        results["ceiling"] = load(f"{server.url}/bench/ceiling")
        results["home (cached)"] = load(f"{server.url}/it/")
        results["content (cached)"] = load(f"{server.url}{CONTENT_PATH}")
        results["HUB page (cached)"] = load(f"{server.url}{HUB_PATH}")
        results["guide (cached)"] = load(f"{server.url}{guide}")
    with gunicorn({**env, "PORTAL_PAGE_CACHE_SECONDS": "0"}, workers=2) as server:
        results["content (cold, 1 conn)"] = load(f"{server.url}{CONTENT_PATH}", connections=1)
        results["HUB page (cold, 1 conn)"] = load(f"{server.url}{HUB_PATH}", connections=1)
        results["guide (cold, 1 conn)"] = load(f"{server.url}{guide}", connections=1)
        results["search (100 q, 1 conn)"] = run_search(server.url, DURATION)
    # For reference, not a target: as if every request followed a publish (no fragment,
    # route or page cache at all).
    no_cache = {**env, "PORTAL_PAGE_CACHE_SECONDS": "0", "PORTAL_FRAGMENT_CACHE_SECONDS": "0"}
    with gunicorn(no_cache, workers=2) as server:
        results["content (no cache, 1 conn)"] = load(f"{server.url}{CONTENT_PATH}", connections=1)

    tool = next(iter(results.values()))["tool"]
    print(
        f"\ngunicorn 2 workers, DEBUG=False, {database}, cache {cache}, {DURATION}s per run, "
        f"{CONNECTIONS} connections, load by {tool}\n"
    )
    print(f"{'target':<28}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}{'of ceiling':>12}")
    ceiling = results["ceiling"]["requests_per_second"]
    for name, result in results.items():
        share = result["requests_per_second"] / ceiling
        print(
            f"{name:<28}{result['requests_per_second']:>10.0f}{result['p50_ms']:>10.2f}"
            f"{result['p99_ms']:>10.2f}{result['errors']:>8}{share:>12.0%}"
        )

    home_share = results["home (cached)"]["requests_per_second"] / ceiling
    cold_p50 = results["content (cold, 1 conn)"]["p50_ms"]
    search = results["search (100 q, 1 conn)"]
    checks = {
        f"home ≥ {HOME_MIN_SHARE_OF_CEILING:.0%} of ceiling": home_share
        >= HOME_MIN_SHARE_OF_CEILING,
        f"cold content p50 < {COLD_CONTENT_MAX_P50_MS:.0f} ms": cold_p50 < COLD_CONTENT_MAX_P50_MS,
        f"search p50 < {SEARCH_MAX_P50_MS:.0f} ms": search["p50_ms"] < SEARCH_MAX_P50_MS,
        **{
            f"{name} ≥ {HUB_MIN_SHARE_OF_CEILING:.0%} of ceiling": results[f"{name} (cached)"][
                "requests_per_second"
            ]
            / ceiling
            >= HUB_MIN_SHARE_OF_CEILING
            for name in ("HUB page", "guide")
        },
        **{
            f"cold {name} p50 < {COLD_HUB_MAX_P50_MS:.0f} ms": results[f"{name} (cold, 1 conn)"][
                "p50_ms"
            ]
            < COLD_HUB_MAX_P50_MS
            for name in ("HUB page", "guide")
        },
        "no errors": all(result["errors"] == 0 for result in results.values()),
    }
    print(f"\nsearch: {search['queries_with_results']} of 100 queries found something")
    print()
    for name, passed in checks.items():
        print(f"{'PASS' if passed else 'FAIL'}  {name}")

    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps(
            {"database": database, "cache": cache, "results": results, "checks": checks}, indent=2
        )
    )
    return 0 if all(checks.values()) else 1


#: The benches of single apps, each in a process of its own (each sets Django up its way).
APP_BENCHES = [
    ("Events listing (2,000 events)", "bench.events_listing"),
    ("PIM push (one worker, local receiver)", "bench.pim_sync"),
    ("Media kits (kit page, ZIP build)", "bench.media_kits"),
]


def run_app_benches() -> bool:
    """Run each app bench; true when none printed a FAIL (or failed)."""
    passed = True
    for title, module in APP_BENCHES:
        print(f"\n{title}\n", flush=True)
        finished = subprocess.run([sys.executable, "-m", module], cwd=ROOT, text=True)
        passed = passed and finished.returncode == 0
    return passed


if __name__ == "__main__":
    site = main()
    apps = run_app_benches()
    sys.exit(0 if site == 0 and apps else 1)
