"""The unified social credit code validator (统一社会信用代码)."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from orgdirectory.credit_code import CheckCharacterMismatch, check_character, normalize, validate_credit_code

# Built from the rules: 5 (civil affairs), 3 (foundation), 440000 (Guangdong), body, check.
VALID = "53440000MJ0000001" + check_character("53440000MJ0000001")


def test_weights_are_powers_of_three_mod_31():
    from orgdirectory.credit_code import WEIGHTS

    assert WEIGHTS == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def test_check_character_worked_by_hand():
    # 5,3,4,4 then zeros, weighted 1,3,9,27: 5 + 9 + 36 + 108 = 158;
    # 158 mod 31 = 3, so the check value is 31 - 3 = 28, which is "W" (no I, O, S, V in the alphabet).
    assert check_character("53440000000000000") == "W"


def test_valid_code_passes_unchanged():
    assert validate_credit_code(VALID) == VALID


def test_lower_case_and_spaces_are_normalised():
    messy = " " + " ".join(VALID[i : i + 4] for i in range(0, 18, 4)).lower() + " "
    assert normalize(messy) == VALID
    assert validate_credit_code(messy) == VALID


def test_wrong_length_is_refused_with_the_count():
    with translation.override("zh-hans"), pytest.raises(ValidationError) as error:
        validate_credit_code(VALID[:17])
    with translation.override("zh-hans"):
        assert "应为 18 位，当前为 17 位" in error.value.messages[0]


@pytest.mark.parametrize("letter", ["I", "O", "S", "V", "Z", "-", "中"])
def test_character_outside_the_alphabet_is_refused_naming_its_position(letter):
    code = VALID[:4] + letter + VALID[5:]
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_credit_code(code)
    with translation.override("en"):
        assert "Character 5" in error.value.messages[0]


def test_wrong_check_character_is_its_own_error():
    wrong = VALID[:17] + ("0" if VALID[17] != "0" else "1")
    with translation.override("en"), pytest.raises(CheckCharacterMismatch) as error:
        validate_credit_code(wrong)
    with translation.override("en"):
        assert f"should be “{VALID[17]}”" in error.value.messages[0]


def test_model_field_stores_the_canonical_form(db):
    from orgdirectory.models import Organization, OrgType

    organization = Organization(name="测试基金会", credit_code=VALID.lower(), org_type=OrgType.FOUNDATION)
    organization.full_clean()
    assert organization.credit_code == VALID
