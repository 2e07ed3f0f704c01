from django.core.management.base import BaseCommand

from portal.demo.loader import demo_content_load


class Command(BaseCommand):
    help = "Create or update the demo home page, pages and footer (safe to run again)."

    def handle(self, *args, **options) -> None:
        report = demo_content_load()
        self.stdout.write(
            f"Demo content: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged."
        )
