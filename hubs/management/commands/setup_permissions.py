from django.core.management.base import BaseCommand, CommandError

from hubs.permissions import PermissionSetupError, hub_permissions_ensure


class Command(BaseCommand):
    help = (
        "Create or repair the HUB groups, collections, page and collection permissions and "
        "moderation workflows (idempotent). Run after setup_hubs."
    )

    def handle(self, *args, **options) -> None:
        try:
            report = hub_permissions_ensure()
        except PermissionSetupError as error:
            raise CommandError(str(error)) from error
        if not report.changed:
            self.stdout.write("nothing to do: groups, permissions and workflows are in place")
            return
        for label, lines in (
            ("created", report.created),
            ("repaired", report.repaired),
            ("removed", report.removed),
        ):
            for line in lines:
                self.stdout.write(f"{label}: {line}")
