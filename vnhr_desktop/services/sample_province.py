"""The province plan of seed 004, as the sample district office received it:
Kế hoạch số 12/KH-BCĐNQ of the Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh, which
itself implements the central plan 05/KH-BCĐNQ. The sample stores it as a
received plan (:data:`RECEIVED_PLAN`); its full text serves the test that
enters the plan from scratch the way the province office typed it."""

from __future__ import annotations

import datetime as dt

D = dt.date

PROVINCE_OFFICE = "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
PROVINCE_STANDING = "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (Công an tỉnh)"
PROVINCE_NUMBER = 12
PROVINCE_ISSUED_ON = D(2024, 11, 5)
PROVINCE_REPORT_BY = D(2025, 1, 1)  # "chậm nhất đến ngày 01 tháng 01 năm 2025"

PROVINCE_TITLE = (
    "Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm 76 năm "
    "Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024) trên địa bàn tỉnh Trà Vinh"
)

PROVINCE_IMPLEMENTS = (
    "Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Trưởng Ban Chỉ đạo Nhân quyền Chính phủ "
    "về việc triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm "
    "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"
)

PROVINCE_PURPOSE = [
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

PROVINCE_CONTENT = [
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

PROVINCE_ORGANISATION = [
    "Căn cứ Kế hoạch này, các cơ quan thành viên Ban Chỉ đạo về Nhân quyền tỉnh, các sở, ban, ngành tỉnh "
    "có liên quan và Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện công tác tuyên "
    "truyền nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới phù hợp với chức năng và tình hình của cơ quan, "
    "đơn vị, địa phương. Kết quả thực hiện gửi báo cáo đến Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền "
    "tỉnh (Công an tỉnh) chậm nhất đến ngày 01 tháng 01 năm 2025 để tổng hợp, báo cáo Ban Chỉ đạo Nhân "
    "quyền Chính phủ theo quy định.",
]

PROVINCE_CLOSING = (
    "Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương phản "
    "ánh về Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh) để được hướng dẫn thực hiện."
)


PROVINCE_RECIPIENTS = [
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


RECEIVED_PLAN = dict(
    number=PROVINCE_NUMBER,
    symbol="KH-BCĐNQ",
    issued_on=PROVINCE_ISSUED_ON,
    issuer_name=PROVINCE_OFFICE,
    title=PROVINCE_TITLE,
    implements_text=PROVINCE_IMPLEMENTS,
    period_start=PROVINCE_ISSUED_ON,
    period_end=D(2024, 12, 31),
    display_start=D(2024, 11, 20),
    display_end=D(2024, 12, 31),
    report_deadline=PROVINCE_REPORT_BY,
    report_to=PROVINCE_STANDING,
    note=(
        "Các huyện, thị xã, thành phố triển khai thực hiện và gửi kết quả về Công an tỉnh chậm nhất ngày "
        "01/01/2025; Ban Chỉ đạo huyện ban hành kế hoạch thực hiện trên địa bàn huyện."
    ),
)
