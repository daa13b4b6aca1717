"""The resident identity number (居民身份证号码, GB 11643-1999): 17 digits (the division
code of the place of registration, the birth date, a sequence number) and a check
character computed from them, a digit or X."""

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
LENGTH = len(WEIGHTS) + 1


def check_character(first17):
    """The 18th character for the first 17 digits."""
    return CHECK_CHARACTERS[sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True)) % 11]


def id_number(area_code, birth, sequence):
    """The number of someone registered in `area_code`, born on `birth`, with this sequence number."""
    body = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
    return body + check_character(body)
