<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
</context>
</TS>