import pytest
from django.core.cache import cache
from django.utils import translation

from tests.services import IN_CI, database_url, uses_postgres


def pytest_report_header(config) -> list[str]:
    engine = "PostgreSQL" if uses_postgres() else "SQLite"
    return [f"database: {engine} ({database_url() or 'embedded default'}); CI={IN_CI}"]


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config, items) -> None:
    if IN_CI and not uses_postgres():
        raise pytest.UsageError("Under CI the suite runs on PostgreSQL: set DATABASE_URL.")
    for item in items:
        in_browser_tests = "e2e" in item.path.parts
        if in_browser_tests:
            # One pytest-xdist worker runs every browser test: the served portal and its
            # database are prepared once, not once per worker.
            item.add_marker(pytest.mark.xdist_group("browser"))
        elif "page" in getattr(item, "fixturenames", ()):
            # pytest-playwright's ``page`` starts a browser and an event loop, after which
            # Django refuses database access in that thread: only browser tests may use it.
            raise pytest.UsageError(
                f"{item.nodeid} uses the fixture or parameter `page`, which is the browser's: "
                "rename it, or move the test to tests/e2e."
            )


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache, so page-cache hits never leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _italian_by_default():
    """Requests activate the reader's language in this thread; tests start from Italian."""
    with translation.override("it"):
        yield
