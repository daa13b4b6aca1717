"""The demo's texts (demo/content/*.yaml) come back as the plain data the builders expect."""

import pytest

from demo.texts import CONTENT_DIR, load

NAMES = ["home", "notices", "guides", "projects"]


def test_every_data_file_is_loaded_by_name():
    assert sorted(path.stem for path in CONTENT_DIR.glob("*.yaml")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_texts_are_plain_data(name):
    """Only text, numbers, true/false, null, lists and mappings with text keys: an unquoted
    2025-01-01 would come back as a date, an unquoted 0757 as a number."""
    odd = []

    def walk(value, path):
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    odd.append((path, key))
                walk(item, f"{path}.{key}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]")
        elif value is not None and type(value) not in (str, int, float, bool):
            odd.append((path, value))

    walk(load(name), name)
    assert odd == []


def test_values_that_look_like_other_types_stay_text():
    home, notices, guides = load("home"), load("notices"), load("guides")
    assert home["site_settings"]["postcode"] == "510630"
    assert home["site_settings"]["site_code"] == "4400000099"
    assert notices["holidays"][0][1:3] == ["2025-01-01", "2025-01-01"]
    assert notices["notices"][0]["date"] == -2  # days from today, a number
    assert guides["service_points"][0]["region"] == "440106"
    assert guides["service_points"][0]["latitude"] == "23.134612"
    assert guides["guides"][0]["reviewed_on"] == "2026-05-18"
