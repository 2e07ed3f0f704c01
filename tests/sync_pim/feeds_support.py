"""A URL configuration for tests of the PIM feeds: the portal's, with the feeds in front.

Used with ``@pytest.mark.urls("tests.sync_pim.feeds_support")`` until ``portal/urls.py``
includes ``sync_pim.urls`` itself; afterwards it changes nothing (the first match wins).
"""

import re
from urllib.parse import urlsplit

from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [path("", include("sync_pim.urls")), *portal_urlpatterns]


# --- JSON Feed 1.1 ----------------------------------------------------------------------
# feedparser 6.0 reads no JSON Feed, so the rules of https://www.jsonfeed.org/version/1.1/
# that a reader depends on are checked here.

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _absolute(url: object) -> bool:
    parts = urlsplit(str(url))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def json_feed_problems(document: dict) -> list[str]:
    """What makes ``document`` an invalid JSON Feed 1.1; empty when it is valid."""
    problems = []
    if document.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append("version is not the URL of JSON Feed 1.1")
    if not isinstance(document.get("title"), str):
        problems.append("title missing")
    for key in ("home_page_url", "feed_url"):
        if key in document and not _absolute(document[key]):
            problems.append(f"{key} is not an absolute URL")
    for key in document:
        known = {
            "version",
            "title",
            "home_page_url",
            "feed_url",
            "description",
            "user_comment",
            "next_url",
            "icon",
            "favicon",
            "authors",
            "language",
            "expired",
            "hubs",
            "items",
        }
        if key not in known and not key.startswith("_"):
            problems.append(f"unknown top-level key {key} (extensions start with _)")
    items = document.get("items")
    if not isinstance(items, list):
        return [*problems, "items is not a list"]
    seen = set()
    for number, item in enumerate(items):
        where = f"item {number}"
        if not isinstance(item.get("id"), str) or not item["id"]:
            problems.append(f"{where}: id must be a non-empty string")
        if item.get("id") in seen:
            problems.append(f"{where}: id repeated")
        seen.add(item.get("id"))
        if not isinstance(item.get("content_text", item.get("content_html")), str):
            problems.append(f"{where}: needs content_text or content_html")
        if "url" in item and not _absolute(item["url"]):
            problems.append(f"{where}: url is not absolute")
        for key in ("date_published", "date_modified"):
            if key in item and not _RFC3339.match(str(item[key])):
                problems.append(f"{where}: {key} is not RFC 3339")
        if "tags" in item and not all(isinstance(tag, str) for tag in item["tags"]):
            problems.append(f"{where}: tags must be strings")
    return problems
