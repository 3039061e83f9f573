"""Where a Vietnamese slogan may be broken into lines.

Vietnamese writes one syllable per word-space, so a break between two spaces
can fall inside a word ("thực / hiện", "quốc / tế"), which reads badly on a
banner. :func:`break_cost` rates a break before syllable ``i``:

* :data:`INSIDE_WORD` inside a common two-syllable word of this work
  ("con người", "quốc tế", "hệ thống", ...; also "mua, bán"), or after a
  number ("76 / năm");
* 0 after punctuation, or before a word that opens a phrase (prepositions,
  conjunctions, plural markers: "cho", "và", "của", "với", "các", ...);
* :data:`PLAIN` anywhere else.
"""

from __future__ import annotations

from vnhr_desktop.domain.text import nfc

PLAIN = 0.15
INSIDE_WORD = 1.5

PHRASE_OPENERS = frozenset(
    nfc(w)
    for w in [
        "cho",
        "và",
        "của",
        "với",
        "về",
        "các",
        "những",
        "để",
        "trong",
        "tại",
        "vì",
        "từ",
        "đến",
        "là",
        "được",
        "bị",
        "cùng",
        "mà",
        "nhưng",
        "hoặc",
        "trên",
        "theo",
        "bằng",
        "do",
        "khi",
        "thì",
        "nhằm",
        "vào",
        "giữa",
        "qua",
        "sau",
        "trước",
        "hướng",
        "tới",
        "hay",
        "lẫn",
    ]
)

_COMPOUNDS = """
    bảo_đảm đảm_bảo quyền_con con_người mọi_người tất_cả nhân_quyền quyền_công công_dân
    việt_nam cộng_đồng quốc_tế quốc_gia thúc_đẩy bảo_vệ chung_sức ưu_tiên thực_hiện cam_kết
    tạo_điều điều_kiện tôn_giáo tín_ngưỡng phát_triển đồng_hành dân_tộc nỗ_lực nâng_cao
    chất_lượng cuộc_sống vị_thế đồng_bào thiểu_số quyết_tâm đẩy_lùi mua_bán kiên_quyết
    đấu_tranh hành_vi tra_tấn nhục_hình tích_cực hoàn_thiện hệ_thống pháp_luật nhà_nước
    chính_sách chủ_trương tuyên_truyền kỷ_niệm thế_giới chào_mừng nhiệt_liệt hưởng_ứng
    thành_tựu an_sinh xã_hội xóa_đói giảm_nghèo tự_do ngôn_luận báo_chí an_ninh trật_tự
    kinh_tế văn_hóa chính_trị dân_sự dân_chủ nhân_dân nhân_loại hòa_bình hạnh_phúc
    bình_đẳng giới_tính trẻ_em phụ_nữ người_cao cao_tuổi khuyết_tật lao_động việc_làm
    giáo_dục y_tế sức_khỏe môi_trường bền_vững đoàn_kết thống_nhất độc_lập chủ_quyền
    toàn_vẹn lãnh_thổ tổ_quốc đất_nước nhân_văn tiến_bộ công_bằng văn_minh dân_giàu
    nước_mạnh giàu_mạnh ấm_no hội_nhập hợp_tác đối_thoại tôn_trọng nghĩa_vụ trách_nhiệm
    hiến_pháp nghị_quyết chỉ_thị kế_hoạch chương_trình đề_án phong_trào thi_đua
    xây_dựng bảo_tồn gìn_giữ phát_huy truyền_thống bản_sắc tiếp_cận thông_tin truyền_thông
    mạng_xã không_gian an_toàn phòng_chống phòng_ngừa tội_phạm ma_túy bạo_lực gia_đình
    cộng_hòa chủ_nghĩa đảng_cộng cộng_sản lãnh_đạo chỉ_đạo ủy_ban mặt_trận
    đoàn_thể thanh_niên cán_bộ công_chức viên_chức chiến_sĩ lực_lượng quân_đội công_an
    nông_thôn đô_thị miền_núi vùng_sâu vùng_xa biên_giới hải_đảo dân_cư khu_phố
    quan_tâm chăm_lo chăm_sóc hỗ_trợ giúp_đỡ sẻ_chia nhân_ái yêu_thương đồng_lòng
    chung_tay góp_phần tham_gia thực_thi tuân_thủ nghiêm_túc hiệu_quả thiết_thực
    tăng_cường đẩy_mạnh nâng_cấp cải_thiện đổi_mới sáng_tạo vững_mạnh vững_chắc
"""

COMPOUNDS = frozenset(tuple(nfc(part).lower() for part in item.split("_")) for item in _COMPOUNDS.split())
_PUNCTUATION_END = (",", ";", ":", ".", "!", "?", "-", "–", ")", "”")


def _bare(word: str) -> str:
    return nfc(word).lower().strip(".,;:!?()“”\"'–-")


def break_cost(words: list[str], i: int) -> float:
    """Cost of starting a new line at ``words[i]`` (0 < i < len(words))."""
    before, after = words[i - 1], words[i]
    if (_bare(before), _bare(after)) in COMPOUNDS or before.isdigit():
        return INSIDE_WORD  # also "mua, / bán" (a pair written with a comma) and "76 / năm"
    if before.endswith(_PUNCTUATION_END) or _bare(after) in PHRASE_OPENERS:
        return 0.0
    return PLAIN
