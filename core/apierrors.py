"""JSON errors for every address under /api/, in one shape (docs/api.md, "Errors"):

    {"error": "invalid_parameter", "message": "…", "parameter": "grade", "value": "Z", "allowed": ["5A", …]}

`error` is a stable code for programs, `message` a sentence in the request's language
(Accept-Language) for people; `parameter`, `value` and `allowed` come with
`invalid_parameter` (`allowed` is null where any text, or any number in a range, will do).

Three doors lead to the same `error_body()`: DRF's exception handler (the directory
API and Wagtail's 405s; REST_FRAMEWORK["EXCEPTION_HANDLER"]), the pages endpoint's own
`handle_exception` (config/api.py), and `APIErrorMiddleware` for everything Django answers
itself: an address no route matches, a plain view's 404 or 405, a 500.
"""

from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from django.http import JsonResponse
from django.utils.translation import gettext as _

API_PREFIX = "/api/"
NOT_FOUND = "not_found"
INVALID_PARAMETER = "invalid_parameter"


def error_code(status_code):
    return {
        400: "bad_request",
        404: NOT_FOUND,
        405: "method_not_allowed",
        406: "not_acceptable",
        415: "unsupported_media_type",
        429: "too_many_requests",
    }.get(status_code, "server_error" if status_code >= 500 else "bad_request")


def error_message(status_code, allowed_methods=()):
    if status_code == 404:
        return _("There is nothing at this address.")
    if status_code == 405:
        return _("This address does not accept this method; it accepts %(methods)s.") % {
            "methods": ", ".join(allowed_methods)
        }
    if status_code == 429:
        return _("Too many requests. Please try again later.")
    if status_code >= 500:
        return _("Something went wrong on our side. Please try again later.")
    return _("The request could not be understood.")


def allowed_methods(response):
    return [method.strip() for method in response.get("Allow", "").split(",") if method.strip()]


def error_body(error, message, **details):
    return {"error": error, "message": str(message), **details}


class InvalidParameter(exceptions.APIException):
    """A query parameter the endpoint does not know, or a value it does not accept."""

    status_code = status.HTTP_400_BAD_REQUEST

    def __init__(self, parameter, value, allowed=None, message=None):
        self.parameter, self.value, self.allowed = parameter, value, allowed
        if message is None:
            if allowed is None:
                message = _("“%(value)s” is not accepted for the parameter “%(parameter)s”.")
            else:
                message = _("“%(value)s” is not one of the values “%(parameter)s” takes; they are listed.")
            message = message % {"value": value, "parameter": parameter}
        super().__init__(message)

    @property
    def body(self):
        return error_body(
            INVALID_PARAMETER,
            self.detail,
            parameter=self.parameter,
            value=self.value,
            allowed=self.allowed,
        )


def unknown_parameter(parameter, value, known):
    """An InvalidParameter for a parameter the endpoint does not read: `allowed` lists those it does."""
    return InvalidParameter(
        parameter,
        value,
        sorted(known),
        _("This endpoint has no parameter “%(parameter)s”; it reads those listed.") % {"parameter": parameter},
    )


def check_parameters(params, accepted):
    """Raise InvalidParameter for the first parameter of `params` (a QueryDict) that is not in
    `accepted` ({name: allowed values, or None for any text}), or whose value is not allowed.
    An empty value means "no filter", as on the pages' forms."""
    for name, values in params.lists():
        if name not in accepted:
            raise unknown_parameter(name, values[-1], accepted)
        allowed = accepted[name]
        if allowed is not None and values[-1] and values[-1] not in allowed:
            raise InvalidParameter(name, values[-1], list(allowed))


def exception_handler(exc, context):
    """DRF's handler, its answers put in the one error shape."""
    if isinstance(exc, InvalidParameter):
        return Response(exc.body, status=exc.status_code)
    response = drf_exception_handler(exc, context)
    if response is not None:
        status_code = response.status_code
        detail = getattr(exc, "detail", None)  # a Django Http404, which DRF answers, has none
        if status_code in (404, 405, 429) or not isinstance(detail, str):
            # DRF adds the Allow header after this handler: the view knows its methods.
            message = error_message(status_code, getattr(context.get("view"), "allowed_methods", ()))
        else:
            message = detail
        response.data = error_body(error_code(status_code), message)
    return response


def json_response(body, status):
    # Chinese as it is, like DRF's answers, rather than \u escapes.
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def json_error(status_code, error=None, message=None, **details):
    body = error_body(error or error_code(status_code), message or error_message(status_code), **details)
    return json_response(body, status_code)


class APIErrorMiddleware:
    """Under /api/: refuses NUL characters (which PostgreSQL cannot take) with a 400, and turns
    any error Django answered in HTML (an unknown address, a plain view's 404 or 405, a 500)
    into the JSON error. Placed inside the locale middleware, so messages are in the
    request's language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        if "\x00" in request.path_info:
            return json_error(404)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                exc = InvalidParameter(
                    name,
                    values[-1],
                    message=_("The parameter “%(parameter)s” contains a NUL character.") % {"parameter": name},
                )
                return json_response(exc.body, 400)
        response = self.get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith("application/json"):
            status_code = response.status_code
            error = json_error(status_code, message=error_message(status_code, allowed_methods(response)))
            for header in ("Allow", "Retry-After", "Vary"):
                if response.has_header(header):
                    error[header] = response[header]
            return error
        return response
