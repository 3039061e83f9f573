<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BannerStates</name>
    <message>
        <source>Planned, not due yet</source>
        <translation>Chưa đến ngày treo</translation>
    </message>
    <message>
        <source>Late: should be up</source>
        <translation>Trễ: đã đến ngày treo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Đang treo</translation>
    </message>
    <message>
        <source>Should come down</source>
        <translation>Quá hạn: cần tháo</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>Đã tháo</translation>
    </message>
</context>
<context>
    <name>BannerTimeline</name>
    <message>
        <source>No placements in this plan yet.</source>
        <translation>Kế hoạch này chưa có vị trí treo nào.</translation>
    </message>
    <message>
        <source>Display window of the plan %1 - %2</source>
        <translation>Thời gian treo theo kế hoạch %1 - %2</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Hôm nay %1</translation>
    </message>
    <message>
        <source>Viewed day %1</source>
        <translation>Ngày xem %1</translation>
    </message>
    <message>
        <source>%1 is outside this picture %2</source>
        <translation>%1 nằm ngoài khoảng thời gian này %2</translation>
    </message>
    <message>
        <source>Hung on %1</source>
        <translation>Treo ngày %1</translation>
    </message>
    <message>
        <source>Taken down on %1</source>
        <translation>Tháo ngày %1</translation>
    </message>
</context>
<context>
    <name>BannersTab</name>
    <message>
        <source>Placements and timeline</source>
        <translation>Vị trí treo và tiến độ</translation>
    </message>
    <message>
        <source>Slogan library</source>
        <translation>Danh mục khẩu hiệu</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
</context>
<context>
    <name>BulkPlacementDialog</name>
    <message>
        <source>Add placements in bulk</source>
        <translation>Thêm nhiều vị trí treo</translation>
    </message>
    <message>
        <source>New places, one per line; the commune after a bar:
Chợ Trà Vinh | Phường 3</source>
        <translation>Địa điểm mới, mỗi dòng một địa điểm; xã, phường sau dấu |:
Chợ Trà Vinh | Phường 3</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>%1 placements will be added (%2 slogans × %3 places).</source>
        <translation>Sẽ thêm %1 vị trí treo (%2 khẩu hiệu × %3 địa điểm).</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục khác</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Edit placement</source>
        <translation>Sửa vị trí treo</translation>
    </message>
    <message>
        <source>Add placement</source>
        <translation>Thêm vị trí treo</translation>
    </message>
    <message>
        <source>Address or landmark, e.g. Vòng xoay Ao Bà Om, Quốc lộ 53</source>
        <translation>Địa chỉ hoặc nơi dễ nhận biết, ví dụ: Vòng xoay Ao Bà Om, Quốc lộ 53</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation>Xã, phường</translation>
    </message>
</context>
<context>
    <name>PlacementFields</name>
    <message>
        <source>e.g. 0,8 x 6 m</source>
        <translation>ví dụ: 0,8 x 6 m</translation>
    </message>
    <message>
        <source>An LED screen needs no size.</source>
        <translation>Màn hình LED không cần kích thước.</translation>
    </message>
    <message>
        <source>hung on</source>
        <translation>ngày treo</translation>
    </message>
    <message>
        <source>taken down on</source>
        <translation>ngày tháo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Period (from - to)</source>
        <translation>Thời gian treo (từ - đến)</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Đơn vị thực hiện</translation>
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
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
</context>
<context>
    <name>PlacementFilters</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Late: should be up</source>
        <translation>Trễ: đã đến ngày treo</translation>
    </message>
    <message>
        <source>Should come down</source>
        <translation>Quá hạn: cần tháo</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Up today</source>
        <translation>Đang treo hôm nay</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Mọi xã, phường</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <source>placements</source>
        <translation>vị trí treo</translation>
    </message>
    <message>
        <source>One bar per placement</source>
        <translation>Mỗi vị trí treo một dòng</translation>
    </message>
    <message>
        <source>One row per place</source>
        <translation>Mỗi địa điểm một dòng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tiến độ treo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>As on</source>
        <translation>Xem tại ngày</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Add in bulk</source>
        <translation>Thêm nhanh</translation>
    </message>
    <message>
        <source>One slogan at many places…</source>
        <translation>Một khẩu hiệu ở nhiều địa điểm…</translation>
    </message>
    <message>
        <source>Many slogans at one place…</source>
        <translation>Nhiều khẩu hiệu ở một địa điểm…</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Sao chép dòng</translation>
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
        <source>Up today</source>
        <translation>Đã treo hôm nay</translation>
    </message>
    <message>
        <source>Mark the selected rows as hung today</source>
        <translation>Ghi các dòng đã chọn là đã treo hôm nay</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>Đã tháo</translation>
    </message>
    <message>
        <source>Mark the selected rows as taken down today</source>
        <translation>Ghi các dòng đã chọn là đã tháo hôm nay</translation>
    </message>
    <message>
        <source>Not up yet</source>
        <translation>Chưa treo</translation>
    </message>
    <message>
        <source>Undo: the selected rows are not up</source>
        <translation>Hoàn tác: các dòng đã chọn chưa treo</translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation>In / xuất tệp</translation>
    </message>
    <message>
        <source>Schedule (PDF, A4 landscape)…</source>
        <translation>Danh sách treo (PDF, A4 ngang)…</translation>
    </message>
    <message>
        <source>Print-shop sheets, A4 (PDF)…</source>
        <translation>Bản in khẩu hiệu cho cơ sở in, A4 (PDF)…</translation>
    </message>
    <message>
        <source>Print-shop sheets, A3 (PDF)…</source>
        <translation>Bản in khẩu hiệu cho cơ sở in, A3 (PDF)…</translation>
    </message>
    <message>
        <source>Print-shop sheets, slogans I choose (PDF)…</source>
        <translation>Tờ in khẩu hiệu, chọn khẩu hiệu (PDF)…</translation>
    </message>
    <message>
        <source>Schedule workbook (Excel)…</source>
        <translation>Danh sách treo (Excel)…</translation>
    </message>
    <message>
        <source>Slogan list of the plan (PDF)…</source>
        <translation>Danh mục khẩu hiệu của kế hoạch (PDF)…</translation>
    </message>
    <message>
        <source>Hanging progress (PDF)…</source>
        <translation>Tình hình treo (PDF)…</translation>
    </message>
    <message>
        <source>Hanging progress (Excel)…</source>
        <translation>Tình hình treo (Excel)…</translation>
    </message>
    <message>
        <source>Placement added.</source>
        <translation>Đã thêm vị trí treo.</translation>
    </message>
    <message>
        <source>Placement saved.</source>
        <translation>Đã lưu vị trí treo.</translation>
    </message>
    <message>
        <source>%1 placements added.</source>
        <translation>Đã thêm %1 vị trí treo.</translation>
    </message>
    <message>
        <source>%1 rows copied (not up yet).</source>
        <translation>Đã sao chép %1 dòng (chưa treo).</translation>
    </message>
    <message>
        <source>Delete placements</source>
        <translation>Xóa vị trí treo</translation>
    </message>
    <message>
        <source>Delete %1 selected placements?</source>
        <translation>Xóa %1 vị trí treo đã chọn?</translation>
    </message>
    <message>
        <source>Delete %1 placements</source>
        <translation>Xóa %1 dòng băng rôn</translation>
    </message>
    <message>
        <source>%1 placements deleted.</source>
        <translation>Đã xóa %1 vị trí treo.</translation>
    </message>
    <message>
        <source>Status of %1 placements</source>
        <translation>Trạng thái của %1 dòng băng rôn</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Chưa đổi trạng thái</translation>
    </message>
    <message>
        <source>%1 rows marked as hung on %2.</source>
        <translation>Đã ghi %1 dòng là đã treo ngày %2.</translation>
    </message>
    <message>
        <source>%1 rows marked as taken down on %2.</source>
        <translation>Đã ghi %1 dòng là đã tháo ngày %2.</translation>
    </message>
    <message>
        <source>%1 rows marked as not up yet.</source>
        <translation>Đã ghi %1 dòng là chưa treo.</translation>
    </message>
    <message>
        <source>Change the status of %1 placements?

%2</source>
        <translation>Đổi trạng thái của %1 dòng băng rôn?

%2</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Commune/ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Hung on</source>
        <translation>Ngày treo</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Ngày tháo</translation>
    </message>
</context>
<context>
    <name>SloganDialog</name>
    <message>
        <source>(no source plan)</source>
        <translation>(không có kế hoạch nguồn)</translation>
    </message>
    <message>
        <source>Edit slogan</source>
        <translation>Sửa khẩu hiệu</translation>
    </message>
    <message>
        <source>Add slogan</source>
        <translation>Thêm khẩu hiệu</translation>
    </message>
    <message>
        <source>The slogan exactly as the plan writes it, without quotes</source>
        <translation>Khẩu hiệu đúng như trong kế hoạch, không có dấu ngoặc kép</translation>
    </message>
    <message>
        <source>In use (offered when placing banners)</source>
        <translation>Đang dùng (có trong danh sách chọn khi xếp treo)</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Source plan</source>
        <translation>Kế hoạch nguồn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>This slogan is already in the library for %1 (no. %2).</source>
        <translation>Khẩu hiệu này đã có trong danh mục năm %1 (số %2).</translation>
    </message>
</context>
<context>
    <name>SloganPanel</name>
    <message>
        <source>slogans</source>
        <translation>khẩu hiệu</translation>
    </message>
    <message>
        <source>This plan only</source>
        <translation>Chỉ của kế hoạch này</translation>
    </message>
    <message>
        <source>In use and not</source>
        <translation>Đang dùng và ngừng dùng</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Paste from a plan…</source>
        <translation>Dán từ văn bản kế hoạch…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Dùng lại</translation>
    </message>
    <message>
        <source>Stop using</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Slogan added.</source>
        <translation>Đã thêm khẩu hiệu.</translation>
    </message>
    <message>
        <source>%1 slogans added.</source>
        <translation>Đã thêm %1 khẩu hiệu.</translation>
    </message>
    <message>
        <source>Slogan saved.</source>
        <translation>Đã lưu khẩu hiệu.</translation>
    </message>
    <message>
        <source>%1 slogans in use.</source>
        <translation>%1 khẩu hiệu được dùng lại.</translation>
    </message>
    <message>
        <source>%1 slogans no longer in use.</source>
        <translation>%1 khẩu hiệu đã ngừng dùng.</translation>
    </message>
    <message>
        <source>Delete slogans</source>
        <translation>Xóa khẩu hiệu</translation>
    </message>
    <message>
        <source>Delete %1 selected slogans?</source>
        <translation>Xóa %1 khẩu hiệu đã chọn?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>%1 slogans deleted.</source>
        <translation>Đã xóa %1 khẩu hiệu.</translation>
    </message>
</context>
<context>
    <name>SloganSheetsDialog</name>
    <message>
        <source>Print-shop sheets</source>
        <translation>Tờ in khẩu hiệu</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Save sheets…</source>
        <translation>Lưu tờ in…</translation>
    </message>
    <message>
        <source>One page per ticked slogan (ticked: those with placements to print)</source>
        <translation>Mỗi khẩu hiệu được chọn in một trang (đã chọn sẵn: các khẩu hiệu có vị trí treo cần in)</translation>
    </message>
</context>
<context>
    <name>SloganTableModel</name>
    <message>
        <source>Slogan</source>
        <translation>Khẩu hiệu</translation>
    </message>
    <message>
        <source>Source plan</source>
        <translation>Kế hoạch nguồn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa điểm</translation>
    </message>
</context>
<context>
    <name>SlogansPasteDialog</name>
    <message>
        <source>Paste slogans from a plan</source>
        <translation>Dán khẩu hiệu từ văn bản kế hoạch</translation>
    </message>
    <message>
        <source>Paste the part of the plan that lists the slogans. Every quoted line (&quot;...&quot; or “...”) becomes a slogan; italics marks like *“...”* are dropped.</source>
        <translation>Dán đoạn kế hoạch có danh sách khẩu hiệu. Mỗi dòng trong ngoặc kép (&quot;...&quot; hoặc “...”) là một khẩu hiệu; dấu in nghiêng như *“...”* được bỏ đi.</translation>
    </message>
    <message>
        <source>No quotes in the text: take one slogan per line</source>
        <translation>Văn bản không có ngoặc kép: lấy mỗi dòng một khẩu hiệu</translation>
    </message>
    <message>
        <source>Source plan</source>
        <translation>Kế hoạch nguồn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Slogans found (untick what should not be saved):</source>
        <translation>Khẩu hiệu tìm thấy (bỏ chọn những dòng không lưu):</translation>
    </message>
    <message>
        <source>already in the library</source>
        <translation>đã có trong danh mục</translation>
    </message>
    <message>
        <source>repeated in the pasted text</source>
        <translation>lặp lại trong đoạn đã dán</translation>
    </message>
    <message>
        <source>quoted inside a sentence</source>
        <translation>trích dẫn trong câu văn</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>%1 found, %2 to save.</source>
        <translation>Tìm thấy %1, sẽ lưu %2.</translation>
    </message>
</context>
</TS>
