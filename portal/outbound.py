"""Requests the portal makes to addresses editors typed (links to check, calendars to import)."""

import ipaddress
import socket


def internal_address(host: str, port: int) -> str | None:
    """An address ``host`` resolves to that is not on the public internet, or ``None``.

    Without this check an editor could make the portal probe the servers around it and
    read the answers (a link report, an import report). Raises ``socket.gaierror`` or
    ``UnicodeError`` when the name does not resolve.
    """
    addresses = {info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
    for address in addresses:
        if not ipaddress.ip_address(address.split("%", 1)[0]).is_global:
            return address
    return None
