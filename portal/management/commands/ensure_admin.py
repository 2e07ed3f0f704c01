from django.conf import settings
from django.core.management.base import BaseCommand

from portal.services import admin_user_ensure


class Command(BaseCommand):
    help = "Create an administrator with a random password if none exists, and print the login."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options) -> None:
        name, password = admin_user_ensure(
            username=username, credentials_file=settings.BASE_DIR / ".admin-credentials"
        )
        login = f"{settings.WAGTAILADMIN_BASE_URL}/admin/"
        if password:
            self.stdout.write(
                self.style.SUCCESS(f"Admin: {login}  user {name}  password {password}")
            )
        else:
            self.stdout.write(f"Admin: {login}  user {name} (password set earlier)")
