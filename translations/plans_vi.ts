<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>DueTasksView</name>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Print reminder</source>
        <translation>In danh sách nhắc việc</translation>
    </message>
    <message>
        <source>Save the due and overdue tasks per agency, to send as a reminder</source>
        <translation>Lưu danh sách nhiệm vụ đến hạn, quá hạn theo cơ quan để gửi nhắc việc</translation>
    </message>
    <message>
        <source>Reminder list (PDF)…</source>
        <translation>Danh sách nhắc việc (PDF)…</translation>
    </message>
    <message>
        <source>Reminder list (Excel)…</source>
        <translation>Danh sách nhắc việc (Excel)…</translation>
    </message>
    <message>
        <source>Tasks due within</source>
        <translation>Nhiệm vụ đến hạn trong</translation>
    </message>
    <message>
        <source>and overdue tasks, by lead agency</source>
        <translation>và nhiệm vụ quá hạn, theo cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Agency / task</source>
        <translation>Cơ quan / nhiệm vụ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn (ngày)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n sắp đến hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 older tasks (mark the tasks above done to see them)</source>
        <translation>… và %1 nhiệm vụ cũ hơn (đánh dấu hoàn thành các nhiệm vụ ở trên để xem tiếp)</translation>
    </message>
    <message>
        <source>Overdue: %1 · due soon: %2</source>
        <translation>Quá hạn: %1 · sắp đến hạn: %2</translation>
    </message>
</context>
<context>
    <name>PlanDateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Type 20/11/2024, 20/11 (this year) or 20112024; F4 opens the calendar</source>
        <translation>Gõ 20/11/2024, 20/11 (năm nay) hoặc 20112024; F4 mở lịch</translation>
    </message>
    <message>
        <source>Pick from the calendar (F4)</source>
        <translation>Chọn trên lịch (F4)</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>I. Purposes and requirements</source>
        <translation>I. Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>II. Content</source>
        <translation>II. Nội dung</translation>
    </message>
    <message>
        <source>III. Implementation</source>
        <translation>III. Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Lưu và đóng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Nhiệm vụ (%1)</translation>
    </message>
    <message>
        <source>Targets (%1)</source>
        <translation>Chỉ tiêu (%1)</translation>
    </message>
    <message>
        <source>This page has errors to fix before saving.</source>
        <translation>Trang này có lỗi cần sửa trước khi lưu.</translation>
    </message>
    <message>
        <source>This page has warnings.</source>
        <translation>Trang này có cảnh báo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before saving.</source>
        <translation>
            <numerusform>Còn %n lỗi cần sửa trước khi lưu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Chưa lưu được kế hoạch</translation>
    </message>
</context>
<context>
    <name>PlanHeaderForm</name>
    <message>
        <source>New issuer…</source>
        <translation>Thêm cơ quan ban hành…</translation>
    </message>
    <message>
        <source>e.g. Ban Chỉ đạo Nhân quyền Chính phủ</source>
        <translation>ví dụ: Ban Chỉ đạo Nhân quyền Chính phủ</translation>
    </message>
    <message>
        <source>What the plan is about (trích yếu)</source>
        <translation>Trích yếu nội dung kế hoạch</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 05/KH-BCĐNQ ngày 14/10/2024 của Ban Chỉ đạo Nhân quyền Chính phủ</source>
        <translation>ví dụ: Kế hoạch số 05/KH-BCĐNQ ngày 14/10/2024 của Ban Chỉ đạo Nhân quyền Chính phủ</translation>
    </message>
    <message>
        <source>Body we report the results to</source>
        <translation>Cơ quan cấp trên mà đơn vị mình báo cáo kết quả</translation>
    </message>
    <message>
        <source>Us (the issuing body), or e.g. its standing office</source>
        <translation>Đơn vị mình (cơ quan ban hành), hoặc ví dụ: cơ quan thường trực</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN</source>
        <translation>ví dụ: TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (one line each)</source>
        <translation>ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (mỗi dòng một ý)</translation>
    </message>
    <message>
        <source>One recipient per line; the last: Lưu: VT, ...</source>
        <translation>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, ...</translation>
    </message>
    <message>
        <source>Your note on this plan (not printed)</source>
        <translation>Ghi chú của cán bộ về kế hoạch này (không in ra)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number / symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>Thực hiện văn bản</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Slogans displayed</source>
        <translation>Thời gian treo khẩu hiệu</translation>
    </message>
    <message>
        <source>Our agencies report by</source>
        <translation>Các cơ quan báo cáo về mình trước</translation>
    </message>
    <message>
        <source>We report by</source>
        <translation>Mình báo cáo cấp trên trước</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Đoạn kết</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>(choose the issuing body)</source>
        <translation>(chọn cơ quan ban hành)</translation>
    </message>
    <message>
        <source>(type the reference below, or pick a received plan)</source>
        <translation>(gõ trích dẫn văn bản bên dưới, hoặc chọn kế hoạch đã nhận)</translation>
    </message>
    <message>
        <source>The number is digits only, e.g. 05.</source>
        <translation>Số văn bản chỉ gồm chữ số, ví dụ 05.</translation>
    </message>
    <message>
        <source>given on issue</source>
        <translation>cấp khi ban hành</translation>
    </message>
    <message>
        <source>Left empty, the plan opens with: %1</source>
        <translation>Để trống thì kế hoạch mở đầu bằng: %1</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>Import a plan from its document</source>
        <translation>Nhập kế hoạch từ văn bản</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <source>Read the text again</source>
        <translation>Đọc lại văn bản</translation>
    </message>
    <message>
        <source>Open a .docx, .pdf or .txt file, or paste the text of the document here and press “Read the text again”.</source>
        <translation>Mở tệp .docx, .pdf hoặc .txt, hoặc dán nội dung văn bản vào đây rồi bấm “Đọc lại văn bản”.</translation>
    </message>
    <message>
        <source>Also start our implementing plan from it</source>
        <translation>Lập luôn dự thảo kế hoạch thực hiện của đơn vị</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Document of the plan</source>
        <translation>Văn bản kế hoạch</translation>
    </message>
    <message>
        <source>Documents (*.docx *.pdf *.txt)</source>
        <translation>Văn bản (*.docx *.pdf *.txt)</translation>
    </message>
    <message>
        <source>%1 of %2 fields found.</source>
        <translation>Tìm thấy %1 trên %2 mục.</translation>
    </message>
    <message>
        <source>The text was typed in %1 fonts and has been converted.</source>
        <translation>Văn bản gõ bằng phông %1, đã được chuyển sang Unicode.</translation>
    </message>
</context>
<context>
    <name>PlanImportForm</name>
    <message>
        <source>Kind</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>Thực hiện văn bản</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Dịp kỷ niệm</translation>
    </message>
    <message>
        <source>Slogans up from</source>
        <translation>Treo khẩu hiệu từ</translation>
    </message>
    <message>
        <source>Slogans up until</source>
        <translation>Treo khẩu hiệu đến</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>Slogans (one a line)</source>
        <translation>Khẩu hiệu (mỗi dòng một câu)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients (one a line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Not found in the document: check it or type it in.</source>
        <translation>Không tìm thấy trong văn bản: kiểm tra hoặc nhập vào.</translation>
    </message>
    <message>
        <source>The number must be digits only.</source>
        <translation>Số văn bản chỉ gồm chữ số.</translation>
    </message>
</context>
<context>
    <name>PlanIssueDialog</name>
    <message>
        <source>Issue the plan</source>
        <translation>Ban hành kế hoạch</translation>
    </message>
    <message>
        <source>Use a number already given on paper</source>
        <translation>Dùng số đã cấp trên bản giấy</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Once issued, the plan keeps its number; later corrections do not change it.</source>
        <translation>Khi đã ban hành, kế hoạch giữ nguyên số; sửa nội dung sau đó không làm thay đổi số.</translation>
    </message>
    <message>
        <source>(series of %1, year %2)</source>
        <translation>(sổ của %1, năm %2)</translation>
    </message>
    <message>
        <source>Give the issue date.</source>
        <translation>Nhập ngày ban hành.</translation>
    </message>
</context>
<context>
    <name>PlanIssuerDialog</name>
    <message>
        <source>New issuing body</source>
        <translation>Thêm cơ quan ban hành</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân huyện Châu Thành</source>
        <translation>ví dụ: Ủy ban nhân dân huyện Châu Thành</translation>
    </message>
    <message>
        <source>e.g. UBND</source>
        <translation>ví dụ: UBND</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH TRÀ VINH (if any)</source>
        <translation>ví dụ: UBND TỈNH TRÀ VINH (nếu có)</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN</source>
        <translation>ví dụ: TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH</source>
        <translation>ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH</translation>
    </message>
    <message>
        <source>e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (one line each)</source>
        <translation>ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (mỗi dòng một ý)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Abbreviation in symbols</source>
        <translation>Chữ viết tắt trong ký hiệu</translation>
    </message>
    <message>
        <source>Parent body line</source>
        <translation>Dòng cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Header lines</source>
        <translation>Tên cơ quan trên văn bản</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
</context>
<context>
    <name>PlanItemEditor</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
</context>
<context>
    <name>PlanItemModel</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Giá trị chỉ tiêu</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% so với chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>PlanParagraphList</name>
    <message>
        <source>Text of the selected paragraph; sub-items on new lines: a), b), c)… or - for a bullet</source>
        <translation>Nội dung của đoạn đang chọn; ý nhỏ ghi ở dòng mới: a), b), c)… hoặc - cho gạch đầu dòng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>+ Point a)</source>
        <translation>+ Điểm a)</translation>
    </message>
    <message>
        <source>Add a lettered point under this paragraph (a, b, c, d, đ, e…)</source>
        <translation>Thêm một điểm dưới đoạn này (a, b, c, d, đ, e…)</translation>
    </message>
    <message>
        <source>+ Bullet -</source>
        <translation>+ Gạch đầu dòng -</translation>
    </message>
    <message>
        <source>Add a &quot;-&quot; line under this paragraph</source>
        <translation>Thêm một dòng gạch đầu dòng &quot;-&quot; dưới đoạn này</translation>
    </message>
    <message>
        <source>Add a paragraph after the selected one (Insert)</source>
        <translation>Thêm đoạn sau đoạn đang chọn (Insert)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên (Alt+Mũi tên lên)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống (Alt+Mũi tên xuống)</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Number/symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn (ngày)</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>plans</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Sắp đến hạn, quá hạn</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Copy to next year…</source>
        <translation>Sao chép sang năm sau…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>In ra PDF…</translation>
    </message>
    <message>
        <source>Tasks to Excel…</source>
        <translation>Xuất nhiệm vụ ra Excel…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Import from document…</source>
        <translation>Nhập từ văn bản…</translation>
    </message>
    <message>
        <source>Register of outgoing documents…</source>
        <translation>Sổ đăng ký văn bản đi…</translation>
    </message>
    <message>
        <source>Due and overdue (%1)</source>
        <translation>Sắp đến hạn, quá hạn (%1)</translation>
    </message>
    <message>
        <source>Tasks: %1 overdue, %2 due within %3 days</source>
        <translation>Nhiệm vụ: %1 quá hạn, %2 đến hạn trong %3 ngày tới</translation>
    </message>
    <message>
        <source>Issued as %1</source>
        <translation>Đã ban hành với số %1</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>Sao chép sang năm sau</translation>
    </message>
    <message>
        <source>Create a draft for next year from this plan, with its tasks, targets, slogans, banner schedule and events (participants are not copied)? Dates move one year and the anniversary wording is updated.</source>
        <translation>Tạo dự thảo cho năm sau từ kế hoạch này, gồm nhiệm vụ, chỉ tiêu, khẩu hiệu, lịch treo băng rôn và các hội nghị (không sao chép danh sách đại biểu)? Các ngày được chuyển sang năm sau và số năm kỷ niệm được cập nhật.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Delete this plan with its tasks and targets?
%1</source>
        <translation>Xóa kế hoạch này cùng các nhiệm vụ và chỉ tiêu?
%1</translation>
    </message>
    <message>
        <source>Delete plan “%1”</source>
        <translation>Xóa kế hoạch “%1”</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register of outgoing documents</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>Number/symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>not yet known</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Giá trị chỉ tiêu</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>unit, e.g. banners</source>
        <translation>đơn vị, ví dụ: băng rôn</translation>
    </message>
    <message>
        <source>%, or the unit of the count: băng rôn, cuộc, lượt người, tin, bài…</source>
        <translation>%, hoặc đơn vị tính của số lượng: băng rôn, cuộc, lượt người, tin, bài…</translation>
    </message>
    <message>
        <source>= %1 % of the target</source>
        <translation>= %1 % so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Không phải là số.</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Pick an agency or type a new name</source>
        <translation>Chọn cơ quan hoặc gõ tên cơ quan mới</translation>
    </message>
    <message>
        <source>New agency…</source>
        <translation>Thêm cơ quan…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cooperating agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Add a task after the selected one (Insert)</source>
        <translation>Thêm nhiệm vụ sau nhiệm vụ đang chọn (Insert)</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <source>Name of the agency:</source>
        <translation>Tên cơ quan:</translation>
    </message>
</context>
</TS>
