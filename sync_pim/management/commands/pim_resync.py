"""``manage.py pim_resync``: send every shared page to PIM again, whatever it holds."""

from django.core.management.base import BaseCommand, CommandError

from sync_pim.models import PimCategory
from sync_pim.services import OutboxError, outbox_resend

BAR_WIDTH = 40


class Command(BaseCommand):
    help = (
        "Queue every shared, live, public page (optionally of one PIM category) for sending "
        "to PIM again, in every language it exists in. The workers send them."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--category",
            default=None,
            help=f"Only this PIM category ({', '.join(PimCategory.values)}).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be sent; write nothing."
        )

    def _progress(self, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total} pages", ending="")
        self.stdout.flush()

    def handle(self, *args, category: str | None, dry_run: bool, **options) -> None:
        try:
            report = outbox_resend(category=category, dry_run=dry_run, progress=self._progress)
        except OutboxError as error:
            raise CommandError(error.message) from None
        self.stdout.write("")
        verb = "would be queued" if dry_run else "queued"
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.pages} pages: {report.entries} items {verb}, "
                f"{report.skipped} already waiting to be sent."
            )
        )
