<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BridgeFiguresModel</name>
    <message>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>Trong danh sách</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>Có mặt theo danh sách</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>BridgePointsModel</name>
    <message>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
</context>
<context>
    <name>CountPairsModel</name>
    <message>
        <source>On the list</source>
        <translation>Trong danh sách</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>EventDetail</name>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Sửa hội nghị…</translation>
    </message>
    <message>
        <source>Sign-in sheets (PDF)…</source>
        <translation>Danh sách ký tên (PDF)…</translation>
    </message>
    <message>
        <source>Participant list (Excel)…</source>
        <translation>Danh sách đại biểu (Excel)…</translation>
    </message>
    <message>
        <source>Attendance summary (Excel)…</source>
        <translation>Tổng hợp tham dự (Excel)…</translation>
    </message>
    <message>
        <source>Take the present counts from the list</source>
        <translation>Lấy số có mặt từ danh sách</translation>
    </message>
    <message>
        <source>Set each bridge point&apos;s present count to the people marked present there on the participant list</source>
        <translation>Ghi số có mặt của từng điểm cầu bằng số người đã điểm danh có mặt ở điểm cầu đó trong danh sách đại biểu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Bridge points</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>Choose an event on the left, or add a new one.</source>
        <translation>Chọn một hội nghị ở bên trái, hoặc thêm hội nghị mới.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Host body</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <source>Who was sent</source>
        <translation>Người được cử</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Báo cáo viên: %1</translation>
    </message>
    <message>
        <source>Staff sent: %1</source>
        <translation>Số người được cử tham dự: %1</translation>
    </message>
    <message>
        <source>Invited: %1 · on the list: %2 · present on the list: %3 · present at the bridge points: %4 of %5 expected · attended in all: %6 (%7)</source>
        <translation>Mời: %1 · trong danh sách: %2 · có mặt theo danh sách: %3 · có mặt tại các điểm cầu: %4/%5 dự kiến · tổng số tham dự: %6 (%7)</translation>
    </message>
    <message>
        <source>Present counts</source>
        <translation>Số có mặt</translation>
    </message>
    <message>
        <source>The present counts already match the list.</source>
        <translation>Số có mặt đã khớp với danh sách.</translation>
    </message>
    <message>
        <source>Replace the present counts with the people marked present on the list?

%1</source>
        <translation>Thay số có mặt bằng số người được đánh dấu có mặt trong danh sách?

%1</translation>
    </message>
    <message>
        <source>Present counts from the list</source>
        <translation>Lấy số có mặt từ danh sách</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <source>Blank rows for walk-ins at the end of each bridge point:</source>
        <translation>Số dòng trống cuối mỗi điểm cầu (cho người đến thêm):</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Sửa hội nghị, sự kiện</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Thêm hội nghị, sự kiện</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Who went, e.g. Nguyễn Thị Thu Hạnh, Chuyên viên</source>
        <translation>Những ai đi dự, ví dụ: Nguyễn Thị Thu Hạnh, Chuyên viên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hội nghị, sự kiện</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Số đại biểu mời</translation>
    </message>
    <message>
        <source>Host body</source>
        <translation>Cơ quan tổ chức</translation>
    </message>
    <message>
        <source>Staff sent</source>
        <translation>Số người được cử</translation>
    </message>
    <message>
        <source>Who was sent</source>
        <translation>Người được cử</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Speakers and topics</source>
        <translation>Báo cáo viên, chuyên đề</translation>
    </message>
    <message>
        <source>Bridge points</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(không thuộc kế hoạch)</translation>
    </message>
    <message>
        <source>Total at the bridge points: expected %1, present %2; invited %3.</source>
        <translation>Tổng các điểm cầu: dự kiến %1, có mặt %2; số đại biểu mời %3.</translation>
    </message>
</context>
<context>
    <name>EventRowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
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
    <name>EventTableModel</name>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hội nghị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Có mặt</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>events</source>
        <translation>hội nghị, sự kiện</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Thêm hội nghị…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete “%1” with its %2 participants?</source>
        <translation>Xóa “%1” cùng %2 đại biểu của hội nghị?</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Xóa hội nghị</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Xóa “%1”</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Vài giá trị đầu</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập vào</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Sửa thông tin đại biểu</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Thêm đại biểu</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Save and add &amp;another</source>
        <translation>Lưu và thêm &amp;người khác</translation>
    </message>
    <message>
        <source>Already on the list: %1</source>
        <translation>Đã có trong danh sách: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Male (mark)</source>
        <translation>Nam (đánh dấu)</translation>
    </message>
    <message>
        <source>Female (mark)</source>
        <translation>Nữ (đánh dấu)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>No. (STT)</source>
        <translation>Số thứ tự (STT)</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants from Excel</source>
        <translation>Nhập danh sách đại biểu từ Excel</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>Đọc &amp;lại</translation>
    </message>
    <message>
        <source>Read the file again after correcting it in Excel</source>
        <translation>Đọc lại tệp sau khi đã sửa bằng Excel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Chỉ hiện các dòng có vấn đề</translation>
    </message>
    <message>
        <source>Leave out the rows with errors and import the others</source>
        <translation>Bỏ qua các dòng có lỗi, nhập các dòng còn lại</translation>
    </message>
    <message>
        <source>Add bridge points the event does not have yet</source>
        <translation>Thêm các điểm cầu hội nghị chưa có</translation>
    </message>
    <message>
        <source>Write names in proper case as offered (nguyễn văn an → Nguyễn Văn An)</source>
        <translation>Viết hoa họ tên theo đề nghị (nguyễn văn an → Nguyễn Văn An)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — change “Import as” where the suggestion is wrong.</source>
        <translation>&lt;b&gt;Các cột&lt;/b&gt; — sửa cột “Nhập vào” nếu chương trình đoán chưa đúng.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các dòng&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Save the rows with errors…</source>
        <translation>Lưu các dòng lỗi ra Excel…</translation>
    </message>
    <message>
        <source>A workbook of the rows left out, with the reason, to send back to the unit</source>
        <translation>Tệp Excel gồm các dòng chưa nhập và lý do, để gửi lại đơn vị sửa</translation>
    </message>
    <message>
        <source>Choose the participant list</source>
        <translation>Chọn tệp danh sách đại biểu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Sổ tính Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Không nhập được tệp này</translation>
    </message>
    <message>
        <source>%1 — sheet “%2”</source>
        <translation>%1 — trang “%2”</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 with errors, %4 with warnings.</source>
        <translation>%1 dòng: %2 dòng nhập được, %3 dòng có lỗi, %4 dòng cần lưu ý.</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>dòng %1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Đã bỏ qua: %1.</translation>
    </message>
    <message>
        <source>&amp;Import %1 participants</source>
        <translation>&amp;Nhập %1 đại biểu</translation>
    </message>
    <message>
        <source>Save the rows with errors</source>
        <translation>Lưu các dòng lỗi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Rows with errors saved to %1.</source>
        <translation>Đã lưu các dòng lỗi vào %1.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>Importing %1 participants…</source>
        <translation>Đang nhập %1 đại biểu…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Đã hủy nhập: chưa thêm đại biểu nào.</translation>
    </message>
    <message>
        <source>%1 participants were added.</source>
        <translation>Đã thêm %1 đại biểu.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Đã sao lưu dữ liệu trước khi nhập: %1</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Đã nhập xong</translation>
    </message>
</context>
<context>
    <name>ParticipantLookupDialog</name>
    <message>
        <source>Find a participant</source>
        <translation>Tra cứu đại biểu</translation>
    </message>
    <message>
        <source>Full name or part of it, tone marks optional</source>
        <translation>Họ tên hoặc một phần, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Agency (optional)</source>
        <translation>Cơ quan, đơn vị (không bắt buộc)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Số lần mời</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Số lần dự</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hội nghị, tập huấn</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Lưu ra Excel…</translation>
    </message>
    <message>
        <source>Type a name to search.</source>
        <translation>Gõ tên đại biểu để tìm.</translation>
    </message>
    <message>
        <source>No participant found.</source>
        <translation>Không tìm thấy đại biểu nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n người.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n person(s); type more of the name or the agency to narrow.</source>
        <translation>
            <numerusform>Đang hiện %n người đầu tiên; hãy gõ thêm họ tên hoặc đơn vị để thu hẹp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantPanel</name>
    <message>
        <source>participants</source>
        <translation>đại biểu</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Not yet present</source>
        <translation>Chưa có mặt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Mark the selected participants present (Ctrl+M)</source>
        <translation>Đánh dấu có mặt cho các đại biểu đang chọn (Ctrl+M)</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>All shown present</source>
        <translation>Tất cả đang hiện có mặt</translation>
    </message>
    <message>
        <source>Mark everyone the list shows now (search and filters) present</source>
        <translation>Đánh dấu có mặt cho mọi người danh sách đang hiện (theo ô tìm kiếm và bộ lọc)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>All bridge points</source>
        <translation>Mọi điểm cầu</translation>
    </message>
    <message>
        <source>On the list: %1 · present: %2 · not yet present: %3</source>
        <translation>Trong danh sách: %1 · có mặt: %2 · chưa có mặt: %3</translation>
    </message>
    <message>
        <source>Attendance of %1 participant(s)</source>
        <translation>Điểm danh %1 đại biểu</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>Change the attendance of %1 participant(s): %2 → %3?</source>
        <translation>Đổi điểm danh của %1 đại biểu: %2 → %3?</translation>
    </message>
    <message>
        <source>Mark all %1 participants shown present?</source>
        <translation>Đánh dấu có mặt cho cả %1 đại biểu đang hiện?</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Delete %1 participant(s): %2?</source>
        <translation>Xóa %1 đại biểu: %2?</translation>
    </message>
    <message>
        <source>Delete %1 participant(s)</source>
        <translation>Xóa %1 đại biểu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập danh sách</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>PreviewRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Bridge point</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi, lưu ý</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title, position</source>
        <translation>Học hàm, chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Topics (one per line)</source>
        <translation>Chuyên đề (mỗi dòng một chuyên đề)</translation>
    </message>
</context>
</TS>
