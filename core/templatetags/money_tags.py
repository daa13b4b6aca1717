"""Amounts of money as the site shows them, in every language and every template.

Django's `floatformat:"2g"` groups digits by the active locale's format, and Django's
Chinese formats group none (12164609.00); a reader of a ledger needs the groups in both
languages, so the separator is fixed here rather than taken from the locale. CSV exports
keep plain numbers: spreadsheet programs read them as numbers.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import template
from django.utils import numberformat
from django.utils.html import format_html
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

register = template.Library()

WAN = Decimal(10_000)


def _decimal(value):
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None


@register.filter
def money(value, places=2):
    """`{{ amount|money }}`: 12,164,609.00; `{{ tick|money:0 }}`: 5,000,000. Nothing for no amount."""
    amount = _decimal(value)
    if amount is None:
        return ""
    places = int(places)
    # Rounded here: numberformat cuts off the decimals it does not show.
    amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return numberformat.format(amount, ".", decimal_pos=places, grouping=3, thousand_sep=",", force_grouping=True)


@register.filter
def money_total(value):
    """A total in a heading or a summary sentence, with its unit: on Chinese pages from
    10,000 yuan in 万元 (1,216.46 万元), as a Chinese reader counts, with the exact amount
    in its `title` and `value`; otherwise the exact amount in yuan (12,164,609.00 yuan)."""
    amount = _decimal(value)
    if amount is None:
        return ""
    exact = _("%(amount)s yuan") % {"amount": money(amount)}
    if (get_language() or "").startswith("zh") and abs(amount) >= WAN:
        in_wan = pgettext("amount of money", "%(amount)s × 10,000 yuan") % {"amount": money(amount / WAN)}
        return format_html('<data value="{}" title="{}">{}</data>', amount, exact, in_wan)
    return exact
