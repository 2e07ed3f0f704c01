"""Writes of the site shell."""

import secrets
from pathlib import Path

from django.contrib.auth import get_user_model


def admin_user_ensure(*, username: str, credentials_file: Path) -> tuple[str, str | None]:
    """Create a superuser with a random password unless one already exists.

    Returns the username and the password when it is known (just created, or kept
    in ``credentials_file`` by an earlier run on this machine). The file is git-ignored
    and only ever written on a developer's machine by ``make run``.
    """
    user_model = get_user_model()
    existing = user_model.objects.filter(is_superuser=True).order_by("pk").first()
    if existing is not None:
        password = None
        if credentials_file.exists():
            saved_user, _sep, saved_password = credentials_file.read_text().strip().partition(":")
            if saved_user == existing.get_username() and existing.check_password(saved_password):
                password = saved_password
        return existing.get_username(), password
    password = secrets.token_urlsafe(12)
    user_model.objects.create_superuser(username=username, email="", password=password)
    credentials_file.write_text(f"{username}:{password}\n")
    credentials_file.chmod(0o600)
    return username, password
