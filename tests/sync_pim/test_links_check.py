"""Checking external links over real HTTP, against a server on 127.0.0.1 (no other host).

The links come from a guide's legal references, collected as the beat task does.
"""

import datetime
import socket

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from sync_pim.links import services
from sync_pim.links.services import links_check, links_collect
from sync_pim.models import CheckedLink, LinkState
from tests import factories
from tests.sync_pim.links_support import hub, link_server, world

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world")]
assert world  # the module-wide fixture, used through ``usefixtures``

T0 = timezone.make_aware(datetime.datetime(2026, 3, 2, 2, 0))
DAY = datetime.timedelta(days=1)


@pytest.fixture(scope="module")
def server():
    with link_server() as running:
        yield running


@pytest.fixture(autouse=True)
def checker(settings, server):
    """Loopback allowed (the test server), a short timeout (the slow path answers after
    ``SLOW_SECONDS``), no rate limit to speak of."""
    settings.PIM_LINKCHECK_ALLOW_PRIVATE_HOSTS = True
    settings.PIM_LINKCHECK_TIMEOUT = 1.5
    settings.PIM_LINKCHECK_PER_HOST_PER_MINUTE = 100
    server.seen.clear()
    server.switch_status = 200
    return settings


def links_on_a_guide(*urls: str) -> dict[str, CheckedLink]:
    references = [
        {"type": "reference", "value": {"text": f"Norma {n}", "url": url, "note": ""}}
        for n, url in enumerate(urls, start=1)
    ]
    factories.guide_page(parent=hub(), legal_references_it=references)
    links_collect()
    return {url: CheckedLink.objects.get(url=url) for url in urls}


def state_of(url: str) -> CheckedLink:
    return CheckedLink.objects.get(url=url)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_kind_of_answer_gives_its_state(server):
    url = server.url
    refused = f"http://127.0.0.1:{closed_port()}/nobody"
    paths = [
        "/ok",
        "/moved",
        "/temporary",
        "/chain/2",
        "/loop",
        "/missing",
        "/error",
        "/no-head",
        "/head-drops",
        "/slow",
    ]
    links_on_a_guide(*(url(path) for path in paths), refused)

    report = links_check(now=T0)

    assert (report.checked, report.ok, report.redirect, report.broken) == (11, 4, 2, 5)
    ok = state_of(url("/ok"))
    assert (ok.state, ok.status_code, ok.redirects, ok.final_url, ok.error) == (
        LinkState.OK,
        200,
        [],
        "",
        "",
    )
    assert (ok.checked_at, ok.broken_since) == (T0, None)
    moved = state_of(url("/moved"))
    assert (moved.state, moved.final_url) == (LinkState.REDIRECT, url("/ok"))
    assert moved.redirects == [{"status": 301, "url": url("/ok")}]
    temporary = state_of(url("/temporary"))
    assert (temporary.state, temporary.redirects) == (
        LinkState.OK,  # a temporary redirect needs no change to the link
        [{"status": 302, "url": url("/ok")}],
    )
    chain = state_of(url("/chain/2"))
    assert chain.state == LinkState.REDIRECT
    assert chain.redirects == [
        {"status": 301, "url": url("/chain/1")},
        {"status": 301, "url": url("/chain/0")},
        {"status": 308, "url": url("/ok")},
    ]
    loop = state_of(url("/loop"))
    assert (loop.state, loop.error, len(loop.redirects)) == (
        LinkState.BROKEN,
        "too-many-redirects: 5",
        6,
    )
    missing = state_of(url("/missing"))
    assert (missing.state, missing.status_code, missing.error) == (
        LinkState.BROKEN,
        404,
        "http: Not Found",
    )
    assert (missing.broken_since, state_of(url("/error")).status_code) == (T0, 500)
    for refusing_head in ("/no-head", "/head-drops"):
        assert state_of(url(refusing_head)).state == LinkState.OK
        assert ("GET", refusing_head) in server.paths()
    slow = state_of(url("/slow"))
    assert (slow.state, slow.error) == (LinkState.BROKEN, "timeout: 1.5 s")
    assert state_of(refused).error.startswith("connection: ")
    # Only the links (and where they redirect) were asked, each with a portal's User-Agent.
    asked = {path for _method, path in server.paths()}
    assert asked <= {*paths, "/ok", "/chain/1", "/chain/0"}
    assert all("ER-Integrazione-LinkChecker" in seen.user_agent for seen in server.seen)
    assert ("HEAD", "/ok") in server.paths() and ("GET", "/ok") not in server.paths()


def test_broken_since_stays_while_broken_and_clears_when_fixed(server):
    link = server.url("/switch")
    links_on_a_guide(link)
    server.switch_status = 503

    links_check(now=T0)
    links_check(now=T0 + DAY)
    still_broken = state_of(link)
    server.switch_status = 200
    links_check(now=T0 + 2 * DAY)
    fixed = state_of(link)

    assert (still_broken.state, still_broken.broken_since) == (LinkState.BROKEN, T0)
    assert still_broken.checked_at == T0 + DAY
    assert (fixed.state, fixed.broken_since, fixed.error) == (LinkState.OK, None, "")


def test_a_link_checked_recently_is_not_asked_again(server):
    links_on_a_guide(server.url("/ok"))
    links_check(now=T0)

    again = links_check(now=T0 + datetime.timedelta(hours=2))

    assert again.checked == 0
    assert server.paths() == [("HEAD", "/ok")]


def test_limit_checks_the_oldest_first(server):
    links = links_on_a_guide(server.url("/ok-a"), server.url("/ok-b"), server.url("/ok-c"))
    CheckedLink.objects.filter(pk=links[server.url("/ok-a")].pk).update(checked_at=T0 - 2 * DAY)
    CheckedLink.objects.filter(pk=links[server.url("/ok-b")].pk).update(checked_at=T0 - 3 * DAY)

    report = links_check(now=T0, limit=2)

    # Never checked comes first, then the longest ago.
    assert report.checked == 2
    assert {path for _method, path in server.paths()} == {"/ok-c", "/ok-b"}


def test_one_host_gets_at_most_its_budget_the_rest_waits_for_the_next_run(server, checker):
    checker.PIM_LINKCHECK_PER_HOST_PER_MINUTE = 2
    links = links_on_a_guide(*(server.url(f"/ok-{n}") for n in range(1, 6)))

    first = links_check(max_seconds=5)
    second = links_check(max_seconds=5)  # within the same minute

    assert (first.checked, first.deferred) == (2, 3)
    assert (second.checked, second.deferred) == (0, 3)
    assert len(server.seen) == 2
    checked = CheckedLink.objects.filter(pk__in=[link.pk for link in links.values()])
    assert sorted(checked.exclude(checked_at=None).values_list("url", flat=True)) == [
        server.url("/ok-1"),
        server.url("/ok-2"),
    ]


def test_hosts_are_served_in_turn_each_within_its_budget(server, checker):
    checker.PIM_LINKCHECK_PER_HOST_PER_MINUTE = 2
    other_name = server.url("").replace("127.0.0.1", "localhost")
    links_on_a_guide(
        *(server.url(f"/ok-{n}") for n in range(3)), *(f"{other_name}/ok-{n}" for n in range(3))
    )

    report = links_check(max_seconds=5)

    assert (report.checked, report.deferred) == (4, 2)
    hosts = CheckedLink.objects.exclude(checked_at=None).values_list("host", flat=True)
    assert sorted(hosts) == ["127.0.0.1", "127.0.0.1", "localhost", "localhost"]


def test_a_host_that_asks_to_slow_down_is_left_alone_for_the_run(server):
    links_on_a_guide(server.url("/throttled"), server.url("/ok"))

    report = links_check(now=T0)

    throttled = state_of(server.url("/throttled"))
    assert (report.throttled, report.deferred, report.checked) == (1, 1, 0)
    assert (throttled.state, throttled.checked_at) == (LinkState.UNCHECKED, T0)
    assert server.paths() == [("HEAD", "/throttled")]


def test_private_addresses_are_refused_unless_allowed(server, checker):
    checker.PIM_LINKCHECK_ALLOW_PRIVATE_HOSTS = False
    links_on_a_guide(server.url("/ok"))

    links_check(now=T0)

    link = state_of(server.url("/ok"))
    assert (link.state, link.error) == (LinkState.BROKEN, "private-address: 127.0.0.1")
    assert server.seen == []


def test_a_second_run_while_one_is_going_does_nothing(server):
    links_on_a_guide(server.url("/ok"))
    cache.add(services._LOCK_KEY, "another run", 60)

    report = links_check(now=T0)

    assert report.already_running and report.checked == 0
    assert server.seen == [] and state_of(server.url("/ok")).checked_at is None


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("PIM_LINKCHECK_PER_HOST_PER_MINUTE", 0, "PIM_LINKCHECK_PER_HOST_PER_MINUTE must be"),
        ("PIM_LINKCHECK_TIMEOUT", 0, "PIM_LINKCHECK_TIMEOUT must be"),
    ],
)
def test_bad_configuration_is_refused_with_a_clear_message(
    server, checker, setting, value, message
):
    links_on_a_guide(server.url("/ok"))
    setattr(checker, setting, value)

    with pytest.raises(ImproperlyConfigured, match=message):
        links_check()

    assert server.seen == [] and state_of(server.url("/ok")).state == LinkState.UNCHECKED


def test_a_negative_limit_is_refused():
    with pytest.raises(ValueError, match="limit cannot be negative"):
        links_check(limit=-1)
