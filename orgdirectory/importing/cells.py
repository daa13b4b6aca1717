"""Checking the cells of a row: where an error is, and the parsers that turn text into values.

A parser takes a cell's (non-empty, stripped) text and returns the value, or
raises Invalid with the reason in the user's language.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone
from django.utils.translation import gettext as _

from core.spreadsheets import starts_like_formula

from .. import id_numbers

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日")
AMOUNT = re.compile(r"^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")
LARGEST_AMOUNT = Decimal(10) ** 12  # the models' max_digits=14, decimal_places=2
HOURS = re.compile(r"^\d+(\.\d+)?$")
LARGEST_HOURS = Decimal(10) ** 4  # Project.hours_credited: max_digits=5, decimal_places=1
LARGEST_INTEGER = 2**31 - 1  # PositiveIntegerField on every database Django supports
YES = {"是", "yes", "y", "true", "1"}
NO = {"否", "no", "n", "false", "0"}
LIST_SEPARATORS = re.compile(r"[;；、]")
# What a text cell may not start with (spreadsheet formula injection, core/spreadsheets.py): no
# name, title or description legitimately starts so. Not "-": text starts with a dash (a list, a
# dash for "none"), and every CSV export neutralises it anyway. Tabs and carriage returns are
# stripped with the other white space when the file is read.
FORMULA_STARTS = ("=", "+", "@", "\t", "\r")
# A phone may start with "+" (+86 20 8300 0000) when nothing but a phone number follows.
INTERNATIONAL_PHONE = re.compile(r"^\+\d[\d \-()]*(\s*(转|ext\.?|x)\s*\d+)?$")
# GB 11643-1999, the resident identity number: 17 digits weighted, then a check character.


class Invalid(Exception):
    """A cell's value cannot be used; the message says why, in the user's language."""


@dataclass(frozen=True)
class RowError:
    """A bad cell, located as the spreadsheet user sees it: header in row 1, column by its header."""

    row: int
    column: str
    reason: str
    position: int = 0  # of the column in the file, to report a row's errors from left to right

    def __str__(self):
        return _("Row %(row)d, column “%(column)s”: %(reason)s") % {
            "row": self.row,
            "column": self.column,
            "reason": self.reason,
        }


class Row:
    """One data row being checked: its cells by column key, and the errors found in it."""

    def __init__(self, number, cells, columns, errors):
        self.number = number
        self.cells = cells
        self.columns = columns
        self.errors = errors
        self.failed_keys = set()

    @property
    def failed(self):
        return bool(self.failed_keys)

    def has(self, key):
        return key in self.columns

    def text(self, key):
        if key not in self.columns:
            return ""
        index = self.columns[key][0]
        return self.cells[index] if index < len(self.cells) else ""

    def value(self, key, parse, required=False):
        """The cell parsed, or None when it is empty or wrong (then the error is recorded)."""
        text = self.text(key)
        if not text:
            if required:
                self.error(key, _("This cell is required."))
            return None
        try:
            return parse(text)
        except Invalid as invalid:
            self.error(key, str(invalid))
            return None

    def error(self, key, reason):
        self.failed_keys.add(key)
        index, header = self.columns[key]
        self.errors.append(RowError(self.number, header, str(reason), index))


def refuse_formula(text):
    if starts_like_formula(text, FORMULA_STARTS):
        raise Invalid(
            _("It starts with “%(prefix)s”, which spreadsheet programs run as a formula; remove or reword it.")
            % {"prefix": text[0]}
        )


def text_for(model, field_name):
    """A parser for a text field: the text, refused when longer than the field or when it starts
    like a spreadsheet formula (a phone field accepts +86 …)."""
    limit = model._meta.get_field(field_name).max_length
    phone = "phone" in field_name

    def parse(text):
        if not (phone and INTERNATIONAL_PHONE.match(text)):
            refuse_formula(text)
        if limit and len(text) > limit:
            raise Invalid(
                _("At most %(limit)d characters; this cell has %(count)d.") % {"limit": limit, "count": len(text)}
            )
        return text

    return parse


def email_for(model, field_name):
    within_limit = text_for(model, field_name)

    def parse(text):
        try:
            EmailValidator()(text)
        except ValidationError:
            raise Invalid(_("“%(value)s” is not an email address.") % {"value": text}) from None
        return within_limit(text)

    return parse


def choice_of(mapping):
    """A parser for a choice written by its Chinese name or its key; the error lists the Chinese names."""

    def parse(text):
        value = mapping.get(text) or mapping.get(text.lower())
        if value is None:
            raise Invalid(
                _("“%(value)s” is not one of: %(choices)s.")
                % {"value": text, "choices": ", ".join(name for name in mapping if not name.isascii())}
            )
        return value

    return parse


def stored_choice_of(mapping):
    """Like choice_of, but giving the value the database keeps ("recruiting"), not the choice."""
    parse = choice_of(mapping)
    return lambda text: parse(text).value


def split_list(text):
    """`a; b；c、d` as ["a", "b", "c", "d"]: the separators people use in either language."""
    return [item.strip() for item in LIST_SEPARATORS.split(text) if item.strip()]


def parse_date(text):
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    raise Invalid(_("“%(value)s” is not a date; write 2015-10-28, 2015/10/28 or 2015年10月28日.") % {"value": text})


def parse_past_date(text):
    """A date that has already come: what was received or done is never dated later than today."""
    date = parse_date(text)
    if date > timezone.localdate():
        raise Invalid(_("%(date)s is in the future.") % {"date": date.isoformat()})
    return date


def amount_parser(zero_allowed=False):
    """Yuan, exactly: 12345.6 and 12,345.60 are both Decimal("12345.60")."""

    def parse(text):
        if not AMOUNT.match(text):
            raise Invalid(_("“%(value)s” is not an amount in yuan, such as 12345.60 or 12,345.60.") % {"value": text})
        amount = Decimal(text.replace(",", ""))
        if amount < 0 and zero_allowed:
            raise Invalid(_("The amount cannot be negative."))
        if amount <= 0 and not zero_allowed:
            raise Invalid(_("The amount must be more than zero."))
        if amount.as_tuple().exponent < -2:
            raise Invalid(_("An amount has at most two decimal places."))
        if amount >= LARGEST_AMOUNT:
            raise Invalid(_("The amount is too large."))
        return amount.quantize(Decimal("0.01"))

    return parse


parse_amount = amount_parser()  # money that changed hands
parse_amount_or_zero = amount_parser(zero_allowed=True)  # budgets


def parse_hours(text):
    if not HOURS.match(text):
        raise Invalid(_("“%(value)s” is not a number of hours, such as 2 or 1.5.") % {"value": text})
    hours = Decimal(text)
    if hours.as_tuple().exponent < -1:
        raise Invalid(_("Hours have at most one decimal place."))
    if hours >= LARGEST_HOURS:
        raise Invalid(_("The number of hours is too large."))
    return hours.quantize(Decimal("0.1"))


def parse_positive_integer(text):
    if not (text.isascii() and text.isdigit()) or int(text) == 0:
        raise Invalid(_("“%(value)s” is not a whole number more than zero.") % {"value": text})
    if int(text) > LARGEST_INTEGER:
        raise Invalid(_("The number is too large."))
    return int(text)


def parse_year(text):
    year = text.removesuffix("年")
    if not (year.isascii() and year.isdigit() and 1990 <= int(year) <= 2100):
        raise Invalid(_("“%(value)s” is not a year between 1990 and 2100.") % {"value": text})
    return int(year)


def parse_past_year(text):
    year = parse_year(text)
    if year > timezone.localdate().year:
        raise Invalid(_("%(year)d is later than this year.") % {"year": year})
    return year


def parse_yes_no(text):
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise Invalid(_("“%(value)s” is neither yes nor no (是/否, yes/no, true/false, 1/0).") % {"value": text})


def parse_id_number(text):
    """A resident identity number (居民身份证号码), its check character verified; a final x is written X."""
    number = "".join(text.split()).upper()
    if len(number) != id_numbers.LENGTH:
        raise Invalid(_("An ID number has 18 characters; this one has %(count)d.") % {"count": len(number)})
    digits, last = number[:-1], number[-1]
    if not (digits.isascii() and digits.isdigit() and last in "0123456789X"):
        raise Invalid(_("An ID number is 17 digits followed by a digit or X."))
    expected = id_numbers.check_character(digits)
    if last != expected:
        raise Invalid(
            _("The last character of this ID number should be “%(expected)s”, not “%(actual)s”; check the number.")
            % {"expected": expected, "actual": last}
        )
    return number
