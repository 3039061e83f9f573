<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Backups</name>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Khi khởi động</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Banners and panels</source>
        <translation>Băng rôn, pano</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hội nghị, tập huấn</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>News, articles and posts</source>
        <translation>Tin, bài, bài đăng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>From a newer version</source>
        <translation>Của phiên bản mới hơn</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Bị hỏng</translation>
    </message>
    <message>
        <source>The restored data holds: %1.</source>
        <translation>Dữ liệu đã khôi phục gồm: %1.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>chưa có bản ghi nào</translation>
    </message>
    <message>
        <source>The number of records did not change.</source>
        <translation>Số bản ghi không thay đổi.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Khôi phục bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>The data file is damaged or cannot be read.</source>
        <translation>Tệp dữ liệu bị hỏng hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The data was saved by a newer version of the program.</source>
        <translation>Dữ liệu được lưu bởi phiên bản mới hơn của chương trình.</translation>
    </message>
    <message>
        <source>The file in the data folder is not data of this program.</source>
        <translation>Tệp trong thư mục dữ liệu không phải là dữ liệu của chương trình này.</translation>
    </message>
    <message>
        <source>The data could not be brought up to date for this version.</source>
        <translation>Không nâng cấp được dữ liệu cho phiên bản này.</translation>
    </message>
    <message>
        <source>The data folder is on a USB stick or a network drive.</source>
        <translation>Thư mục dữ liệu nằm trên ổ USB hoặc ổ mạng.</translation>
    </message>
    <message>
        <source>The program is already open with this data.</source>
        <translation>Chương trình đang được mở với dữ liệu này.</translation>
    </message>
    <message>
        <source>The data cannot be opened.</source>
        <translation>Không mở được dữ liệu.</translation>
    </message>
    <message>
        <source>The data file has not been changed.</source>
        <translation>Tệp dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Keep the data folder as it is and ask for technical help.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong %1. Hãy giữ nguyên thư mục dữ liệu và nhờ cán bộ kỹ thuật hỗ trợ.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). Restoring it keeps the damaged file aside, unchanged; work done after that backup is not in it.</source>
        <translation>Bản sao lưu tốt gần nhất được tạo lúc %1 (%2). Khi khôi phục, tệp bị hỏng được cất riêng, giữ nguyên; những việc làm sau thời điểm sao lưu đó sẽ không có trong dữ liệu.</translation>
    </message>
    <message>
        <source>Install the newest version of the program, then open the data again.</source>
        <translation>Hãy cài phiên bản mới nhất của chương trình rồi mở lại dữ liệu.</translation>
    </message>
    <message>
        <source>Details are in the log folder: %1</source>
        <translation>Chi tiết được ghi trong thư mục nhật ký: %1</translation>
    </message>
    <message>
        <source>Restore the newest backup?</source>
        <translation>Khôi phục bản sao lưu gần nhất?</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The damaged file is kept aside, unchanged.</source>
        <translation>Khôi phục bản sao lưu lúc %1? Tệp bị hỏng được cất riêng, giữ nguyên.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1.</translation>
    </message>
    <message>
        <source>The damaged file was kept unchanged at %1.</source>
        <translation>Tệp bị hỏng được giữ nguyên tại %1.</translation>
    </message>
    <message>
        <source>The data was restored from a backup.</source>
        <translation>Đã khôi phục dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. The current data is backed up first, so a restore can itself be undone from this list.</source>
        <translation>Chọn bản sao lưu muốn quay về. Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác việc khôi phục bằng chính danh sách này.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tạo khi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>There are no backups in the data folder yet.</source>
        <translation>Chưa có bản sao lưu nào trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Restore from another &amp;file…</source>
        <translation>Khôi phục từ &amp;tệp khác…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1 (%2)?

The current data is backed up first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu lúc %1 (%2)?

Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Khôi phục từ tệp</translation>
    </message>
    <message>
        <source>Backup files (*.sqlite3);;All files (*)</source>
        <translation>Tệp sao lưu (*.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1.</translation>
    </message>
    <message>
        <source>The data as it was before is now the first backup in the list (made “Before a restore”), so this restore can be undone.</source>
        <translation>Dữ liệu trước khi khôi phục đã được sao lưu thành dòng đầu tiên của danh sách (tạo khi “Trước khi khôi phục”), nên có thể hoàn tác lần khôi phục này.</translation>
    </message>
    <message>
        <source>The damaged file was kept unchanged at %1.</source>
        <translation>Tệp bị hỏng được giữ nguyên tại %1.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
</TS>
