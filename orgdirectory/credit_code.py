"""The unified social credit code (统一社会信用代码, GB 32100-2015).

18 characters over a 31-letter alphabet; positions 1-17 weighted by 3^(i-1) mod 31,
the 18th a check character. Position 1 is the registering department (5 = civil
affairs), position 2 the category, positions 3-8 the administrative division.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VALUES = {char: value for value, char in enumerate(ALPHABET)}
WEIGHTS = [pow(3, i, 31) for i in range(17)]
LENGTH = 18


class CheckCharacterMismatch(ValidationError):
    """Only the check character is wrong: real registries hold a few such codes."""


def normalize(code):
    """Upper-case the code and drop the spaces people type or paste into it."""
    return "".join((code or "").split()).upper()


def check_character(first17):
    """The 18th character for the first 17."""
    total = sum(VALUES[char] * weight for char, weight in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(code, allow_check_mismatch=False):
    """Return the normalized code or raise ValidationError naming the wrong position.

    With `allow_check_mismatch`, only the length and the alphabet are checked:
    the model field does that, and the model's clean() decides about the check
    character, which an editor may override.
    """
    code = normalize(code)
    if len(code) != LENGTH:
        raise ValidationError(
            _("A unified social credit code has 18 characters; this one has %(count)d."),
            code="length",
            params={"count": len(code)},
        )
    for position, char in enumerate(code, start=1):
        if char not in VALUES:
            raise ValidationError(
                _("Character %(position)d (“%(char)s”) is not allowed in a unified social credit code."),
                code="character",
                params={"position": position, "char": char},
            )
    expected = check_character(code[:17])
    if code[17] != expected and not allow_check_mismatch:
        raise CheckCharacterMismatch(
            _("The check character (position 18) should be “%(expected)s”, not “%(actual)s”."),
            code="check",
            params={"expected": expected, "actual": code[17]},
        )
    return code


def validate_credit_code_format(code):
    validate_credit_code(code, allow_check_mismatch=True)


def category_of(code):
    """The organization category that position 2 encodes for civil affairs codes (position 1 = 5)."""
    code = normalize(code)
    if len(code) == LENGTH and code[0] == "5":
        return code[1]
    return None


class CreditCodeFormField(forms.CharField):
    """Accepts what people paste (spaces, lower case) and cleans it to the canonical form."""

    def __init__(self, **kwargs):
        kwargs["max_length"] = 40  # room for spaces; the length check names the real rule
        super().__init__(**kwargs)

    def to_python(self, value):
        return normalize(super().to_python(value))


class CreditCodeField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs["max_length"] = LENGTH
        kwargs.setdefault("validators", [validate_credit_code_format])
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return normalize(value) if value else value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CreditCodeFormField, **kwargs})
