<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Kết quả gần nhất</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Đã nhận báo cáo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>DeadlineLabel</name>
    <message>
        <source>No report deadline set for this plan.</source>
        <translation>Kế hoạch này chưa có hạn báo cáo.</translation>
    </message>
    <message>
        <source>Report deadline %1 – %2 day(s) overdue</source>
        <translation>Hạn báo cáo %1 – đã quá hạn %2 ngày</translation>
    </message>
    <message>
        <source>Report deadline %1 – due today</source>
        <translation>Hạn báo cáo %1 – đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Report deadline %1 – %2 day(s) left</source>
        <translation>Hạn báo cáo %1 – còn %2 ngày</translation>
    </message>
</context>
<context>
    <name>DraftUpdatesDialog</name>
    <message>
        <source>Figures that changed in the records</source>
        <translation>Số liệu đã thay đổi trong dữ liệu</translation>
    </message>
    <message>
        <source>These figure lines are new or changed in the records. Ticked lines go into the draft; the text you wrote stays as it is.</source>
        <translation>Các dòng số liệu dưới đây là mới hoặc đã thay đổi trong dữ liệu. Dòng được đánh dấu sẽ đưa vào dự thảo; phần chữ cán bộ đã viết được giữ nguyên.</translation>
    </message>
    <message>
        <source>Changed in “%1”:
  was: %2
  now: %3</source>
        <translation>Thay đổi ở “%1”:
  trước: %2
  nay: %3</translation>
    </message>
    <message>
        <source>New in “%1”:
  %2</source>
        <translation>Mới ở “%1”:
  %2</translation>
    </message>
    <message>
        <source>Put ticked lines in the draft</source>
        <translation>Đưa các dòng đã đánh dấu vào dự thảo</translation>
    </message>
</context>
<context>
    <name>ExpectedReportersDialog</name>
    <message>
        <source>Units expected to report</source>
        <translation>Đơn vị phải báo cáo</translation>
    </message>
    <message>
        <source>One unit per line: code; name (for example: 29251; Ủy ban nhân dân xã Long Hòa).</source>
        <translation>Mỗi dòng một đơn vị: mã; tên (ví dụ: 29251; Ủy ban nhân dân xã Long Hòa).</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
</context>
<context>
    <name>MediaEditDialog</name>
    <message>
        <source>Edit result</source>
        <translation>Sửa kết quả</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh đăng, phát</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày đăng, phát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation>Đường dẫn hoặc số hiệu</translation>
    </message>
</context>
<context>
    <name>MediaFields</name>
    <message>
        <source>e.g. district web portal</source>
        <translation>ví dụ: Trang thông tin điện tử huyện</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Title of the news item, article, programme…</source>
        <translation>Tiêu đề tin, bài, chương trình…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation>Đường dẫn hoặc số hiệu</translation>
    </message>
</context>
<context>
    <name>MediaLogPanel</name>
    <message>
        <source>Record a result</source>
        <translation>Ghi kết quả</translation>
    </message>
    <message>
        <source>results</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Lọc:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tất cả các kênh</translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected result(s)?</source>
        <translation>
            <numerusform>Xóa %n kết quả đã chọn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n result(s)</source>
        <translation>
            <numerusform>Xóa %n kết quả</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaQuickEntry</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh đăng, phát</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
</context>
<context>
    <name>MediaTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh đăng, phát</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation>Đường dẫn hoặc số hiệu</translation>
    </message>
</context>
<context>
    <name>PackageDriveDialog</name>
    <message>
        <source>Save the submission package</source>
        <translation>Ghi gói nộp báo cáo</translation>
    </message>
    <message>
        <source>Choose the USB stick (or a folder). The report PDF, the annex workbook, the data file and a checksum list are written, then read back and checked.</source>
        <translation>Chọn ổ USB (hoặc một thư mục). Chương trình ghi báo cáo PDF, phụ lục Excel, tệp dữ liệu và danh sách mã kiểm tra, rồi đọc lại để kiểm tra.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Thư mục khác…</translation>
    </message>
    <message>
        <source>Write package</source>
        <translation>Ghi gói</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>ổ rời</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>ổ cố định</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>ổ đĩa</translation>
    </message>
    <message>
        <source>%1  (%2) – %3 free of %4</source>
        <translation>%1  (%2) – còn trống %3 / %4</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <source>No USB stick was found. Plug one in and press Refresh, or choose a folder with “Other folder…”.</source>
        <translation>Không thấy ổ USB nào. Hãy cắm ổ USB rồi bấm “Làm mới”, hoặc chọn một thư mục bằng “Thư mục khác…”.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Nơi ghi: %1</translation>
    </message>
    <message>
        <source>No drive chosen.</source>
        <translation>Chưa chọn ổ đĩa.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Writing and checking the package…</source>
        <translation>Đang ghi và kiểm tra gói…</translation>
    </message>
    <message>
        <source>Package written to %1 and read back: all %2 files match. It is safe to remove the USB stick. The report is marked submitted on %3.</source>
        <translation>Đã ghi gói vào %1 và đọc lại: cả %2 tệp đều khớp. Có thể rút ổ USB an toàn. Báo cáo được ghi nhận đã nộp ngày %3.</translation>
    </message>
    <message>
        <source>Replace the package?</source>
        <translation>Thay gói đã có?</translation>
    </message>
    <message>
        <source>%1 already holds a package of this report. Replace it with a new one?</source>
        <translation>Thư mục %1 đã có gói của báo cáo này. Thay bằng gói mới?</translation>
    </message>
</context>
<context>
    <name>PackagePreviewModel</name>
    <message>
        <source>Unit / package</source>
        <translation>Đơn vị / gói</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Plan answered</source>
        <translation>Kế hoạch thực hiện</translation>
    </message>
    <message>
        <source>Main figures</source>
        <translation>Số liệu chính</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Từ chối: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Đã nhận trước đây</translation>
    </message>
    <message>
        <source>Replaces an earlier report</source>
        <translation>Thay thế báo cáo nhận trước</translation>
    </message>
    <message>
        <source>Older than the one received; kept in the history</source>
        <translation>Cũ hơn báo cáo đã nhận; chỉ lưu vào lịch sử</translation>
    </message>
</context>
<context>
    <name>ReceivePackagesDialog</name>
    <message>
        <source>Receive report packages</source>
        <translation>Nhận gói báo cáo</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Received %1 packages</source>
        <translation>Đã nhận %1 gói</translation>
    </message>
    <message>
        <source>%1 packages can be received</source>
        <translation>Có thể nhận %1 gói</translation>
    </message>
    <message>
        <source>; %1 already received; %2 refused.</source>
        <translation>; %1 gói đã nhận trước đây; từ chối %2 gói.</translation>
    </message>
    <message>
        <source>Refused packages are not written; ask the unit for a new copy.</source>
        <translation>Gói bị từ chối không được ghi; đề nghị đơn vị gửi lại bản khác.</translation>
    </message>
    <message>
        <source>Checking the packages…</source>
        <translation>Đang kiểm tra các gói…</translation>
    </message>
    <message>
        <source>Checking cancelled.</source>
        <translation>Đã hủy kiểm tra các gói.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Receiving the packages…</source>
        <translation>Đang nhận các gói…</translation>
    </message>
    <message>
        <source>Receiving cancelled: no package was received.</source>
        <translation>Đã hủy nhận: chưa nhận gói nào.</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Report received</source>
        <translation>Đã nhận báo cáo</translation>
    </message>
    <message>
        <source>e.g. Báo cáo số 25/BC-CAT</source>
        <translation>ví dụ: Báo cáo số 25/BC-CAT</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsView</name>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>received reports</source>
        <translation>báo cáo nhận</translation>
    </message>
    <message>
        <source>Receive from folder or USB…</source>
        <translation>Nhận từ thư mục, ổ USB…</translation>
    </message>
    <message>
        <source>Receive .zip files…</source>
        <translation>Nhận tệp .zip…</translation>
    </message>
    <message>
        <source>Open report (PDF)</source>
        <translation>Mở báo cáo (PDF)</translation>
    </message>
    <message>
        <source>Open annex (Excel)</source>
        <translation>Mở phụ lục (Excel)</translation>
    </message>
    <message>
        <source>Units to report…</source>
        <translation>Đơn vị phải báo cáo…</translation>
    </message>
    <message>
        <source>Export dashboard…</source>
        <translation>Xuất bảng theo dõi…</translation>
    </message>
    <message>
        <source>Reminder to missing units…</source>
        <translation>Công văn đôn đốc…</translation>
    </message>
    <message>
        <source>Compose consolidated report</source>
        <translation>Soạn báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Consolidated report (PDF)…</source>
        <translation>Báo cáo tổng hợp (PDF)…</translation>
    </message>
    <message>
        <source>Consolidated annex (Excel)…</source>
        <translation>Phụ lục tổng hợp (Excel)…</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Hãy chọn kế hoạch.</translation>
    </message>
    <message>
        <source>Expected %1 · received %2 (on time %3, late %4) · not reported %5 · reporting rate %6 · on time %7</source>
        <translation>Phải báo cáo %1 · đã nhận %2 (đúng hạn %3, trễ hạn %4) · chưa báo cáo %5 · tỷ lệ báo cáo %6 · tỷ lệ đúng hạn %7</translation>
    </message>
    <message>
        <source>Folder or USB stick with packages</source>
        <translation>Thư mục hoặc ổ USB chứa gói báo cáo</translation>
    </message>
    <message>
        <source>Package files</source>
        <translation>Tệp gói báo cáo</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>Cannot compose</source>
        <translation>Không soạn được</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã được thay thế</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Hiện hành</translation>
    </message>
</context>
<context>
    <name>RecordInfoModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder (dispatch)</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <source>%1 of %2 units have not reported yet.</source>
        <translation>%1/%2 đơn vị chưa báo cáo.</translation>
    </message>
    <message>
        <source>The issued reminder keeps the figures of its day; a draft leaves the number blank for the clerk and shows today&apos;s figures.</source>
        <translation>Công văn ban hành giữ nguyên số liệu của ngày ban hành; bản nháp để trống số cho văn thư ghi tay và lấy số liệu hôm nay.</translation>
    </message>
    <message>
        <source>Issue and save PDF…</source>
        <translation>Ban hành và lưu PDF…</translation>
    </message>
    <message>
        <source>Draft without number…</source>
        <translation>Bản nháp chưa cấp số…</translation>
    </message>
    <message>
        <source>Last issued: %1 of %2.</source>
        <translation>Đã ban hành: %1 ngày %2.</translation>
    </message>
    <message>
        <source>Save it again…</source>
        <translation>Lưu lại bản đã ban hành…</translation>
    </message>
    <message>
        <source>The plan has no list of units to report yet: make it with “Units to report…”.</source>
        <translation>Kế hoạch chưa có danh sách đơn vị phải báo cáo: lập danh sách bằng nút “Đơn vị phải báo cáo…”.</translation>
    </message>
    <message>
        <source>Every unit has reported: there is nobody to remind.</source>
        <translation>Mọi đơn vị đã gửi báo cáo, không còn đơn vị nào cần đôn đốc.</translation>
    </message>
</context>
<context>
    <name>ReportCompleteness</name>
    <message>
        <source>No results yet</source>
        <translation>Chưa có kết quả</translation>
    </message>
    <message>
        <source>Some results in</source>
        <translation>Có một phần kết quả</translation>
    </message>
    <message>
        <source>Results in</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Chậm hạn</translation>
    </message>
</context>
<context>
    <name>ReportCompletenessPanel</name>
    <message>
        <source>Counted: the agencies that lead tasks of this plan or whose report was recorded. An agency has reported when its report was received, or all its tasks are done, by the deadline.</source>
        <translation>Tính: các cơ quan được giao nhiệm vụ chủ trì trong kế hoạch này hoặc đã được ghi nhận gửi báo cáo. Một cơ quan được tính là đã báo cáo khi đã nhận báo cáo của cơ quan đó, hoặc mọi nhiệm vụ của cơ quan đã hoàn thành, đúng hạn.</translation>
    </message>
    <message>
        <source>Report received…</source>
        <translation>Đã nhận báo cáo…</translation>
    </message>
    <message>
        <source>Record that the selected agency&apos;s report has come in</source>
        <translation>Ghi nhận đã nhận báo cáo của cơ quan đang chọn</translation>
    </message>
    <message>
        <source>Show its tasks</source>
        <translation>Xem nhiệm vụ</translation>
    </message>
    <message>
        <source>Reminder to late agencies…</source>
        <translation>Nhắc các cơ quan chậm báo cáo…</translation>
    </message>
    <message>
        <source>Save the late agencies and what they owe as a PDF to send</source>
        <translation>Lưu danh sách cơ quan chậm báo cáo và việc còn nợ thành PDF để gửi</translation>
    </message>
    <message>
        <source>Choose a plan to see which agencies have reported.</source>
        <translation>Chọn kế hoạch để xem cơ quan nào đã báo cáo.</translation>
    </message>
    <message>
        <source>%1 of %2 agencies with tasks have sent all their results.</source>
        <translation>%1/%2 cơ quan, đơn vị được giao nhiệm vụ đã gửi đủ kết quả.</translation>
    </message>
    <message>
        <source>No tasks of this plan are assigned to an agency yet.</source>
        <translation>Kế hoạch này chưa giao nhiệm vụ cho cơ quan, đơn vị nào.</translation>
    </message>
</context>
<context>
    <name>ReportComposerDialog</name>
    <message>
        <source>Result report</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Higher body the report goes to (printed after “Kính gửi:”)</source>
        <translation>Cơ quan cấp trên nhận báo cáo (in sau “Kính gửi:”)</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>ví dụ: KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>ví dụ: PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sections&lt;/b&gt; (lines starting with “-” print as bullets)</source>
        <translation>&lt;b&gt;Các phần của báo cáo&lt;/b&gt; (dòng bắt đầu bằng “-” được in thành gạch đầu dòng)</translation>
    </message>
    <message>
        <source>Draft again from the records</source>
        <translation>Soạn lại từ số liệu</translation>
    </message>
    <message>
        <source>Bring figures up to date…</source>
        <translation>Cập nhật số liệu mới…</translation>
    </message>
    <message>
        <source>Show the figure lines that are new or changed in the records and put in those you choose</source>
        <translation>Xem các dòng số liệu mới hoặc đã thay đổi và đưa vào những dòng được chọn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Draft – edit freely, then issue it to give it a number.</source>
        <translation>Dự thảo – sửa tùy ý, rồi ban hành để cấp số.</translation>
    </message>
    <message>
        <source>Issued as %1; the text and figures can no longer change.</source>
        <translation>Đã ban hành số %1; nội dung và số liệu không thay đổi được nữa.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure line(s) are new or changed in the records since this draft.</source>
        <translation>
            <numerusform>Có %n dòng số liệu mới hoặc đã thay đổi trong dữ liệu kể từ khi soạn dự thảo này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) put in the draft; save to keep them.</source>
        <translation>
            <numerusform>Đã đưa %n dòng vào dự thảo; bấm Lưu để giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Soạn lại</translation>
    </message>
    <message>
        <source>Draft the report again</source>
        <translation>Soạn lại báo cáo</translation>
    </message>
    <message>
        <source>(closing paragraph)</source>
        <translation>(đoạn kết)</translation>
    </message>
    <message>
        <source>• %1: %2 → %3 words%4</source>
        <translation>• %1: %2 → %3 chữ%4</translation>
    </message>
    <message>
        <source>Compute the figures again from the records and replace the sections with a new draft? Your edits to the sections will be replaced (Edit &gt; Undo brings them back).

%1</source>
        <translation>Tính lại số liệu từ dữ liệu và thay các phần bằng bản nháp mới? Các chỗ đã sửa trong các phần sẽ bị thay (Sửa &gt; Hoàn tác để lấy lại).

%1</translation>
    </message>
    <message>
        <source>Cannot draft</source>
        <translation>Không soạn được</translation>
    </message>
</context>
<context>
    <name>ReportFiguresPanel</name>
    <message>
        <source>Records behind the selected figure</source>
        <translation>Các bản ghi tạo nên số liệu đã chọn</translation>
    </message>
    <message>
        <source>Figures computed from the records</source>
        <translation>Số liệu tính từ các bản ghi</translation>
    </message>
    <message>
        <source>Figures frozen when the report was issued on %1; later changes to the records do not change this report.</source>
        <translation>Số liệu đã được chốt khi ban hành báo cáo ngày %1; thay đổi bản ghi sau đó không làm thay đổi báo cáo này.</translation>
    </message>
    <message>
        <source>The records have changed since then.</source>
        <translation>Các bản ghi đã thay đổi kể từ khi đó.</translation>
    </message>
    <message>
        <source>Draft: the figures follow the records as they are now.</source>
        <translation>Dự thảo: số liệu theo các bản ghi hiện có.</translation>
    </message>
    <message>
        <source>Records behind “%1” (%2)</source>
        <translation>Các bản ghi của “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>ReportIssueDialog</name>
    <message>
        <source>Issue report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>The figures are frozen when the report is issued: later changes to the records will not change it.</source>
        <translation>Số liệu được chốt khi ban hành: thay đổi bản ghi sau đó không làm thay đổi báo cáo.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
</context>
<context>
    <name>ReportNewDialog</name>
    <message>
        <source>New result report</source>
        <translation>Báo cáo kết quả mới</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Soạn báo cáo</translation>
    </message>
    <message>
        <source>The figures and a first draft of the text are made from the records of the plan in this period; you can edit everything afterwards.</source>
        <translation>Số liệu và bản soạn thảo đầu tiên được lập từ các bản ghi của kế hoạch trong kỳ này; sau đó có thể sửa tùy ý.</translation>
    </message>
    <message>
        <source>Enter a plan first.</source>
        <translation>Cần nhập kế hoạch trước.</translation>
    </message>
    <message>
        <source>This plan already has a report for an overlapping period:
%1 – %2 (%3 to %4).

Make a second report anyway?</source>
        <translation>Kế hoạch này đã có báo cáo cho kỳ trùng lặp:
%1 – %2 (từ %3 đến %4).

Vẫn lập thêm một báo cáo?</translation>
    </message>
    <message>
        <source>A report for this period exists</source>
        <translation>Đã có báo cáo cho kỳ này</translation>
    </message>
</context>
<context>
    <name>ReportSectionsEditor</name>
    <message>
        <source>Add section</source>
        <translation>Thêm phần</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
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
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Báo cáo mới…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export annex…</source>
        <translation>Xuất phụ lục…</translation>
    </message>
    <message>
        <source>Save to USB…</source>
        <translation>Ghi ra USB…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>Results from the agencies</source>
        <translation>Kết quả của các cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Results log</source>
        <translation>Nhật ký kết quả</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Báo cáo nhận</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Delete the draft report “%1”?</source>
        <translation>Xóa dự thảo báo cáo “%1”?</translation>
    </message>
    <message>
        <source>Delete draft “%1”</source>
        <translation>Xóa dự thảo “%1”</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Không xóa được</translation>
    </message>
</context>
<context>
    <name>SectionEdit</name>
    <message>
        <source>Heading (leave empty for a plain paragraph)</source>
        <translation>Tiêu đề phần (để trống nếu là đoạn văn thường)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ phần này</translation>
    </message>
</context>
<context>
    <name>UnitStatusModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late (%1 days)</source>
        <translation>Trễ hạn (%1 ngày)</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Ngoài danh sách</translation>
    </message>
</context>
</TS>
