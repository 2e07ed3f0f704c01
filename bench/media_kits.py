"""``make bench`` (media kits part): a demo kit page over HTTP, and how long its ZIP takes to build.

``run_media_kits_bench()`` prepares a database of its own (migrated, with the demo
content; PostgreSQL when ``DATABASE_URL`` names one) on production settings, then:

1. serves it with gunicorn (2 workers, ``DEBUG=False``, the anonymous page cache off:
   "cold", navigation and footer still remembered as from the second request after a
   publish) and loads the first demo kit page in Italian and in Arabic over one
   keep-alive connection (``bench.run.load``); target from the media kits issue: p50
   under 60 ms;
2. builds that kit's "download the kit" ZIP in Italian and in Arabic in a child process,
   from nothing (no leaflet nor archive stored: the leaflet PDF is made by WeasyPrint
   within the build), as the Celery task does, and reports the seconds and the size.

Standalone: ``DATABASE_URL=… .venv/bin/python -m bench.media_kits`` (exit status 1 on a FAIL).
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.live_server import ROOT, gunicorn, prepare_database

KIT_MAX_P50_MS = 60.0
LANGUAGES = ("it", "ar")

#: Prints the first demo kit's address in each language (the kit the bench loads and builds).
KIT_PATHS = """
import json
from media_kits.models import MediaKitPage
from tests.factories import url_in
kit = MediaKitPage.objects.live().public().order_by("path").first()
print(json.dumps({"id": kit.pk, "title": kit.title_it, **{code: url_in(kit, code) for code in %r}}))
"""

#: Builds the kit's archive in each language from nothing, timed; prints the figures.
BUILD = """
import json, time
from media_kits.archive import kit_archive_build
from media_kits.leaflet import kit_leaflets_remove
from media_kits.models import KitArchive
kit_id = %d
figures = {}
kit_leaflets_remove(kit_id=kit_id)
KitArchive.objects.filter(kit_id=kit_id).delete()
for language in %r:
    started = time.perf_counter()
    archive = kit_archive_build(kit_id=kit_id, language=language)
    seconds = time.perf_counter() - started
    figures[language] = {"seconds": seconds, "bytes": archive.file.size, "state": archive.state}
print(json.dumps(figures))
"""


def _manage_shell(env: dict, code: str) -> dict:
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def run_media_kits_bench() -> list[str]:
    """Prepare the database, measure, return the report's lines (a FAIL line on a miss)."""
    from bench.run import load

    static_root = Path(tempfile.mkdtemp(prefix="er-kits-bench-static-"))
    media_root = Path(tempfile.mkdtemp(prefix="er-kits-bench-media-"))
    production = {
        "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
        "DEBUG": "false",
        # The bench builds archives itself: nothing is queued by the demo's publications.
        "MEDIA_KITS_PREBUILD": "false",
    }
    env = prepare_database(
        suffix="kits_bench", settings_module="bench.settings", extra_env=production
    )
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    kit = _manage_shell(env, KIT_PATHS % (LANGUAGES,))
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    lines = [
        f"media kits: demo kit “{kit['title']}”, {database}, gunicorn 2 workers, page cache off, "
        "1 connection",
        f"{'scenario':<30}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}",
    ]
    pages = {}
    with gunicorn({**env, "PORTAL_PAGE_CACHE_SECONDS": "0"}, workers=2) as server:
        for code in LANGUAGES:
            result = load(f"{server.url}{kit[code]}", connections=1)
            pages[code] = result
            lines.append(
                f"{'kit page (' + code + ', cold)':<30}{result['requests_per_second']:>9.0f}"
                f"{result['p50_ms']:>9.1f}{result['p99_ms']:>9.1f}{result['errors']:>8}"
            )
    builds = _manage_shell(env, BUILD % (kit["id"], LANGUAGES))
    for code, figures in builds.items():
        lines.append(
            f"{'ZIP build (' + code + ', cold)':<30}{figures['seconds']:>9.2f} s"
            f"{figures['bytes'] / 1024:>9.0f} KB  {figures['state']}"
        )
    passed = all(result["p50_ms"] < KIT_MAX_P50_MS for result in pages.values())
    no_errors = all(result["errors"] == 0 for result in pages.values())
    built = all(figures["state"] == "ready" for figures in builds.values())
    lines.append(f"{'PASS' if passed else 'FAIL'}  cold kit page p50 < {KIT_MAX_P50_MS:.0f} ms")
    lines.append(f"{'PASS' if no_errors else 'FAIL'}  no errors")
    lines.append(f"{'PASS' if built else 'FAIL'}  the demo kit's ZIP builds")
    return lines


if __name__ == "__main__":
    report = run_media_kits_bench()
    print("\n".join(report))
    sys.exit(1 if any(line.startswith("FAIL") for line in report) else 0)
