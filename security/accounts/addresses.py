"""The address of the client a request comes from, the one key of every per-address
limit: login lockouts (AXES_CLIENT_IP_CALLABLE) and the public forms' rate limits
(RATELIMIT_IP_META_KEY), so both count the same visitor."""

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT reverse proxies the
    entry of X-Forwarded-For the outermost of them wrote.

    Each proxy appends the address it was reached from, so with N proxies the client is the
    N-th entry from the right; anything further left was sent by the client and may be forged.
    A header with fewer entries than proxies, or an entry that is not an address, means the
    request did not come through them: REMOTE_ADDR is used.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [entry for entry in forwarded if entry]
        if len(forwarded) >= proxies:
            try:
                return str(ipaddress.ip_address(forwarded[-proxies]))
            except ValueError:
                pass
    return address
