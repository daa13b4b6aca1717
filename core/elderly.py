"""The elderly-friendly mode (长者模式): a cookie the visitor sets with a plain link, the
middleware that reads it, and the switch. The page cache keys its entries on it too."""

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

# The elderly-friendly mode (长者模式) is remembered in this cookie; elderly_mode() below sets it.
ELDERLY_MODE_COOKIE = "elderly_mode"


def wants_elderly_mode(request):
    """Whether the visitor has switched the elderly-friendly mode on (its cookie)."""
    return request.COOKIES.get(ELDERLY_MODE_COOKIE) == "1"


class ElderlyModeMiddleware:
    """Sets `request.elderly_mode` from the visitor's cookie.

    A page looks different in the mode, so every HTML response says `Vary: Cookie`:
    Django's cache middleware and any proxy in front then keep the two versions of
    a page apart, and never hand one visitor's mode to another.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.elderly_mode = wants_elderly_mode(request)
        response = self.get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            patch_vary_headers(response, ["Cookie"])
        return response


@require_GET
@never_cache
def elderly_mode(request):
    """Turns the elderly-friendly mode (长者模式) on (`?on=1`) or off, then returns the
    visitor to the page they came from.

    A plain link, so the switch works without JavaScript; the choice is only a
    display preference, kept for a year in a cookie the pages vary on
    (ElderlyModeMiddleware).
    """
    next_url = request.GET.get("next", "").strip()
    # Back to a path on this site only: never elsewhere, never a URL name for redirect() to resolve.
    if not next_url.startswith("/") or not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = reverse("wagtail_serve", args=[""])
    response = HttpResponseRedirect(next_url)
    response["X-Robots-Tag"] = "noindex"
    if request.GET.get("on") == "1":
        response.set_cookie(
            ELDERLY_MODE_COOKIE,
            "1",
            max_age=365 * 24 * 3600,
            secure=request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    else:
        response.delete_cookie(ELDERLY_MODE_COOKIE, samesite="Lax")
    return response
