"""Content of the sample campaign: the office of Ủy ban nhân dân huyện Châu Thành
(tỉnh Trà Vinh) with its Ban Chỉ đạo về Nhân quyền, its departments and its
communes, carrying out the province plan of seed 004 (received; see
:mod:`sample_province`) with its own plan, together with its 2023-2028
communication plan with targets (after seed 001), a conference connected to the
communes (after seed 002) and the kinds of results counted in seed 000."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from vnhr_desktop.services.sample_province import (
    PROVINCE_ISSUED_ON,
    PROVINCE_NUMBER,
    PROVINCE_OFFICE,
    PROVINCE_STANDING,
)

D = dt.date

CHAIRMAN = "Nguyễn Trung Hiếu"  # Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo về Nhân quyền huyện

OFFICE = dict(
    office_name="Ủy ban nhân dân huyện Châu Thành",
    parent_body="Ủy ban nhân dân tỉnh Trà Vinh",
    level_label="Cấp huyện",
    place_name="Châu Thành",
    signer_authority="TM. ỦY BAN NHÂN DÂN",
    signer_title="CHỦ TỊCH",
    signer_name=CHAIRMAN,
    unit_code="847",  # mã đơn vị hành chính of huyện Châu Thành, tỉnh Trà Vinh
)

ISSUERS = [
    dict(
        name="Ban Chỉ đạo về Nhân quyền huyện Châu Thành",
        code="BCĐNQ",
        parent_line="UBND HUYỆN CHÂU THÀNH",
        header_lines="BAN CHỈ ĐẠO VỀ NHÂN QUYỀN",
        signer_authority="TRƯỞNG BAN",
        signer_title="CHỦ TỊCH UBND HUYỆN",
        signer_name=CHAIRMAN,
    ),
    dict(
        name="Ủy ban nhân dân huyện Châu Thành",
        code="UBND",
        parent_line="",
        header_lines="ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH",
        signer_authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer_name=CHAIRMAN,
    ),
]

# The district's departments, its communes (UBND các xã, thị trấn) and the province
# body whose plan it carries out. (Công an tỉnh is not on the list: a task the province
# gives Công an tỉnh falls to Công an huyện when a received plan is imported.)
AGENCIES = [
    ("Công an huyện", "CAH", "department"),
    ("Phòng Văn hóa và Thông tin", "PVHTT", "department"),
    ("Phòng Tư pháp", "PTP", "department"),
    ("Phòng Giáo dục và Đào tạo", "PGDĐT", "department"),
    ("Phòng Dân tộc", "PDT", "department"),
    ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "TTVHTTTT", "department"),
    ("Ủy ban nhân dân thị trấn Châu Thành", "UBND-TT", "commune"),
    ("Ủy ban nhân dân xã Đa Lộc", "UBND-ĐL", "commune"),
    ("Ủy ban nhân dân xã Mỹ Chánh", "UBND-MC", "commune"),
    ("Ủy ban nhân dân xã Song Lộc", "UBND-SL", "commune"),
    ("Ủy ban nhân dân xã Hòa Thuận", "UBND-HT", "commune"),
    (PROVINCE_OFFICE, "BCĐNQ-T", "outside"),
]
STANDING_AGENCY = "Công an huyện"  # Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền huyện
BANNER_AGENCY = "Phòng Văn hóa và Thông tin"

DISTRICT_STANDING = "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền huyện (Công an huyện)"

CAMPAIGN_NUMBER = 27
CAMPAIGN_ISSUED_ON = D(2024, 11, 12)
CAMPAIGN_AGENCIES_REPORT_BY = D(2024, 12, 25)
CAMPAIGN_REPORT_BY = D(2024, 12, 30)  # before the province's deadline of 01/01/2025

CAMPAIGN_TITLE = (
    "Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm 76 năm "
    "Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024) trên địa bàn huyện Châu Thành"
)

CAMPAIGN_IMPLEMENTS = (
    f"Kế hoạch số {PROVINCE_NUMBER}/KH-BCĐNQ ngày {PROVINCE_ISSUED_ON:%d} tháng {PROVINCE_ISSUED_ON.month} "
    f"năm {PROVINCE_ISSUED_ON.year} của {PROVINCE_OFFICE} về triển khai đợt cao điểm tuyên truyền "
    "thành tựu đảm bảo quyền con người nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới "
    "(10/12/1948 - 10/12/2024) trên địa bàn tỉnh Trà Vinh"
)

CAMPAIGN_OPENING = (
    "Thực hiện " + CAMPAIGN_IMPLEMENTS + ", Ban Chỉ đạo về Nhân quyền huyện Châu Thành xây dựng Kế hoạch "
    "triển khai thực hiện trên địa bàn huyện như sau:"
)

CAMPAIGN_PURPOSE = [
    "Đẩy mạnh công tác thông tin, tuyên truyền về quan điểm, chủ trương của Đảng, chính sách, pháp luật "
    "của Nhà nước về bảo đảm quyền con người; những thành tựu đã đạt được trong việc thúc đẩy và bảo vệ "
    "quyền con người của Việt Nam, của tỉnh và của huyện.",
    "Nâng cao nhận thức của cán bộ, công chức, viên chức, người lao động và Nhân dân trên địa bàn huyện "
    "về quyền con người; nâng cao cảnh giác trước âm mưu, thủ đoạn của các thế lực thù địch lợi dụng vấn "
    "đề dân chủ, nhân quyền để chống phá.",
    "Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai thực hiện nghiêm túc, thiết thực, "
    "phù hợp với tình hình thực tế của địa phương; báo cáo kết quả đúng thời gian quy định.",
]

CAMPAIGN_CONTENT = [
    "Tuyên truyền về quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về bảo đảm quyền "
    "con người; kết quả bảo đảm an sinh xã hội, giảm nghèo bền vững, xây dựng nông thôn mới; bảo đảm quyền "
    "tự do tín ngưỡng, tôn giáo, quyền của đồng bào dân tộc thiểu số và của nhóm dễ bị tổn thương trên địa "
    "bàn huyện.",
    "Tuyên truyền trên hệ thống truyền thanh huyện, xã, thị trấn, Trang thông tin điện tử huyện và các "
    "trang Fanpage, Zalo của cơ quan, đơn vị, địa phương; đấu tranh, phản bác các thông tin sai trái, xuyên "
    "tạc về tình hình dân chủ, nhân quyền.",
    "Treo băng rôn, khẩu hiệu hưởng ứng Ngày Nhân quyền thế giới từ ngày 20 tháng 11 năm 2024 đến hết ngày "
    "31 tháng 12 năm 2024:\n"
    "a) Tại trung tâm huyện: trước trụ sở Huyện ủy, Ủy ban nhân dân huyện và trên các tuyến đường chính;\n"
    "b) Tại các xã, thị trấn: trước trụ sở Ủy ban nhân dân xã, thị trấn, tại các chợ và khu vực đông dân "
    "cư;\n"
    "c) Nội dung khẩu hiệu theo danh mục khẩu hiệu kèm theo Kế hoạch này.",
    "Tổ chức hội nghị tuyên truyền về công tác quyền con người cho cán bộ, công chức huyện và cán bộ chủ "
    "chốt các xã, thị trấn:\n"
    "- Hình thức: trực tiếp kết hợp trực tuyến đến điểm cầu Ủy ban nhân dân các xã, thị trấn;\n"
    "- Thời gian: trong tháng 12 năm 2024.",
]

CAMPAIGN_ORGANISATION = [
    "Căn cứ Kế hoạch này, các cơ quan, đơn vị thành viên Ban Chỉ đạo về Nhân quyền huyện và Ủy ban nhân "
    "dân các xã, thị trấn triển khai thực hiện phù hợp với chức năng, nhiệm vụ và tình hình thực tế của "
    "cơ quan, đơn vị, địa phương.",
    "Chế độ báo cáo:\n"
    "a) Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn gửi báo cáo kết quả thực hiện về Cơ quan "
    "Thường trực Ban Chỉ đạo về Nhân quyền huyện (Công an huyện) chậm nhất đến ngày 25 tháng 12 năm 2024;\n"
    "b) Công an huyện tổng hợp, tham mưu Ban Chỉ đạo về Nhân quyền huyện báo cáo Ban Chỉ đạo về Nhân quyền "
    "tỉnh (qua Công an tỉnh) trước ngày 30 tháng 12 năm 2024.",
]

CAMPAIGN_CLOSING = (
    "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản "
    "ánh về Công an huyện (Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền huyện) để được hướng dẫn thực hiện."
)

# The official slogan list of the province plan (seed 004), repeated in the district's plan.
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

# (lead agency, task content, due date, status); Công an huyện cooperates on the others.
CAMPAIGN_TASKS = [
    (
        "Phòng Văn hóa và Thông tin",
        "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức treo băng rôn, khẩu hiệu kỷ niệm 76 năm "
        "Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024) tại trung tâm huyện; hướng dẫn Ủy ban nhân dân "
        "các xã, thị trấn treo băng rôn theo danh mục khẩu hiệu kèm theo Kế hoạch này.",
        D(2024, 11, 20),
        "in_progress",
    ),
    (
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
        "Xây dựng tin, bài, chuyên mục phát thanh tuyên truyền thành tựu đảm bảo quyền con người trên hệ "
        "thống truyền thanh huyện và Trang thông tin điện tử huyện.",
        D(2024, 12, 10),
        "done",
    ),
    (
        "Công an huyện",
        "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền huyện theo dõi, đôn đốc việc triển khai thực hiện Kế "
        "hoạch này; tổng hợp tình hình, kết quả thực hiện, tham mưu báo cáo Ban Chỉ đạo về Nhân quyền tỉnh "
        "(qua Công an tỉnh) theo đúng thời gian quy định.",
        CAMPAIGN_REPORT_BY,
        "in_progress",
    ),
    (
        "Phòng Tư pháp",
        "Lồng ghép nội dung tuyên truyền về quyền con người, quyền công dân trong các hoạt động phổ biến, giáo "
        "dục pháp luật và hòa giải ở cơ sở.",
        D(2024, 12, 15),
        "done",
    ),
    (
        "Phòng Giáo dục và Đào tạo",
        "Chỉ đạo các trường học trên địa bàn huyện lồng ghép tuyên truyền về quyền con người, quyền trẻ em "
        "trong sinh hoạt dưới cờ và hoạt động ngoại khóa.",
        D(2024, 12, 10),
        "not_started",
    ),
    (
        "Phòng Dân tộc",
        "Tuyên truyền chính sách dân tộc và kết quả bảo đảm quyền của đồng bào dân tộc thiểu số, nhất là đồng "
        "bào Khmer, trên địa bàn huyện.",
        D(2024, 12, 20),
        "in_progress",
    ),
    (
        "Ủy ban nhân dân thị trấn Châu Thành",
        "Treo băng rôn, khẩu hiệu tại trụ sở và các tuyến đường chính trên địa bàn; tuyên truyền trên hệ "
        "thống truyền thanh thị trấn; gửi báo cáo kết quả về Công an huyện.",
        D(2024, 12, 25),
        "done",
    ),
    (
        "Ủy ban nhân dân xã Đa Lộc",
        "Treo băng rôn, khẩu hiệu tại trụ sở và các tuyến đường chính trên địa bàn xã; tuyên truyền trên hệ "
        "thống truyền thanh xã; gửi báo cáo kết quả về Công an huyện.",
        D(2024, 12, 25),
        "in_progress",
    ),
    (
        "Ủy ban nhân dân xã Song Lộc",
        "Treo băng rôn, khẩu hiệu tại trụ sở và các tuyến đường chính trên địa bàn xã; tuyên truyền trên hệ "
        "thống truyền thanh xã; gửi báo cáo kết quả về Công an huyện.",
        D(2024, 12, 25),
        "not_started",
    ),
]

CAMPAIGN_RECIPIENTS = [
    "BCĐ về NQ tỉnh (b/c)",
    "TT BCĐ về NQ tỉnh (Công an tỉnh)",
    "TT Huyện ủy, TT HĐND huyện (b/c)",
    "Thành viên BCĐ về NQ huyện",
    "Các cơ quan, đơn vị có liên quan",
    "UBND các xã, thị trấn",
    "Lưu: VT",
]

CAMPAIGN = dict(
    number=CAMPAIGN_NUMBER,
    symbol="KH-BCĐNQ",
    issued_on=CAMPAIGN_ISSUED_ON,
    title=CAMPAIGN_TITLE,
    implements_text=CAMPAIGN_IMPLEMENTS,
    opening=CAMPAIGN_OPENING,
    closing=CAMPAIGN_CLOSING,
    period_start=CAMPAIGN_ISSUED_ON,
    period_end=D(2024, 12, 31),
    display_start=D(2024, 11, 20),
    display_end=D(2024, 12, 31),
    report_deadline=CAMPAIGN_REPORT_BY,
    report_to=PROVINCE_STANDING,
    agencies_report_by=CAMPAIGN_AGENCIES_REPORT_BY,
    agencies_report_to=DISTRICT_STANDING,
    signer_authority="TRƯỞNG BAN",
    signer_title="CHỦ TỊCH UBND HUYỆN",
    signer_name=CHAIRMAN,
    recipients="\n".join(CAMPAIGN_RECIPIENTS),
)

# Reports of the district's agencies already recorded as received (completeness panel).
AGENCY_REPORTS = [
    ("Phòng Tư pháp", D(2024, 12, 18), "Báo cáo số 152/BC-PTP"),
    ("Ủy ban nhân dân thị trấn Châu Thành", D(2024, 12, 20), "Báo cáo số 98/BC-UBND"),
]

MULTI_YEAR_ISSUED_ON = D(2023, 3, 6)
MULTI_YEAR_PLAN = dict(
    number=46,
    symbol="KH-UBND",
    issued_on=MULTI_YEAR_ISSUED_ON,
    title="Triển khai Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2023-2028 trên địa bàn huyện",
    implements_text=(
        "Kế hoạch số 155/KH-UBND ngày 18 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh về triển khai Đề án "
        "truyền thông về quyền con người ở Việt Nam giai đoạn 2023-2028 trên địa bàn tỉnh"
    ),
    period_start=MULTI_YEAR_ISSUED_ON,
    period_end=D(2028, 12, 31),
)

# (description, target, unit, free unit label, achieved)
MULTI_YEAR_TARGETS = [
    (
        "Cơ quan hành chính nhà nước trên địa bàn huyện thực hiện cơ chế phát ngôn và cung cấp thông tin định "
        "kỳ cho báo chí về công tác quyền con người",
        100,
        "percent",
        "",
        85,
    ),
    (
        "Cán bộ làm công tác quyền con người của huyện và các xã, thị trấn được cập nhật thông tin, tập huấn "
        "kiến thức, kỹ năng truyền thông về quyền con người",
        100,
        "percent",
        "",
        92,
    ),
    (
        "Cán bộ chủ chốt của các tổ chức chính trị - xã hội cấp huyện được cập nhật thông tin tình hình công "
        "tác quyền con người",
        70,
        "percent",
        "",
        64,
    ),
    ("Tin giả, tin xấu độc xâm hại quyền con người trên không gian mạng được phát hiện, xử lý", 90, "percent", "", 78),
    ("Hội nghị tuyên truyền về quyền con người tại các xã, thị trấn mỗi năm", 14, "count", "cuộc", 9),
]

# (location, commune)
LOCATIONS = [
    ("Trước trụ sở UBND huyện", "Thị trấn Châu Thành"),
    ("Chợ Châu Thành", "Thị trấn Châu Thành"),
    ("Trước trụ sở UBND xã Đa Lộc", "Xã Đa Lộc"),
    ("Chợ Mỹ Chánh", "Xã Mỹ Chánh"),
    ("Trước trụ sở UBND xã Song Lộc", "Xã Song Lộc"),
]
# The commune that hangs the banners placed on its ground (the rest: Phòng Văn hóa và Thông tin).
COMMUNE_AGENCIES = {
    "Xã Đa Lộc": "Ủy ban nhân dân xã Đa Lộc",
    "Xã Mỹ Chánh": "Ủy ban nhân dân xã Mỹ Chánh",
    "Xã Song Lộc": "Ủy ban nhân dân xã Song Lộc",
}
LED_PLACE = ("Bảng điện tử Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Thị trấn Châu Thành")

CONFERENCE = dict(
    kind="training",
    title="Hội nghị tuyên truyền, tập huấn công tác quyền con người năm 2024",
    starts_at=dt.datetime(2024, 12, 5, 8, 0),
    ends_at=dt.datetime(2024, 12, 5, 11, 30),
    venue="Hội trường Ủy ban nhân dân huyện Châu Thành",
    format="hybrid",
    organiser="Ban Chỉ đạo về Nhân quyền huyện Châu Thành",
    chair="Phó Chủ tịch UBND huyện, Phó Trưởng Ban Chỉ đạo về Nhân quyền huyện",
    invited_count=320,
    note="Điểm cầu trung tâm tại Hội trường UBND huyện, kết nối trực tuyến tới UBND các xã, thị trấn.",
)

SPEAKER = dict(
    name="Trung tá Phạm Thanh Tùng",
    title="Phó Trưởng phòng An ninh đối ngoại",
    organisation="Công an tỉnh Trà Vinh",
    topics=(
        "Công tác thông tin đối ngoại về quyền con người\n"
        "Nhận diện, đấu tranh, phản bác các thông tin sai lệch về tình hình dân chủ, nhân quyền trên không "
        "gian mạng"
    ),
)

# (name, place, is_main, expected, actual)
BRIDGE_POINTS = [
    ("Hội trường UBND huyện", "Thị trấn Châu Thành, huyện Châu Thành", True, 120, 114),
    ("UBND thị trấn Châu Thành", "Thị trấn Châu Thành", False, 30, 29),
    ("UBND xã Đa Lộc", "Xã Đa Lộc", False, 25, 25),
    ("UBND xã Mỹ Chánh", "Xã Mỹ Chánh", False, 25, 22),
    ("UBND xã Song Lộc", "Xã Song Lộc", False, 25, 24),
    ("UBND xã Hòa Thuận", "Xã Hòa Thuận", False, 25, 21),
    ("UBND xã Hưng Mỹ", "Xã Hưng Mỹ", False, 25, 23),
    ("UBND xã Lương Hòa", "Xã Lương Hòa", False, 25, 25),
    ("UBND xã Nguyệt Hóa", "Xã Nguyệt Hóa", False, 20, 18),
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Thạch", "Kim", "Sơn", "Dương", "Đỗ"]
MIDDLE_M = ["Văn", "Minh", "Quốc", "Thanh", "Hoàng", "Đức"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ"]
GIVEN_M = ["Đức", "Hùng", "Tâm", "Phước", "Sang", "Dũng", "Khải", "Lộc", "Bình", "Thắng", "Ân", "Vũ"]
GIVEN_F = ["Hạnh", "Yến", "Lan", "Thảo", "Ngân", "Hương", "Trâm", "Diễm", "Út", "Oanh", "Ánh", "Liên"]
POSITIONS = ["Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Cán bộ", "Công chức Văn hóa - Xã hội", "Báo cáo viên"]
PARTICIPANT_AGENCIES = [
    "Công an huyện",
    "Phòng Văn hóa và Thông tin",
    "Phòng Tư pháp",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Dân tộc",
    "Ban Tuyên giáo Huyện ủy",
    "Ủy ban nhân dân xã Đa Lộc",
    "Ủy ban nhân dân thị trấn Châu Thành",
]

OUTSIDE_EVENTS = [
    dict(
        kind="outside",
        title="Lớp bồi dưỡng kiến thức về quyền con người cho cán bộ cấp huyện, cấp xã",
        starts_at=dt.datetime(2024, 11, 26, 8, 0),
        venue="Trường Chính trị tỉnh Trà Vinh",
        host_body="Ban Tuyên giáo Tỉnh ủy Trà Vinh",
        staff_sent_count=2,
        staff_names="Nguyễn Thị Thu Hạnh, Chuyên viên Phòng Tư pháp; Thạch Văn Sang, Cán bộ Công an huyện",
    ),
    dict(
        kind="outside",
        title="Hội nghị tập huấn công tác thông tin đối ngoại về quyền con người năm 2024",
        starts_at=dt.datetime(2024, 12, 12, 14, 0),
        venue="Hội trường UBND tỉnh Trà Vinh",
        host_body=PROVINCE_OFFICE,
        staff_sent_count=3,
        staff_names="Lãnh đạo Công an huyện; Lãnh đạo Phòng Văn hóa và Thông tin; Chuyên viên Phòng Tư pháp",
    ),
]

SEMINAR = dict(
    kind="seminar",
    title="Tọa đàm “Bảo đảm quyền của đồng bào dân tộc thiểu số trên địa bàn huyện”",
    starts_at=dt.datetime(2024, 12, 9, 8, 0),
    ends_at=dt.datetime(2024, 12, 9, 11, 0),
    venue="Hội trường Ủy ban nhân dân xã Đa Lộc",
    format="in_person",
    organiser="Phòng Dân tộc",
    invited_count=45,
)
SEMINAR_POINT = "Hội trường UBND xã Đa Lộc"

# (kind, channel, title prefix, count, first day, quantity, minutes)
MEDIA = [
    (
        "news",
        "Trang thông tin điện tử huyện",
        "Tin tuyên truyền thành tựu bảo đảm quyền con người",
        8,
        D(2024, 12, 1),
        1,
        None,
    ),
    (
        "article",
        "Trang thông tin điện tử huyện",
        "Bài viết về bảo đảm và thúc đẩy quyền con người",
        4,
        D(2024, 12, 3),
        1,
        None,
    ),
    (
        "broadcast",
        "Đài Truyền thanh huyện Châu Thành",
        "Chuyên mục phát thanh Ngày Nhân quyền thế giới",
        3,
        D(2024, 12, 8),
        1,
        15,
    ),
    (
        "social_post",
        "Fanpage Công an huyện Châu Thành",
        "Bài đăng hưởng ứng Ngày Nhân quyền thế giới",
        5,
        D(2024, 12, 5),
        1,
        None,
    ),
    ("leaflet", "Phát tại khu dân cư", "Tờ rơi tuyên truyền về quyền con người", 1, D(2024, 11, 25), 2000, None),
]


class SampleReport(TypedDict):
    title: str
    period_start: dt.date
    period_end: dt.date
    addressee: str


# The district's result report to the province, drafted before the agencies' deadline
# has passed for all of them; it covers the campaign up to the day they report by.
REPORT: SampleReport = {
    "title": (
        "Kết quả tuyên truyền nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024) "
        "trên địa bàn huyện Châu Thành"
    ),
    "period_start": CAMPAIGN_ISSUED_ON,
    "period_end": CAMPAIGN_AGENCIES_REPORT_BY,
    "addressee": PROVINCE_STANDING,
}
REPORT_RECIPIENTS = "Như Kính gửi\nBCĐ về NQ tỉnh (b/c)\nThành viên BCĐ về NQ huyện\nLưu: VT"
