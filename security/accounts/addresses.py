"""The address of the client a request comes from, the one key of every per-address
limit: login lockouts (AXES_CLIENT_IP_CALLABLE), the public forms' and the password
forms' rate limits (RATELIMIT_IP_META_KEY) and the audit log, so all count the same visitor."""

import functools
import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@functools.cache
def trusted_networks(proxies: tuple[str, ...]):
    """TRUSTED_PROXIES as networks; a single address is a network of one."""
    try:
        return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies)
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error


def parse_address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, unless the request came from one of TRUSTED_PROXIES.

    Then X-Forwarded-For is walked from the right, each proxy having appended the address it
    was reached from: entries that are themselves trusted proxies are skipped and the first
    other one is the client. Anything further left was written by the client and may be
    forged. A malformed entry ends the walk (what lies left of it cannot be trusted), and the
    last trusted hop is the answer. A client that reaches the server directly is never
    believed, whatever header it sends.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))
    nearest = parse_address(remote)
    if not is_trusted(nearest, networks):
        return remote
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        if not entry.strip():
            continue
        address = parse_address(entry)
        if address is None:
            break
        if not is_trusted(address, networks):
            return str(address)
        nearest = address
    return str(nearest)
