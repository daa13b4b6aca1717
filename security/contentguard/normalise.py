"""Text as the patterns see it: decoded, half-width, case-folded, without invisible characters."""

import html
import re
import unicodedata
from urllib.parse import unquote

# Characters that render as nothing: soft hyphens, zero-width spaces and joiners, direction marks, BOMs.
INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
)
UNICODE_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4})+")
BYTE_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")
# Enough for &amp;amp;#x6fb3; and its kin; a text that still changes after that many rounds is left as it is.
DECODING_ROUNDS = 5


def decode_unicode_escapes(match: re.Match) -> str:
    units = "".join(chr(int(code, 16)) for code in re.findall(r"[0-9a-fA-F]{4}", match.group()))
    return units.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # joins surrogate pairs


def decode_byte_escapes(match: re.Match) -> str:
    data = bytes.fromhex(match.group().replace("\\x", ""))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode(text: str) -> str:
    """Undo HTML entities and \\uXXXX, \\xXX and %XX escapes, however often they were applied."""
    for _round in range(DECODING_ROUNDS):
        decoded = UNICODE_ESCAPES.sub(decode_unicode_escapes, text)
        decoded = html.unescape(unquote(BYTE_ESCAPES.sub(decode_byte_escapes, decoded)))
        if decoded == text:
            break
        text = decoded
    return text


def normalise(text: str) -> str:
    """`text` decoded, without invisible characters, in half-width forms (NFKC) and case-folded."""
    return unicodedata.normalize("NFKC", decode(text).translate(INVISIBLE)).casefold()
