"""Regular expressions and word lists for reading administrative documents.

Every pattern allows any run of white space (line breaks included) between
the words of a number, a date or a phrase, since text out of a PDF breaks its
lines anywhere.
"""

from __future__ import annotations

import datetime as dt
import re

from vnhr_desktop.domain.text import fold

W = r"\s+"  # between two words
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"

# The kinds a received document can be, as their kind line prints them.
DOCUMENT_KINDS = {
    "KẾ HOẠCH": "Kế hoạch",
    "CÔNG VĂN": "Công văn",
    "HƯỚNG DẪN": "Hướng dẫn",
    "QUYẾT ĐỊNH": "Quyết định",
    "THÔNG BÁO": "Thông báo",
    "CHỈ THỊ": "Chỉ thị",
}
# The kind part of a symbol (NĐ30 appendix III).
SYMBOL_KINDS = {
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "HD": "Hướng dẫn",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "CT": "Chỉ thị",
}
# Kinds a document may refer to.
REFERENCE_KINDS = (
    "Kế hoạch",
    "Công văn",
    "Văn bản",
    "Hướng dẫn",
    "Quyết định",
    "Thông báo",
    "Chỉ thị",
    "Nghị quyết",
    "Kết luận",
    "Nghị định",
    "Thông tư",
    "Chương trình",
    "Đề án",
    "Quy định",
    "Báo cáo",
)
REFERENCE_KIND_BY_FOLD = {fold(k): k for k in REFERENCE_KINDS}


def words(phrase: str) -> str:
    """A pattern for ``phrase`` with any white space between its words."""
    return W.join(re.escape(w) for w in phrase.split())


KIND_WORDS = "(?i:" + "|".join(words(k) for k in sorted(REFERENCE_KINDS, key=len, reverse=True)) + ")"

# A symbol segment: capitals and digits ("BCĐNQ", "UBND"), or capitals with
# one small letter at the end ("TTg").
_SEG = rf"(?:[{UPPER}]{{2,}}[{UPPER}0-9]*[a-z]?|[{UPPER}][{UPPER}0-9]*)(?![{LOWER}{UPPER}0-9])"
NUMBER_SYMBOL = rf"(?P<num>\d{{1,6}})\s*(?P<sep>[/-])\s*(?P<sym>{_SEG}(?:\s*[-/]\s*{_SEG})*)"


def date_pattern(tag: str, year_required: bool = True) -> str:
    """ "ngày 14 tháng 10 năm 2024" or "14/10/2024" ("ngày" optional), with
    groups ``{tag}d``, ``{tag}m``, ``{tag}y`` (words) and ``{tag}D`` ... (digits)."""
    opt = "" if year_required else "?"
    return (
        rf"(?:(?i:ngày)\s*)?(?:(?P<{tag}d>\d{{1,2}}){W}(?i:tháng){W}(?P<{tag}m>\d{{1,2}})"
        rf"(?:{W}(?i:năm){W}(?P<{tag}y>\d{{4}})){opt}"
        rf"|(?P<{tag}D>\d{{1,2}})\s*/\s*(?P<{tag}M>\d{{1,2}})(?:\s*/\s*(?P<{tag}Y>\d{{4}})){opt})"
    )


def date_of(match: re.Match, tag: str, year: int | None = None) -> dt.date | None:
    """The date of the ``tag`` groups of ``match`` (``year`` when it has none)."""
    d = match.group(f"{tag}d") or match.group(f"{tag}D")
    m = match.group(f"{tag}m") or match.group(f"{tag}M")
    y = match.group(f"{tag}y") or match.group(f"{tag}Y")
    if d is None or m is None:
        return None
    y = int(y) if y else year
    if y is None:
        return None
    try:
        return dt.date(y, int(m), int(d))
    except ValueError:
        return None


def date_span(match: re.Match, tag: str) -> tuple[int, int]:
    starts = [match.start(g) for g in (f"{tag}d", f"{tag}D") if match.group(g) is not None]
    ends = [match.end(g) for g in (f"{tag}y", f"{tag}Y", f"{tag}m", f"{tag}M") if match.group(g) is not None]
    return min(starts), max(ends)


DATE = re.compile(date_pattern("a"))

MOTTO = re.compile(
    r"(?i:CỘNG\s+H(?:OÀ|ÒA|OA)\s+X[ÃA]\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)"
)
SEPARATOR = re.compile(r"^[\s\-_–—=*.·]{3,}$")
NUMBER_LINE = re.compile(rf"S[ốỐ]\s*:?\s*{NUMBER_SYMBOL}")
PLACE_DATE = re.compile(rf"(?P<place>[{UPPER}][^\n,\d]{{1,40}}),\s*{date_pattern('h')}")

# Words an organisation's name starts with (capitals in the header, title case in the text).
ORG_STARTS = (
    "Ban Chỉ huy",
    "Bộ Chỉ huy",
    "Ủy ban Mặt trận",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "Ủy ban",
    "UBND",
    "Ban",
    "Sở",
    "Phòng",
    "Văn phòng",
    "Công an",
    "Hội đồng",
    "Trung tâm",
    "Chi cục",
    "Cục",
    "Vụ",
    "Bộ",
    "Đảng ủy",
    "Tỉnh ủy",
    "Huyện ủy",
    "Thành ủy",
    "Tỉnh đoàn",
    "Huyện đoàn",
    "Đoàn",
    "Hội",
    "Mặt trận",
    "Đài",
    "Báo",
    "Viện",
    "Trường",
    "Thanh tra",
    "Tòa án",
    "Kho bạc",
    "Liên đoàn",
    "Công đoàn",
    "Cơ quan",
    "Bộ đội",
)
ORG_START_TEXT = re.compile(r"^(?:" + "|".join(words(w) for w in ORG_STARTS) + r")(?![" + LOWER + r"])")
ORG_START_UPPER = re.compile(r"^(?:" + "|".join(words(w.upper()) for w in ORG_STARTS) + r")(?![" + UPPER + r"])")
GEO_WORDS = ("tỉnh", "huyện", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn")
ACRONYMS = {"UBND", "HĐND", "MTTQ", "BCĐ", "TW", "TƯ", "CP", "VN", "CAND", "QĐND"}

# Verbs that end an agency's name at the start of a task.
TASK_VERBS = (
    "chủ trì",
    "phối hợp",
    "chỉ đạo",
    "theo dõi",
    "tổ chức",
    "triển khai",
    "hướng dẫn",
    "xây dựng",
    "thực hiện",
    "tham mưu",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "căn cứ",
    "đẩy mạnh",
    "tăng cường",
    "đăng tải",
    "tuyên truyền",
    "cung cấp",
    "bố trí",
    "kiểm tra",
    "nghiên cứu",
    "rà soát",
    "phát động",
    "tập trung",
    "quán triệt",
    "đôn đốc",
    "lựa chọn",
    "biên soạn",
    "cử",
    "giao",
    "lồng ghép",
    "định hướng",
    "phát hành",
    "chuẩn bị",
    "đảm bảo",
    "bảo đảm",
    "chủ động",
    "tiếp tục",
    "duy trì",
    "huy động",
    "vận động",
    "tổng hợp",
    "báo cáo",
    "quản lý",
    "là cơ quan",
    "phát sóng",
    "đề xuất",
    "hỗ trợ",
    "in",
    "treo",
    "mở",
)
TASK_VERB = re.compile(
    r"\s(?:" + "|".join(words(v) for v in sorted(TASK_VERBS, key=len, reverse=True)) + r")(?![" + LOWER + r"])"
)
DISPLAY_WORDS = re.compile(
    r"(?i:treo|băng\s*rôn|khẩu\s+hiệu|pa\s*nô|pano|áp\s+phích|biểu\s+ngữ|trực\s+quan|cờ\s+phướn)"
)
CLOSING_PARAGRAPH = re.compile(
    r"^\s*(?:Trong\s+quá\s+trình|Trên\s+đây|Yêu\s+cầu\s+(?:các|thủ\s+trưởng)|Đề\s+nghị\s+các|Nơi\s+nhận)", re.M
)
