from django.core.management.base import BaseCommand, CommandError

from hubs.services import HubSetupError, hubs_ensure


class Command(BaseCommand):
    help = "Create the HUB index and the five HUB pages, or repair what is missing (idempotent)."

    def handle(self, *args, **options) -> None:
        try:
            report = hubs_ensure()
        except HubSetupError as error:
            raise CommandError(str(error)) from error
        for label, names in (
            ("created", report.created),
            ("repaired", report.repaired),
            ("unchanged", report.unchanged),
        ):
            if names:
                self.stdout.write(f"{label}: {', '.join(names)}")
