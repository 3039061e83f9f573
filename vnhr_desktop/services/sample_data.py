"""Content of the sample campaign, taken from the real documents in the seeds:
the 2024 peak-campaign plan (seed 004) and the plan it implements, the
2023-2028 communication plan with its targets (seed 001), the hybrid training
conference (seed 002) and the kinds of results counted in seed 000."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

D = dt.date

OFFICE = dict(
    office_name="Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh",
    parent_body="Ủy ban nhân dân tỉnh Trà Vinh",
    level_label="Cấp tỉnh",
    place_name="Trà Vinh",
    signer_authority="",
    signer_title="TRƯỞNG BAN",
    signer_name="Lê Văn Hân",
)

ISSUERS = [
    dict(
        name="Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh",
        code="BCĐNQ",
        parent_line="UBND TỈNH TRÀ VINH",
        header_lines="BAN CHỈ ĐẠO VỀ NHÂN QUYỀN",
        signer_title="TRƯỞNG BAN",
        signer_name="Lê Văn Hân",
    ),
    dict(
        name="Ủy ban nhân dân tỉnh Trà Vinh",
        code="UBND",
        parent_line="",
        header_lines="ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH",
        signer_authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer_name="Lê Văn Hân",
    ),
]

AGENCIES = [
    ("Công an tỉnh", "CA", "department"),
    ("Sở Thông tin và Truyền thông", "STTTT", "department"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "department"),
    ("Sở Ngoại vụ", "SNV", "department"),
    ("Báo Trà Vinh", "BTV", "department"),
    ("Đài Phát thanh và Truyền hình Trà Vinh", "THTV", "department"),
    ("Ủy ban nhân dân thành phố Trà Vinh", "UBND-TP", "commune"),
    ("Ủy ban nhân dân huyện Châu Thành", "UBND-CT", "commune"),
    ("Ban Chỉ đạo Nhân quyền Chính phủ", "BCĐNQ-CP", "outside"),
]

RECEIVED_PLAN = dict(
    number=5,
    symbol="KH-BCĐNQ",
    issued_on=D(2024, 10, 14),
    issuer_name="Ban Chỉ đạo Nhân quyền Chính phủ",
    title=(
        "Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm "
        "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"
    ),
    period_start=D(2024, 10, 14),
    period_end=D(2024, 12, 31),
    display_start=D(2024, 11, 20),
    display_end=D(2024, 12, 31),
)

CAMPAIGN_TITLE = (
    "Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm 76 năm "
    "Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024) trên địa bàn tỉnh Trà Vinh"
)

CAMPAIGN_IMPLEMENTS = (
    "Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Trưởng Ban Chỉ đạo Nhân quyền Chính phủ "
    "về việc triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm "
    "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"
)

CAMPAIGN_OPENING = (
    "Thực hiện " + CAMPAIGN_IMPLEMENTS + ", Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh xây dựng Kế hoạch "
    "thực hiện trên địa bàn tỉnh như sau:"
)

CAMPAIGN_PURPOSE = [
    "Đẩy mạnh công tác thông tin, tuyên truyền về quan điểm, chủ trương, chính sách của Đảng, pháp luật "
    "của Nhà nước trong việc đảm bảo quyền con người của Việt Nam nói chung và của tỉnh nói riêng; những "
    "thành tựu đã đạt được trong việc thúc đẩy và bảo vệ quyền con người trên một số lĩnh vực đang được "
    "dư luận quan tâm.",
    "Nâng cao nhận thức của cán bộ, công chức, viên chức, người lao động và Nhân dân về vấn đề quyền con "
    "người; tầm quan trọng của công tác bảo vệ và đấu tranh nhân quyền; nâng cao cảnh giác trước thủ đoạn "
    "của các thế lực thù địch lợi dụng vấn đề dân chủ, nhân quyền chống phá, đấu tranh phản bác quan điểm "
    "sai trái, thù địch.",
    "Đảm bảo nâng cao trách nhiệm và sự phối hợp chặt chẽ giữa các cơ quan thành viên Ban Chỉ đạo về Nhân "
    "quyền tỉnh trong công tác thông tin, tuyên truyền thành tựu đảm bảo quyền con người của Việt Nam và "
    "của tỉnh đã đạt được nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024).",
]

CAMPAIGN_CONTENT = [
    "Tổ chức các hoạt động tuyên truyền về quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà "
    "nước trong việc đảm bảo quyền con người ở nước ta; những thành tựu, kết quả bảo đảm an sinh xã hội, "
    "xóa đói, giảm nghèo; bảo đảm quyền tự do tín ngưỡng, tôn giáo, quyền của nhóm dễ bị tổn thương; kết "
    "quả công tác tuyên truyền nâng cao nhận thức và đấu tranh, phòng, chống tội phạm mua bán người,... "
    "trên địa bàn tỉnh.",
    "Căn cứ chức năng, nhiệm vụ của cơ quan, đơn vị, địa phương và tình hình thực tế trên lĩnh vực, địa "
    "bàn phụ trách, quản lý để tổ chức các hoạt động tuyên truyền phù hợp nhằm hưởng ứng Ngày Nhân quyền "
    "thế giới; tuyên truyền về các hoạt động hưởng ứng Ngày Nhân quyền thế giới trên các Cổng/Trang thông "
    "tin điện tử, các trang Fanpage, Zalo,... của cơ quan, đơn vị, địa phương.",
    "Chủ động cung cấp thông tin về nhân quyền, định hướng cho các cơ quan báo chí, truyền thông viết bài "
    "tuyên truyền đậm nét về thành tựu bảo đảm quyền con người; chỉ đạo các cơ quan báo chí, truyền thông "
    "xây dựng các phóng sự, tin, bài viết trong công tác bảo vệ và đấu tranh về nhân quyền.",
    "Tăng cường tuyên truyền, đấu tranh và phản bác các hoạt động lợi dụng vấn đề dân chủ, nhân quyền của "
    "các thế lực thù địch chống phá trên các phương tiện thông tin đại chúng, mạng xã hội và tại các cuộc "
    "đối thoại với đối tác nước ngoài để giải tỏa những thông tin sai lệch về tình hình dân chủ, nhân "
    "quyền và tranh thủ sự đồng tình, ủng hộ của bạn bè quốc tế.",
    "Lựa chọn và tổ chức treo băng rôn, áp phích, biểu ngữ,... hưởng ứng Ngày Nhân quyền thế giới từ ngày "
    "20 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2024, nội dung cụ thể theo danh mục khẩu hiệu kèm "
    "theo Kế hoạch này.",
    "Về hình thức tuyên truyền: In và treo băng rôn, khẩu hiệu, tờ rơi tuyên truyền về quyền con người; "
    "viết bài để đăng báo trong dịp kỷ niệm; tuyên truyền miệng thông qua sinh hoạt chi bộ, cơ quan, đoàn "
    "thể, khu dân cư về thành tựu phát triển kinh tế - xã hội, đảm bảo an ninh trật tự,... góp phần đảm "
    "bảo quyền con người tại địa phương.",
]

CAMPAIGN_ORGANISATION = [
    "Căn cứ Kế hoạch này, các cơ quan thành viên Ban Chỉ đạo về Nhân quyền tỉnh, các sở, ban, ngành tỉnh "
    "có liên quan và Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện công tác tuyên "
    "truyền nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới phù hợp với chức năng và tình hình của cơ quan, "
    "đơn vị, địa phương. Kết quả thực hiện gửi báo cáo đến Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền "
    "tỉnh (Công an tỉnh) chậm nhất đến ngày 01 tháng 01 năm 2025 để tổng hợp, báo cáo Ban Chỉ đạo Nhân "
    "quyền Chính phủ theo quy định.",
]

CAMPAIGN_CLOSING = (
    "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương phản "
    "ánh về Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh) để được hướng dẫn thực hiện."
)

SLOGANS = [
    "Bảo đảm quyền con người cho tất cả mọi người",
    "Việt Nam chung sức cùng cộng đồng quốc tế thúc đẩy và bảo vệ quyền con người",
    "Việt Nam ưu tiên thực hiện các cam kết quốc tế về quyền con người",
    "Việt Nam luôn tạo điều kiện cho các tôn giáo phát triển, đồng hành cùng dân tộc",
    "Việt Nam nỗ lực nâng cao chất lượng cuộc sống, vị thế của đồng bào dân tộc thiểu số",
    "Việt Nam quyết tâm đẩy lùi nạn mua, bán người",
    "Việt Nam kiên quyết đấu tranh với hành vi tra tấn, nhục hình",
    "Việt Nam tích cực hoàn thiện hệ thống pháp luật bảo đảm quyền con người, quyền công dân",
]

# (agency, task content, due date, status)
CAMPAIGN_TASKS = [
    (
        "Sở Thông tin và Truyền thông",
        "Chỉ đạo các cơ quan truyền thông viết bài, xây dựng phóng sự,... và đăng tải, phát sóng bài viết, "
        "phóng sự tuyên truyền thành tựu đảm bảo quyền con người của địa phương.",
        D(2024, 12, 15),
        "done",
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Phối hợp với các đơn vị liên quan tổ chức treo băng rôn, áp phích, biểu ngữ kỷ niệm 76 năm Ngày "
        "Nhân quyền thế giới (10/12/1948 - 10/12/2024), theo các nội dung và thời gian nêu trên; tuyên truyền "
        "tại một số biển quảng cáo điện tử trên địa bàn tỉnh trước, trong và sau Ngày Nhân quyền thế giới.",
        D(2024, 11, 20),
        "in_progress",
    ),
    (
        "Công an tỉnh",
        "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh theo dõi, đôn đốc việc triển khai thực hiện Kế "
        "hoạch này; tổng hợp tình hình, kết quả thực hiện báo cáo Ban Chỉ đạo Nhân quyền Chính phủ theo đúng "
        "thời gian quy định.",
        D(2025, 1, 1),
        "in_progress",
    ),
    (
        "Báo Trà Vinh",
        "Đăng tải tin, bài viết tuyên truyền thành tựu đảm bảo quyền con người của Việt Nam và của tỉnh.",
        D(2024, 12, 10),
        "done",
    ),
    (
        "Đài Phát thanh và Truyền hình Trà Vinh",
        "Xây dựng và phát sóng phóng sự, tin tức về các hoạt động hưởng ứng Ngày Nhân quyền thế giới.",
        D(2024, 12, 10),
        "not_started",
    ),
    (
        "Ủy ban nhân dân thành phố Trà Vinh",
        "Triển khai thực hiện công tác tuyên truyền nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới trên địa bàn; "
        "gửi báo cáo kết quả về Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh.",
        D(2024, 12, 28),
        "not_started",
    ),
]

CAMPAIGN_RECIPIENTS = [
    "BCĐ NQ TW (b/c)",
    "Cục Đối ngoại - Bộ Công an (b/c)",
    "Thành viên BCĐ về NQ tỉnh",
    "TT BCĐ về NQ tỉnh (Công an tỉnh)",
    "Báo Trà Vinh",
    "Đài Phát thanh và Truyền hình TV",
    "UBND các huyện, thị xã, thành phố",
    "LĐVP UBND tỉnh",
    "Lưu: VT, NC",
]

MULTI_YEAR_ISSUED_ON = D(2023, 1, 18)
MULTI_YEAR_PLAN = dict(
    number=155,
    symbol="KH-UBND",
    issued_on=MULTI_YEAR_ISSUED_ON,
    title=("Triển khai Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2023-2028 trên địa bàn tỉnh"),
    period_start=D(2023, 1, 18),
    period_end=D(2028, 12, 31),
)

MULTI_YEAR_TARGETS = [
    (
        "Cơ quan hành chính nhà nước trên địa bàn tỉnh thực hiện cơ chế phát ngôn và cung cấp thông tin định "
        "kỳ cho báo chí về công tác quyền con người",
        100,
        "percent",
        85,
    ),
    (
        "Cán bộ làm công tác quyền con người được cập nhật thông tin, tập huấn kiến thức, kỹ năng truyền "
        "thông về quyền con người",
        100,
        "percent",
        92,
    ),
    (
        "Cán bộ chủ chốt của các tổ chức chính trị - xã hội cấp tỉnh được cập nhật thông tin tình hình công "
        "tác quyền con người",
        70,
        "percent",
        64,
    ),
    ("Tin giả, tin xấu độc xâm hại quyền con người trên không gian mạng được phát hiện, xử lý", 90, "percent", 78),
]

LOCATIONS = [
    ("Quảng trường Trung tâm tỉnh, đường Nguyễn Thị Minh Khai", "Phường 2"),
    ("Trước trụ sở UBND tỉnh, đường 19/5", "Phường 1"),
    ("Vòng xoay Ao Bà Om, Quốc lộ 53", "Phường 8"),
    ("Cổng Công an tỉnh, đường Nguyễn Đáng", "Phường 7"),
    ("Ngã tư Điện Biên Phủ - Phạm Ngũ Lão", "Phường 6"),
]

CONFERENCE = dict(
    kind="training",
    title="Hội nghị tập huấn công tác thông tin đối ngoại về quyền con người năm 2024",
    starts_at=dt.datetime(2024, 12, 12, 14, 0),
    ends_at=dt.datetime(2024, 12, 12, 17, 0),
    venue="Hội trường UBND tỉnh",
    format="hybrid",
    organiser="Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh",
    chair="Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo về Nhân quyền tỉnh",
    invited_count=740,
    note="Điểm cầu trung tâm tại Hội trường UBND tỉnh, kết nối trực tuyến tới các huyện, thị xã, thành phố.",
)

SPEAKER = dict(
    name="PGS.TS Tường Duy Kiên",
    title="Viện trưởng Viện Quyền con người",
    organisation="Học viện Chính trị Quốc gia Hồ Chí Minh",
    topics=(
        "Công tác thông tin đối ngoại về quyền con người\n"
        "Đấu tranh, phản bác các thông tin sai lệch về quyền con người ở Việt Nam và công tác truyền "
        "thông về quyền con người trong thời gian tới"
    ),
)

# (name, place, is_main, expected, actual)
BRIDGE_POINTS = [
    ("Hội trường UBND tỉnh", "Số 1 đường 19/5, Phường 1, thành phố Trà Vinh", True, 180, 172),
    ("UBND thành phố Trà Vinh", "Phường 1, thành phố Trà Vinh", False, 70, 68),
    ("UBND huyện Càng Long", "Thị trấn Càng Long", False, 65, 61),
    ("UBND huyện Châu Thành", "Thị trấn Châu Thành", False, 70, 70),
    ("UBND huyện Cầu Kè", "Thị trấn Cầu Kè", False, 60, 55),
    ("UBND huyện Tiểu Cần", "Thị trấn Tiểu Cần", False, 60, 58),
    ("UBND huyện Cầu Ngang", "Thị trấn Cầu Ngang", False, 65, 63),
    ("UBND huyện Trà Cú", "Thị trấn Trà Cú", False, 70, 66),
    ("UBND huyện Duyên Hải", "Xã Long Khánh", False, 55, 50),
    ("UBND thị xã Duyên Hải", "Phường 1, thị xã Duyên Hải", False, 45, 44),
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Thạch", "Kim", "Sơn", "Dương", "Đỗ"]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Thanh", "Hoàng", "Đức"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"]
GIVEN_M = ["Đức", "Hùng", "Tâm", "Phước", "Sang", "Dũng", "Khải", "Lộc", "Bình", "Thắng", "Ân", "Vũ"]
GIVEN_F = ["Hạnh", "Yến", "Lan", "Thảo", "Ngân", "Hương", "Trâm", "Diễm", "Út", "Oanh", "Ánh", "Liên"]
POSITIONS = ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Cán bộ", "Phóng viên", "Báo cáo viên"]
PARTICIPANT_AGENCIES = [
    "Công an tỉnh",
    "Sở Thông tin và Truyền thông",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Ngoại vụ",
    "Báo Trà Vinh",
    "Đài Phát thanh và Truyền hình Trà Vinh",
    "Ban Tuyên giáo Tỉnh ủy",
    "Phòng Văn hóa và Thông tin huyện",
]

OUTSIDE_EVENTS = [
    dict(
        kind="outside",
        title="Hội nghị tập huấn công tác thông tin, truyền thông về quyền con người",
        starts_at=dt.datetime(2024, 11, 19, 8, 0),
        venue="Tỉnh Đắk Lắk",
        host_body="Ban Chỉ đạo về nhân quyền trung ương",
        staff_sent_count=1,
        staff_names="Nguyễn Thị Thu Hạnh, Chuyên viên Công an tỉnh",
    ),
    dict(
        kind="outside",
        title="Hội thảo “Bảo vệ và thúc đẩy quyền con người trong bối cảnh mới”",
        starts_at=dt.datetime(2024, 12, 9, 8, 0),
        venue="Thành phố Hồ Chí Minh",
        host_body="Bộ Ngoại giao phối hợp với Chương trình Phát triển Liên hợp quốc",
        staff_sent_count=2,
        staff_names="Lãnh đạo Sở Ngoại vụ; Lãnh đạo Công an tỉnh",
    ),
]

SEMINAR = dict(
    kind="seminar",
    title="Tọa đàm “Hợp tác quốc tế trên lĩnh vực bảo đảm và thúc đẩy quyền con người”",
    starts_at=dt.datetime(2024, 12, 6, 8, 0),
    ends_at=dt.datetime(2024, 12, 6, 11, 0),
    venue="Hội trường Sở Ngoại vụ",
    format="in_person",
    organiser="Sở Ngoại vụ",
    invited_count=45,
)

# (kind, channel, title prefix, count, first day, quantity, minutes)
MEDIA = [
    (
        "news",
        "Trang thông tin điện tử",
        "Tin tuyên truyền thành tựu bảo đảm quyền con người",
        8,
        D(2024, 12, 1),
        1,
        None,
    ),
    (
        "article",
        "Trang thông tin điện tử",
        "Bài viết về bảo đảm và thúc đẩy quyền con người",
        4,
        D(2024, 12, 3),
        1,
        None,
    ),
    (
        "broadcast",
        "Đài Phát thanh và Truyền hình Trà Vinh",
        "Chuyên mục phát thanh Ngày Nhân quyền thế giới",
        3,
        D(2024, 12, 8),
        1,
        15,
    ),
    ("social_post", "Fanpage Công an tỉnh", "Bài đăng hưởng ứng Ngày Nhân quyền thế giới", 5, D(2024, 12, 5), 1, None),
    ("leaflet", "Phát tại khu dân cư", "Tờ rơi tuyên truyền về quyền con người", 1, D(2024, 11, 25), 2000, None),
]


class SampleReport(TypedDict):
    title: str
    period_start: dt.date
    period_end: dt.date
    addressee: str


REPORT: SampleReport = {
    "title": "Kết quả tuyên truyền nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)",
    "period_start": D(2024, 11, 20),
    "period_end": D(2024, 12, 31),
    "addressee": "Ban Chỉ đạo Nhân quyền Chính phủ",
}
