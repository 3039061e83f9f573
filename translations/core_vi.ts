<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgenciesDialog</name>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Add the usual agencies</source>
        <translation>Thêm các cơ quan thường giao</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>%1 agencies added.</source>
        <translation>Đã thêm %1 cơ quan.</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Cơ quan mới</translation>
    </message>
    <message>
        <source>Name of the agency:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <source>Rename agency</source>
        <translation>Đổi tên cơ quan</translation>
    </message>
</context>
<context>
    <name>BusyNotice</name>
    <message>
        <source>Waiting: another program is writing to the data file…</source>
        <translation>Đang chờ: một chương trình khác đang ghi vào tệp dữ liệu…</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Received</source>
        <translation>Kế hoạch nhận</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Của đơn vị</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Băng rôn</translation>
    </message>
    <message>
        <source>Billboard panel</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Áp phích</translation>
    </message>
    <message>
        <source>Slogan sign</source>
        <translation>Biểu ngữ</translation>
    </message>
    <message>
        <source>LED screen / e-board</source>
        <translation>Màn hình LED/bảng điện tử</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Chưa treo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Đang treo</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>Đã tháo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Hội thảo</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Tọa đàm</translation>
    </message>
    <message>
        <source>Outside event attended</source>
        <translation>Tham dự sự kiện bên ngoài</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>In person and online</source>
        <translation>Trực tiếp kết hợp trực tuyến</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>News item</source>
        <translation>Tin</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Report (feature)</source>
        <translation>Phóng sự</translation>
    </message>
    <message>
        <source>Radio broadcast</source>
        <translation>Phát thanh</translation>
    </message>
    <message>
        <source>Fanpage/Zalo post</source>
        <translation>Bài đăng Fanpage/Zalo</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Tờ rơi</translation>
    </message>
    <message>
        <source>Electronic billboard message</source>
        <translation>Bảng điện tử</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>quá %1 ngày</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>hạn hôm nay</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>còn %1 ngày</translation>
    </message>
</context>
<context>
    <name>EditorGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The changes in “%1” are not saved yet. Save them?</source>
        <translation>Các thay đổi trong “%1” chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot continue</source>
        <translation>Không thể tiếp tục</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Your saved data is safe.

Details were written to the log folder:
%1</source>
        <translation>Đã xảy ra lỗi và thao tác chưa được thực hiện. Dữ liệu đã lưu vẫn an toàn.

Chi tiết được ghi vào thư mục nhật ký:
%1</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Đã lưu tệp</translation>
    </message>
    <message>
        <source>The file was saved:
%1</source>
        <translation>Đã lưu tệp:
%1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bắt đầu sử dụng</translation>
    </message>
    <message>
        <source>Enter your office once: it is printed on every plan and report, and it is the issuing body and signer of new documents. You can change it later under Tools &gt; Office information.</source>
        <translation>Nhập thông tin cơ quan một lần: thông tin này in trên mọi kế hoạch, báo cáo và là cơ quan ban hành, người ký mặc định của văn bản mới. Có thể sửa sau ở Công cụ &gt; Thông tin cơ quan.</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Cách bắt đầu</translation>
    </message>
    <message>
        <source>With the sample 2024 campaign, to see how the work is done</source>
        <translation>Dùng dữ liệu mẫu (đợt cao điểm năm 2024) để xem cách làm</translation>
    </message>
    <message>
        <source>Blank, with my own records</source>
        <translation>Bắt đầu trống, nhập dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>Add the agencies a district or commune office usually assigns (you can edit the list)</source>
        <translation>Thêm danh sách cơ quan cấp huyện, xã thường được giao nhiệm vụ (có thể sửa danh sách)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu tệp hướng dẫn.</translation>
    </message>
</context>
<context>
    <name>IssueNumberFields</name>
    <message>
        <source>next in the register</source>
        <translation>số tiếp theo trong sổ</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Number to be given: %1</source>
        <translation>Số sẽ cấp: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Banners - Slogans</source>
        <translation>Băng rôn - Khẩu hiệu</translation>
    </message>
    <message>
        <source>Conferences - Trainings</source>
        <translation>Hội nghị - Tập huấn</translation>
    </message>
    <message>
        <source>Result reports</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <source>The database is empty. Enter your own records, or load the sample 2024 campaign to see how the work is done.</source>
        <translation>Cơ sở dữ liệu đang trống. Hãy nhập dữ liệu của đơn vị, hoặc dùng dữ liệu mẫu (đợt cao điểm năm 2024) để xem cách làm.</translation>
    </message>
    <message>
        <source>Use sample data</source>
        <translation>Dùng dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Sao lưu &amp;ra…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Office information…</source>
        <translation>Thông tin &amp;cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Agencies…</source>
        <translation>Cơ quan, đơn &amp;vị…</translation>
    </message>
    <message>
        <source>&amp;Find a participant…</source>
        <translation>&amp;Tra cứu đại biểu…</translation>
    </message>
    <message>
        <source>&amp;Shared database…</source>
        <translation>Cơ sở dữ liệu &amp;dùng chung…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Mở thư mục &amp;dữ liệu</translation>
    </message>
    <message>
        <source>(office information not entered)</source>
        <translation>(chưa nhập thông tin cơ quan)</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Cơ sở dữ liệu dùng chung: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
    <message>
        <source>Sample data not loaded</source>
        <translation>Không nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sample campaign loaded.</source>
        <translation>Đã nạp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%3&lt;/b&gt;&lt;p&gt;Program %4, version %1&lt;/p&gt;&lt;p&gt;Plans, banner schedules, training events and result reports of the human-rights communication work, kept safely on this computer.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;%3&lt;/b&gt;&lt;p&gt;Chương trình %4, phiên bản %1&lt;/p&gt;&lt;p&gt;Kế hoạch, lịch treo băng rôn, hội nghị tập huấn và báo cáo kết quả công tác thông tin, tuyên truyền về quyền con người, lưu an toàn trên máy tính này.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office information</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Place name on the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Signing authority (TM./KT.)</source>
        <translation>Thẩm quyền ký (TM./KT.)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s full name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân huyện Châu Thành</source>
        <translation>ví dụ: Ủy ban nhân dân huyện Châu Thành</translation>
    </message>
    <message>
        <source>e.g. Châu Thành</source>
        <translation>ví dụ: Châu Thành</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN</source>
        <translation>ví dụ: TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>e.g. CHỦ TỊCH</source>
        <translation>ví dụ: CHỦ TỊCH</translation>
    </message>
    <message>
        <source>e.g. 30280 or CAT</source>
        <translation>ví dụ: 30280 hoặc CAT</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Human-rights communication work</source>
        <translation>Tuyên truyền quyền con người</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>The step could not be undone.</source>
        <translation>Không hoàn tác được bước này.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Search (tone marks optional)…</source>
        <translation>Tìm kiếm (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>More than %1 results</source>
        <translation>Hơn %1 kết quả</translation>
    </message>
    <message>
        <source>The search matches more than %1 rows. Type more to narrow it; the list still scrolls to its end.</source>
        <translation>Tìm thấy hơn %1 dòng. Gõ thêm để thu hẹp tìm kiếm; danh sách vẫn cuộn được đến hết.</translation>
    </message>
    <message numerus="yes">
        <source>%n %1</source>
        <translation>
            <numerusform>%n %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Back up to</source>
        <translation>Sao lưu ra</translation>
    </message>
    <message>
        <source>Backup files (*.sqlite3)</source>
        <translation>Tệp sao lưu (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <source>Backup done</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>The backup was written to:
%1</source>
        <translation>Bản sao lưu đã được ghi vào:
%1</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Cơ sở dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>Officers of one office can work on the same records kept on a PostgreSQL server of the office network. Leave it unset to keep the data file on this PC.</source>
        <translation>Cán bộ cùng một cơ quan có thể làm việc trên cùng dữ liệu đặt tại một máy chủ PostgreSQL trong mạng nội bộ của cơ quan. Để trống nếu chỉ dùng tệp dữ liệu trên máy này.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or may-chu</source>
        <translation>ví dụ 192.168.1.10 hoặc may-chu</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>để trống thì giữ mật khẩu đã lưu</translation>
    </message>
    <message>
        <source>asked for at start when left empty</source>
        <translation>để trống thì chương trình hỏi khi khởi động</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>This PC makes the automatic backups</source>
        <translation>Máy này sao lưu tự động</translation>
    </message>
    <message>
        <source>Only one PC of the office should make the automatic backups of the shared database.</source>
        <translation>Chỉ nên để một máy trong cơ quan sao lưu tự động cơ sở dữ liệu dùng chung.</translation>
    </message>
    <message>
        <source>Saved settings take effect the next time the program starts.</source>
        <translation>Thiết lập đã lưu có hiệu lực từ lần khởi động chương trình sau.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Use the file on this PC</source>
        <translation>Dùng tệp dữ liệu trên máy này</translation>
    </message>
    <message>
        <source>This PC is set to use the shared database below.</source>
        <translation>Máy này đang được đặt dùng cơ sở dữ liệu dùng chung dưới đây.</translation>
    </message>
    <message>
        <source>This PC uses the data file in its data folder.</source>
        <translation>Máy này đang dùng tệp dữ liệu trong thư mục dữ liệu của máy.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Kiểm tra kết nối không thành công.</translation>
    </message>
    <message>
        <source>This PC has no credential store the program can use, so the password was not saved. The program will ask for it when it starts.</source>
        <translation>Máy này không có kho lưu mật khẩu mà chương trình dùng được, nên mật khẩu không được lưu. Chương trình sẽ hỏi mật khẩu khi khởi động.</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mật khẩu của %1 trên %2:</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Could not finish</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
