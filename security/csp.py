"""The Content-Security-Policy of each request: strict for the public site, looser for the Wagtail admin.

The public site runs under CONTENT_SECURITY_POLICY (config/settings/base.py): no
inline script or style, so an injected <script> or onclick= does nothing. Two
deployment settings widen it: the map's tile server (MAP_TILE_URL) may serve
images, and the hosts whose scripts and frames the content guard lets content
embed (CONTENT_GUARD_ALLOWED_HOSTS) may serve those.

Wagtail's admin and its page previews still rely on inline scripts and styles, so
they get ADMIN_CONTENT_SECURITY_POLICY instead. That policy never carries a nonce:
a browser that sees a nonce ignores 'unsafe-inline'.

Framing is decided in one place, frame_ancestors(): the policy's frame-ancestors follows the
X-Frame-Options the response ends with. That is DENY (X_FRAME_OPTIONS) and so 'none', except
what Wagtail marks SAMEORIGIN for its editor to frame (previews, the translation editor), which
gets 'self'. A response left without X-Frame-Options is given DENY.
https://django-csp.readthedocs.io/en/latest/configuration.html
"""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

from django.conf import settings
from django.urls import reverse


def tile_source(url: str) -> str | None:
    """The CSP source (scheme and host) of a Leaflet tile template such as "https://{s}.tiles.example.gov/{z}/{x}/{y}.png".

    The subdomain placeholder {s} becomes a wildcard.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc.replace('{s}.', '*.')}"


def public_sources() -> dict[str, list[str]]:
    """The sources the deployment adds to the public policy, by directive."""
    sources = {}
    if source := tile_source(settings.MAP_TILE_URL):
        sources["img-src"] = [source]
    # As the content guard does, a host allows its subdomains too (security/contentguard/scanner.py).
    hosts = [name.lower().strip(".") for name in settings.CONTENT_GUARD_ALLOWED_HOSTS]
    if embedded := [source for host in hosts if host for source in (host, f"*.{host}")]:
        sources["script-src"] = embedded
        sources["frame-src"] = ["'self'", *embedded]
    return sources


def is_admin_request(request) -> bool:
    """Whether the request is the admin's, or a preview the admin serves.

    Wagtail renders a preview through a request of its own, addressed to the page's
    public URL, which passes through the middleware before the admin's request does.
    """
    return getattr(request, "is_preview", False) or request.path_info.startswith(reverse("wagtailadmin_home"))


FRAME_ANCESTORS = {"DENY": "'none'", "SAMEORIGIN": "'self'"}


def frame_ancestors(response) -> str:
    """The frame-ancestors source matching the response's X-Frame-Options (made DENY when it has none)."""
    if response.get("X-Frame-Options", "").upper() not in FRAME_ANCESTORS:
        response["X-Frame-Options"] = "DENY"
    return FRAME_ANCESTORS[response["X-Frame-Options"].upper()]


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the deployment's sources on public pages and the admin's policy in the admin."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if is_admin_request(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
            parts.nonce = None
        elif sources := public_sources():
            update = dict(parts.update or {})
            for directive, values in sources.items():
                update[directive] = [*values, *(update.get(directive) or [])]
            parts.update = update
        parts.replace = {**(parts.replace or {}), "frame-ancestors": [frame_ancestors(response)]}
        return parts
