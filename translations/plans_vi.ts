<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
</context>
</TS>