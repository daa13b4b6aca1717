"""Money is shown with its digits grouped in both languages, and totals in 万元 for Chinese readers."""

from decimal import Decimal

import pytest

from django.template import Context, Template
from django.utils import translation

from core.templatetags.money_tags import money, money_total


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_amounts_are_grouped_in_threes_in_both_languages(language):
    with translation.override(language):
        assert money(Decimal("12164609")) == "12,164,609.00"
        assert money(Decimal("8000")) == "8,000.00"
        assert money(5000000.0, 0) == "5,000,000"
        assert money(Decimal("999.995")) == "1,000.00"  # rounded, not cut off
        assert money(None) == "" and money("") == ""


def test_chinese_totals_from_ten_thousand_are_in_wan_with_the_exact_amount_kept():
    with translation.override("zh-hans"):
        html = str(money_total(Decimal("12164609.00")))
        assert ">1,216.46 万元</data>" in html
        assert 'value="12164609.00"' in html and 'title="12,164,609.00 元"' in html
        assert money_total(Decimal("9999.99")) == "9,999.99 元"


def test_english_totals_are_exact_in_yuan():
    with translation.override("en"):
        assert money_total(Decimal("12164609.00")) == "12,164,609.00 yuan"


def test_the_filters_are_loaded_by_templates():
    template = Template("{% load money_tags %}{{ amount|money }} / {{ amount|money_total }}")
    with translation.override("zh-hans"):
        assert template.render(Context({"amount": Decimal("20000")})).startswith("20,000.00 / <data")
