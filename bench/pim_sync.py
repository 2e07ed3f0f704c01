"""``make bench`` (PIM part): the push to PIM with one worker against the local receiver.

Measures, on a database of its own (PostgreSQL when ``DATABASE_URL`` names one) with the
demo content, production settings and a real Celery worker (solo pool) over Redis:

1. what the outbox adds to a publication (target < 5 ms): the same shared guide published
   with the outbox and without it, paired round by round (the write in the transaction
   and the queueing of the delivery task after commit). Printed beside it: the write
   alone, and a shared guide against an unshared one (which also holds the sharing
   mixin's privacy check when the page is saved);
2. delivery throughput: a backlog of entries (every language of a few hundred shared
   guides, written while the push was off) sent by one worker (target ≥ 3,000/min);
3. a full resync (``outbox_resend``, as ``manage.py pim_resync``) of 5,000 items, from
   the command until the last one is delivered (target < 2 min).

Django is set up in this process (``bench.settings``) to write pages and entries; the
worker and ``manage.py pim_receiver`` are subprocesses. Standalone::

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/er_outbox_bench \\
    REDIS_URL=redis://127.0.0.1:6379/11 .venv/bin/python -m bench.pim_sync

The broker is the ``REDIS_URL`` given, on the database it names (``CELERY_BROKER_URL``
wins when set); the cache is local memory, so the bench touches no other Redis database.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.live_server import ROOT, free_port, prepare_database

LANGUAGES = ("it", "en", "fr", "ar", "sq", "uk", "zh-hans", "ur", "ro")
RESYNC_ITEMS = 5_000
PUBLISH_SAMPLES = int(os.environ.get("BENCH_PIM_PUBLISHES", "40"))
SECRET = "bench-pim-secret-not-used-anywhere-else"  # noqa: S105 - loopback only

#: Targets from the sync issue.
MIN_ITEMS_PER_MINUTE = 3_000
MAX_RESYNC_SECONDS = 120.0
MAX_OUTBOX_MS = 5.0


def _environment(port: int) -> dict:
    redis_url = os.environ.get("REDIS_URL", "")
    broker = os.environ.get("CELERY_BROKER_URL") or redis_url
    if not broker:
        raise SystemExit("The PIM bench needs Redis for its worker: set REDIS_URL.")
    return {
        "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DEBUG": "false",
        "REDIS_URL": "",
        "CELERY_BROKER_URL": broker,
        "PIM_ENDPOINT_URL": f"http://127.0.0.1:{port}/pim/v1/items",
        "PIM_SECRET": SECRET,
        "DATABASE_CONN_MAX_AGE": "0",
        "LOG_LEVEL": "WARNING",
    }


@contextmanager
def _process(command: list[str], env: dict, log: Path):
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait(condition, seconds: float, what: str) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    raise RuntimeError(f"{what}: not done after {seconds:.0f} s")


def _receiver_count(url: str) -> int:
    import json

    with urllib.request.urlopen(f"{url}?limit=0", timeout=10) as response:  # noqa: S310
        return json.load(response)["count"]


def _guides(parent, count: int, languages=LANGUAGES, *, shared: bool = True) -> list:
    """``count`` guides saved live in ``languages`` (one save each; search index off)."""
    from django.utils import timezone

    from hubs.models import GuidePage

    guides = []
    for number in range(count):
        titles = {
            f"title_{code.replace('-', '_')}": f"Guida {number} ({code})" for code in languages
        }
        guide = GuidePage(
            title=f"Guida {number}",
            slug=f"bench-{uuid.uuid4().hex[:10]}",
            intro_it="Come fare, passo per passo.",
            share_with_pim=shared,
            pim_category="guide" if shared else "",
            live=True,
            first_published_at=timezone.now(),
            **titles,
        )
        parent.add_child(instance=guide)
        guides.append(guide)
    return guides


def _publish_ms(guide, number: int) -> float:
    guide.intro_it = f"Come fare, passo per passo (versione {number})."
    started = time.perf_counter()
    guide.save_revision().publish()
    return (time.perf_counter() - started) * 1000


@contextmanager
def _outbox_receiver(spent: list[float] | None):
    """Time the outbox's own receiver (the write inside the publishing transaction) into
    ``spent``; with ``None``, disconnect it: a publication with no outbox at all."""
    from django.db.models.signals import post_save

    from sync_pim import signals

    def timed(*args, **kwargs) -> None:
        started = time.perf_counter()
        signals.record_page_change(*args, **kwargs)
        spent.append((time.perf_counter() - started) * 1000)

    post_save.disconnect(dispatch_uid="sync_pim_page_saved")
    if spent is not None:
        post_save.connect(timed, dispatch_uid="sync_pim_page_saved", weak=False)
    try:
        yield
    finally:
        post_save.disconnect(dispatch_uid="sync_pim_page_saved")
        post_save.connect(signals.record_page_change, dispatch_uid="sync_pim_page_saved")


@dataclass
class PublishTimes:
    """Medians in ms, over ``PUBLISH_SAMPLES`` rounds of three publications."""

    shared: float
    unshared: float
    #: Same shared guide, outbox on minus outbox off, paired by round: the outbox's cost
    #: (its write in the transaction and the queueing of the task after commit).
    outbox: float
    #: Shared minus unshared guide, paired by round: the outbox plus the sharing mixin's
    #: own privacy check when the page is saved.
    sharing: float
    #: The outbox write alone, inside the publishing transaction.
    write: float


def _measure_publish(parent) -> PublishTimes:
    """Publish, round after round, a shared guide with the outbox, the same guide without
    it, and an unshared guide (the order turns each round), the same edit each time.

    Differences are taken within a round and their median kept: steadier than a
    difference of medians on a busy machine.
    """
    shared, unshared = (
        _guides(parent, 1, ("it", "en", "ar"), shared=flag)[0] for flag in (True, False)
    )
    samples: dict[str, list[float]] = {"on": [], "off": [], "unshared": [], "write": []}
    for number in range(PUBLISH_SAMPLES + 3):
        spent: list[float] = []
        runs = [("on", shared, spent), ("off", shared, None), ("unshared", unshared, [])]
        shift = number % len(runs)
        timings = {}
        for name, guide, timer in runs[shift:] + runs[:shift]:
            with _outbox_receiver(timer):
                timings[name] = _publish_ms(guide, number)
        if number >= 3:  # warm-up: caches, connections
            for name, value in timings.items():
                samples[name].append(value)
            samples["write"].append(sum(spent))

    def paired(first: str, second: str) -> float:
        pairs = zip(samples[first], samples[second], strict=True)
        return statistics.median(a - b for a, b in pairs)

    return PublishTimes(
        shared=statistics.median(samples["on"]),
        unshared=statistics.median(samples["unshared"]),
        outbox=paired("on", "off"),
        sharing=paired("on", "unshared"),
        write=statistics.median(samples["write"]),
    )


def _waiting() -> int:
    from sync_pim.models import OutboxEntry, OutboxState

    return OutboxEntry.objects.filter(state=OutboxState.PENDING).count()


def _delivered() -> int:
    from sync_pim.models import OutboxEntry, OutboxState

    return OutboxEntry.objects.filter(state=OutboxState.DELIVERED).count()


def run_pim_bench() -> list[str]:
    """Run the PIM sync bench; return printable lines with the figures and PASS/FAIL."""
    port = free_port()
    extra = _environment(port)
    print("Preparing the PIM bench database (migrate + demo content)…", flush=True)
    # The demo content is loaded with no broker and the push off: its shared guides' entries
    # wait in the outbox (they join the backlog below) and no task is left in Redis.
    quiet = {**extra, "CELERY_BROKER_URL": "", "PIM_ENDPOINT_URL": "", "PIM_SECRET": ""}
    env = {
        **prepare_database(suffix="pim", settings_module="bench.settings", extra_env=quiet),
        **extra,
    }
    os.environ.update({key: env[key] for key in (*extra, "DATABASE_URL")})
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.db import transaction
    from django.test import override_settings

    from hubs.models import HubPage
    from portal.celery import app
    from sync_pim.services import outbox_resend
    from sync_pim.tasks import deliver_due_outbox

    queue = f"pim-bench-{uuid.uuid4().hex[:8]}"
    app.conf.task_default_queue = queue
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    settings.PORTAL_PDF_PREBUILD = False
    parent = HubPage.objects.get(code="lavoro")
    logs = Path(tempfile.mkdtemp(prefix="er-bench-pim-"))
    worker = [sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool", "solo"]
    worker += ["--queues", queue, "--without-gossip", "--without-mingle", "--loglevel", "WARNING"]
    receiver = [sys.executable, "manage.py", "pim_receiver", "--port", str(port)]
    receiver += ["--secret", SECRET]
    lines = []
    with _process(receiver, env, logs / "receiver.log"):
        url = extra["PIM_ENDPOINT_URL"]
        _wait(lambda: _answers(url), 30, "the receiver did not start")

        print("Publishing: shared and unshared guide…", flush=True)
        publish = _measure_publish(parent)
        load = os.getloadavg()[0]

        pages = -(-RESYNC_ITEMS // len(LANGUAGES))
        print(f"Writing {pages} shared guides in {len(LANGUAGES)} languages…", flush=True)
        with override_settings(PIM_ENDPOINT_URL="", PIM_SECRET=""):  # push off: entries wait
            for start in range(0, pages, 50):
                with transaction.atomic():
                    _guides(parent, min(50, pages - start))
        # The backlog: these guides, and what the publications above queued.
        backlog = _waiting()
        already = _delivered()

        with _process(worker, env, logs / "worker.log"):
            print(f"Delivering a backlog of {backlog} items with one worker…", flush=True)
            started = time.monotonic()
            deliver_due_outbox.delay()
            _wait(lambda: _delivered() >= already + backlog, 600, "the backlog")
            backlog_seconds = time.monotonic() - started

            print(f"Full resync ({backlog} items)…", flush=True)
            started = time.monotonic()
            report = outbox_resend()
            written = time.monotonic() - started
            total = already + backlog + report.entries
            _wait(lambda: _delivered() >= total, 600, "the resync")
            resync_seconds = time.monotonic() - started
        held = _receiver_count(url)

    per_minute = backlog / backlog_seconds * 60
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    lines.append(f"PIM push: {database}, one Celery worker (solo), local receiver over HTTP")
    lines.append(
        f"publish (medians of {PUBLISH_SAMPLES}, load average {load:.1f}): shared guide "
        f"{publish.shared:.1f} ms, unshared {publish.unshared:.1f} ms"
    )
    lines.append(
        f"  outbox on - off (same shared guide): {publish.outbox:.1f} ms, of which the "
        f"write in the transaction {publish.write:.1f} ms; shared - unshared guide: "
        f"{publish.sharing:.1f} ms (adds the sharing mixin's privacy check on save)"
    )
    lines.append(
        f"delivery: {backlog} items in {backlog_seconds:.1f} s = {per_minute:,.0f} items/min"
    )
    lines.append(
        f"resync: {report.entries} items of {report.pages} pages written in {written:.1f} s, "
        f"all delivered after {resync_seconds:.1f} s; receiver holds {held} items"
    )
    checks = {
        f"outbox adds < {MAX_OUTBOX_MS:.0f} ms to a publish": publish.outbox < MAX_OUTBOX_MS,
        f"delivery ≥ {MIN_ITEMS_PER_MINUTE:,} items/min": per_minute >= MIN_ITEMS_PER_MINUTE,
        f"resync of {RESYNC_ITEMS:,} items < {MAX_RESYNC_SECONDS:.0f} s": (
            report.entries >= RESYNC_ITEMS and resync_seconds < MAX_RESYNC_SECONDS
        ),
        "every item delivered once": held == total,
    }
    lines.append("")
    lines += [f"{'PASS' if passed else 'FAIL'}  {name}" for name, passed in checks.items()]
    return lines


def _answers(url: str) -> bool:
    try:
        _receiver_count(url)
        return True
    except OSError:
        return False


def main() -> int:
    lines = run_pim_bench()
    print("\n".join(lines))
    return 0 if all(not line.startswith("FAIL") for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
