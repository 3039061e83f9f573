"""Document numbers and symbols (NĐ30): "05/KH-UBND", "1758/STTTT-TTBCXB"."""

from __future__ import annotations

KIND_ABBREVIATIONS = {
    "plan": "KH",
    "report": "BC",
    "notice": "TB",
    "guide": "HD",
    "programme": "CTr",
    "decision": "QĐ",
    "submission": "TTr",
    "invitation": "GM",
    "minutes": "BB",
    "dispatch": "",
}


def number_text(number: int | None) -> str:
    """Numbers under 10 take a leading zero; an unissued draft has no number."""
    if number is None:
        return ""
    return f"{number:02d}"


def symbol(kind: str, issuer_code: str) -> str:
    """ "KH-UBND" for a plan of UBND; a dispatch has only the issuer part."""
    abbr = KIND_ABBREVIATIONS.get(kind, kind)
    return f"{abbr}-{issuer_code}" if abbr else issuer_code


def number_symbol(number: int | None, symbol_text: str) -> str:
    """ "05/KH-UBND"; a draft shows "   /KH-UBND" so the clerk can write it in."""
    if number is None:
        return f"     /{symbol_text}" if symbol_text else ""
    return f"{number_text(number)}/{symbol_text}"


def so_line(number: int | None, symbol_text: str) -> str:
    """The "Số:" line of the header block."""
    return f"Số: {number_symbol(number, symbol_text)}".rstrip()
