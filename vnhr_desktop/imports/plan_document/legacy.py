"""Documents typed with the pre-Unicode Vietnamese fonts: TCVN3 (ABC, the
.VnTime fonts) and VNI (VNI-Times). Their text comes out of Word or a PDF as
Latin-1 letters - "KÕ ho¹ch" (TCVN3) or "Keá hoaïch" (VNI) for "Kế hoạch".
:func:`detect` tells which one a text is in; :func:`to_unicode` converts it.

The tables below are built from the two encodings' rules:

- TCVN3 gives each lower-case letter one byte; of the capitals only Ă Â Ê Ô Ơ
  Ư Đ have their own byte. Capitals with a tone are typed in the ".VnTimeH"
  fonts, which draw the lower-case bytes as capitals, so a line whose plain
  letters are all capitals is converted to capitals.
- VNI writes a vowel followed by a mark byte (tone, or hat/breve with a tone);
  i, ơ, ư, đ and ỵ have their own byte.
"""

from __future__ import annotations

import re
import unicodedata

TCVN3 = "TCVN3"
VNI = "VNI"

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang, huyền, hỏi, ngã, sắc, nặng


def _letter(base: str, tone: int) -> str:
    """The precomposed letter of ``base`` (a, ă, â, ...) with tone ``tone``."""
    return unicodedata.normalize("NFC", base + _TONES[tone])


# TCVN3: for each vowel, its bytes for ngang, huyền, hỏi, ngã, sắc, nặng.
_TCVN3_VOWELS = {
    "a": "a\xb5\xb6\xb7\xb8\xb9",
    "ă": "\xa8\xbb\xbc\xbd\xbe\xc6",
    "â": "\xa9\xc7\xc8\xc9\xca\xcb",
    "e": "e\xcc\xce\xcf\xd0\xd1",
    "ê": "\xaa\xd2\xd3\xd4\xd5\xd6",
    "i": "i\xd7\xd8\xdc\xdd\xde",
    "o": "o\xdf\xe1\xe2\xe3\xe4",
    "ô": "\xab\xe5\xe6\xe7\xe8\xe9",
    "ơ": "\xac\xea\xeb\xec\xed\xee",
    "u": "u\xef\xf1\xf2\xf3\xf4",
    "ư": "\xad\xf5\xf6\xf7\xf8\xf9",
    "y": "y\xfa\xfb\xfc\xfd\xfe",
}
_TCVN3_CAPITALS = {"\xa1": "Ă", "\xa2": "Â", "\xa3": "Ê", "\xa4": "Ô", "\xa5": "Ơ", "\xa6": "Ư", "\xa7": "Đ"}

TCVN3_TABLE: dict[str, str] = {"\xae": "đ", **_TCVN3_CAPITALS}
for _base, _codes in _TCVN3_VOWELS.items():
    for _tone, _code in enumerate(_codes):
        if not _code.isascii():
            TCVN3_TABLE[_code] = _letter(_base, _tone)

# VNI: the mark bytes after a vowel, lower case; capitals use the upper-case byte.
_VNI_TONE_MARKS = ("", "ø", "û", "õ", "ù", "ï")  # huyền, hỏi, ngã, sắc, nặng
_VNI_HAT_MARKS = ("â", "à", "å", "ã", "á", "ä")  # â ê ô and their tones
_VNI_BREVE_MARKS = ("ê", "è", "ú", "ü", "é", "ë")  # ă and its tones
_VNI_OWN = {  # letters with a byte of their own: (letter, tone) -> byte
    ("i", 1): "ì",
    ("i", 2): "æ",
    ("i", 3): "ó",
    ("i", 4): "í",
    ("i", 5): "ò",
    ("ơ", 0): "ô",
    ("ư", 0): "ö",
    ("y", 5): "î",
}


def _vni_sequences() -> dict[str, str]:
    """Unicode letter -> VNI bytes, for every Vietnamese letter, both cases."""
    out: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
    for base in _VOWELS:
        for tone in range(6):
            letter = _letter(base, tone)
            if (base, tone) in _VNI_OWN:
                code = _VNI_OWN[(base, tone)]
            elif base in "ơư":
                code = _VNI_OWN[(base, 0)] + _VNI_TONE_MARKS[tone]
            elif base in "âêô":
                plain = unicodedata.normalize("NFD", base)[0]
                code = plain + _VNI_HAT_MARKS[tone]
            elif base == "ă":
                code = "a" + _VNI_BREVE_MARKS[tone]
            else:
                code = base + _VNI_TONE_MARKS[tone]
            out[letter] = code
            out[letter.upper()] = code.upper()
    return out


VNI_ENCODE = _vni_sequences()
VNI_TABLE = {code: letter for letter, code in VNI_ENCODE.items() if not code.isascii()}
# Longest sequences first, so that "ôù" (ớ) wins over "ô" (ơ).
_VNI_RE = re.compile("|".join(re.escape(c) for c in sorted(VNI_TABLE, key=len, reverse=True)))
_TCVN3_RE = re.compile("[" + "".join(re.escape(c) for c in TCVN3_TABLE) + "]")

# Bytes that only a TCVN3 text has (the 0xA1-0xBF block holds its most common
# letters: à á ả ã ạ ă â ê ô ơ ư đ); and the VNI mark bytes that no
# Unicode Vietnamese word contains.
_TCVN3_SIGNS = set(c for c in TCVN3_TABLE if "\xa1" <= c <= "\xbf")
_VNI_SIGNS = set("øûïüëåäñöæîØÛÏÜËÅÄÑÖÆÎ")
_VNI_AFTER_VOWEL = re.compile("[aeouyAEOUYôöÔÖ][ùÙ]")


def detect(text: str) -> str:
    """ "TCVN3", "VNI" or "" (Unicode) for ``text``."""
    letters = sum(1 for ch in text if ch.isalpha()) or 1
    tcvn3 = sum(1 for ch in text if ch in _TCVN3_SIGNS)
    if tcvn3 >= 2 and tcvn3 * 200 >= letters:
        return TCVN3
    vni = sum(1 for ch in text if ch in _VNI_SIGNS) + len(_VNI_AFTER_VOWEL.findall(text))
    if vni >= 2 and vni * 200 >= letters:
        return VNI
    return ""


def _capital_line(line: str) -> bool:
    plain = [ch for ch in line if ch.isascii() and ch.isalpha()]
    return len(plain) >= 2 and all(ch.isupper() for ch in plain)


def _capital_word(word: str) -> bool:
    plain = [ch for ch in word if ch.isascii() and ch.isalpha()]
    return len(plain) >= 2 and all(ch.isupper() for ch in plain)


def tcvn3_to_unicode(text: str) -> str:
    out_lines = []
    for line in text.split("\n"):
        converted = _TCVN3_RE.sub(lambda m: TCVN3_TABLE[m.group(0)], line)
        if _capital_line(line):
            converted = converted.upper()
        elif any(ch in TCVN3_TABLE for ch in line):
            words = line.split(" ")
            converted = " ".join(
                _TCVN3_RE.sub(lambda m: TCVN3_TABLE[m.group(0)], w).upper()
                if _capital_word(w)
                else _TCVN3_RE.sub(lambda m: TCVN3_TABLE[m.group(0)], w)
                for w in words
            )
        out_lines.append(converted)
    return "\n".join(out_lines)


def vni_to_unicode(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_TABLE[m.group(0)], text)


def unicode_to_tcvn3(text: str) -> str:
    """Unicode -> TCVN3 bytes (as Latin-1 characters); capitals with a tone are
    written as their lower-case byte, the way the .VnTimeH fonts are typed."""
    reverse = {letter: code for code, letter in TCVN3_TABLE.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in reverse:
            out.append(reverse[ch])
        elif ch.lower() in reverse and ch.lower() != ch:
            out.append(reverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def unicode_to_vni(text: str) -> str:
    return "".join(VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_unicode(text: str) -> tuple[str, str]:
    """(Unicode text, encoding it was in: "TCVN3", "VNI" or "")."""
    encoding = detect(text)
    if encoding == TCVN3:
        return tcvn3_to_unicode(text), encoding
    if encoding == VNI:
        return vni_to_unicode(text), encoding
    return text, ""
