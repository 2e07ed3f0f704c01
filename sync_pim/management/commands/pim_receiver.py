"""``manage.py pim_receiver``: a local PIM that stores what the portal pushes (see receiver.py)."""

import signal
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sync_pim.receiver import ITEMS_PATH, ReceiverOptions, receiver_server


def _share(value: str) -> float:
    number = float(value)
    if not 0 <= number <= 1:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Serve a local PIM receiver (payload contract v1): verifies signatures, dedupes on "
        "Idempotency-Key, stores items in SQLite, lists them at GET /pim/v1/items. "
        "It can be told to misbehave, for tests and demonstrations."
    )
    requires_system_checks: list = []  # it must start even when the push is misconfigured

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument(
            "--store",
            default=":memory:",
            help="SQLite file of received items (default: in memory, lost at exit).",
        )
        parser.add_argument(
            "--secret", default=None, help="Shared secret (default: settings.PIM_SECRET)."
        )
        parser.add_argument(
            "--tolerance",
            type=int,
            default=None,
            help="Seconds a timestamp may be off (default: settings.PIM_SIGNATURE_TOLERANCE).",
        )
        parser.add_argument(
            "--fail-rate", type=_share, default=0.0, help="Share (0-1) of pushes answered 500."
        )
        parser.add_argument(
            "--down-for",
            type=float,
            default=0.0,
            metavar="SECONDS",
            help="Answer 503 to every push for this long after starting.",
        )
        parser.add_argument(
            "--slow", type=int, default=0, metavar="MS", help="Wait this long before answering."
        )
        parser.add_argument(
            "--throttle",
            type=int,
            default=0,
            metavar="N",
            help="Answer every N-th push 429 with Retry-After.",
        )
        parser.add_argument(
            "--retry-after", type=int, default=1, metavar="SECONDS", help="Retry-After of a 429."
        )
        parser.add_argument(
            "--reject-status",
            type=int,
            default=None,
            metavar="STATUS",
            help="Answer every valid push with this status (e.g. 400) instead of storing it.",
        )
        parser.add_argument("--seed", type=int, default=None, help="Seed of --fail-rate.")

    def handle(self, *args, **options) -> None:
        secret = options["secret"] if options["secret"] is not None else settings.PIM_SECRET
        if not secret:
            raise CommandError("No secret: pass --secret or set PIM_SECRET.")
        reject = options["reject_status"]
        if reject is not None and not 400 <= reject <= 599:
            raise CommandError("--reject-status must be an HTTP error status (400-599).")
        if options["slow"] < 0 or options["throttle"] < 0 or options["down_for"] < 0:
            raise CommandError("--slow, --throttle and --down-for cannot be negative.")
        receiver_options = ReceiverOptions(
            secret=secret,
            store=options["store"],
            tolerance=options["tolerance"] or settings.PIM_SIGNATURE_TOLERANCE,
            fail_rate=options["fail_rate"],
            down_for=options["down_for"],
            slow_ms=options["slow"],
            throttle=options["throttle"],
            retry_after=options["retry_after"],
            reject_status=reject,
            seed=options["seed"],
        )

        def log(line: str) -> None:
            self.stdout.write(line)
            self.stdout.flush()

        try:
            server = receiver_server(
                host=options["host"], port=options["port"], options=receiver_options, log=log
            )
        except OSError as error:
            raise CommandError(
                f"Cannot listen on {options['host']}:{options['port']}: {error}"
            ) from None
        # A plain kill (docker, make's trap) ends it as cleanly as Ctrl-C.
        signal.signal(signal.SIGTERM, lambda *_args: sys.exit(0))
        log(f"PIM receiver on {server.url} (store {options['store']}); Ctrl-C to stop.")
        log(f"What it holds: curl {server.url.removesuffix(ITEMS_PATH)}{ITEMS_PATH}")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
