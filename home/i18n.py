"""Choosing between a Chinese field and its English twin (`name` / `name_en`)."""

from django.utils.translation import get_language


def localized(obj, name):
    """Return `obj.<name>_en` on English pages when it is filled, else `obj.<name>`."""
    if obj is None:
        return ""
    if (get_language() or "").startswith("en"):
        english = getattr(obj, f"{name}_en", "")
        if english:
            return english
    return getattr(obj, name, "")
