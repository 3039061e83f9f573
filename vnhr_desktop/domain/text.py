"""Vietnamese text rules: NFC on entry, search folding, collation keys.

Every piece of text that enters the app (typing, paste, import, command line)
goes through :func:`clean`. Searchable rows store :func:`fold` of their text and
are searched with SQL ``LIKE``; sortable names store :func:`sort_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")

# Tone marks in Vietnamese collation order (ngang first, implicit).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Vowel-quality marks that make a different letter (primary difference).
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_WEIGHT = {ch: 0x200 + i for i, ch in enumerate(_ALPHABET)}


# Zero-width characters, the byte-order mark and bidirectional controls are
# invisible, so "Nguyễn\u200bVăn A" would otherwise sit next to "Nguyễn Văn A".
# They are dropped; a zero-width space between two words is the word break it
# stands for, so it becomes a space.
_INVISIBLE = dict.fromkeys(
    [0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_ZWSP_BETWEEN_WORDS = re.compile(r"(?<=[^\s\u200b])\u200b+(?=[^\s\u200b])")


def nfc(value: str) -> str:
    """Return ``value`` in Unicode NFC (precomposed) form."""
    return unicodedata.normalize("NFC", value)


def clean(value: str | None) -> str:
    """The boundary function for user text: NFC, no zero-width, BOM or bidi
    control characters, no stray control characters,
    trimmed, inner runs of spaces kept as typed except at the ends."""
    if value is None:
        return ""
    text = nfc(str(value))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    if "\u200b" in text:
        text = _ZWSP_BETWEEN_WORDS.sub(" ", text).replace("\u200b", "")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return text.strip()


def clean_line(value: str | None) -> str:
    """Like :func:`clean` but for one-line fields: all whitespace folded to one space."""
    return _SPACES.sub(" ", clean(value))


def clean_optional(value: str | None) -> str | None:
    text = clean(value)
    return text or None


class _StripMarks(dict[int, int | None]):
    """str.translate table that drops combining marks; filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP_MARKS = _StripMarks()


def fold(value: str | None) -> str:
    """Search key: tone and vowel marks removed, đ -> d, lower case, single spaces.

    "Nguyễn Văn Đức" -> "nguyen van duc".
    """
    if not value:
        return ""
    text = unicodedata.normalize("NFD", str(value)).translate(_STRIP_MARKS)
    text = text.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", text.lower()).strip()


def fold_join(*parts: str | None) -> str:
    """Search key for a row made of several fields."""
    return " | ".join(fold(p) for p in parts if p)


def like_pattern(query: str) -> str:
    """A ``LIKE`` pattern (escape character ``\\``) for a folded search query."""
    q = fold(query)
    q = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{q}%"


def normalise_for_duplicates(value: str | None) -> str:
    """Key under which two texts count as the same entry: NFC, whitespace folded,
    case folded, quotes and trailing punctuation ignored."""
    text = clean_line(value).casefold()
    text = text.strip(" \"'“”‘’.;,")
    return text


@lru_cache(maxsize=8192)
def _decompose(ch: str) -> tuple[str, int, int]:
    """(base letter, tone weight, case flag) of one character, Vietnamese style."""
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    upper = 1 if base.isupper() else 0
    base = base.lower()
    tone = 0
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif (base, mark) in _LETTER_MARKS:
            base = _LETTER_MARKS[(base, mark)]
    if base == "đ" or ch in "đĐ":
        base = "đ"
    return base, tone, upper


def sort_key(value: str | None) -> str:
    """A string whose plain code-point order is Vietnamese alphabetical order.

    Primary level: letters in the order a ă â b c d đ e ê ... (tones ignored);
    secondary level: tones ngang, huyền, hỏi, ngã, sắc, nặng; tertiary: lower
    before upper case. Stored in a column, it sorts correctly with a plain
    ``ORDER BY`` on any database.
    """
    text = nfc(clean_line(value))
    primary: list[str] = []
    secondary: list[str] = []
    tertiary: list[str] = []
    for ch in text:
        base, tone, upper = _decompose(ch)
        if base in _LETTER_WEIGHT:
            weight = _LETTER_WEIGHT[base]
        elif base.isdigit():
            weight = 0x100 + int(base)
        elif base.isspace():
            weight = 0x20
        elif base.isalpha():
            weight = 0x300 + ord(base)
        else:
            weight = 0x40 + (ord(base) % 0xA0)
        primary.append(chr(weight))
        secondary.append(chr(0x30 + tone))
        tertiary.append(chr(0x30 + upper))
    return "".join(primary) + "\x01" + "".join(secondary) + "\x01" + "".join(tertiary)


def person_sort_key(full_name: str | None) -> str:
    """Names of people sort by given name (the last word) first, then the rest."""
    words = clean_line(full_name).split(" ")
    if not words or words == [""]:
        return sort_key("")
    given, rest = words[-1], " ".join(words[:-1])
    return sort_key(f"{given} {rest}".strip())


def lower_first(text: str) -> str:
    text = clean_line(text)
    if len(text) > 1 and text[1].isupper():  # an abbreviation such as "UBND"
        return text
    return text[:1].lower() + text[1:]


def proper_name(value: str | None) -> str:
    """A person's name with each word capitalised and single spaces:
    "nguyễn  văn an" -> "Nguyễn Văn An". The rest of each word is kept as typed."""
    return " ".join(word[:1].upper() + word[1:] for word in clean_line(value).split())
