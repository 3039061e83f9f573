"""The results log table: media outputs, searched and filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vnhr_desktop.domain.dates import fmt_decimal, fmt_int
from vnhr_desktop.ui.labels import code_label, date_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MediaListSource:
    """services.media.MEDIA_LIST over the database."""

    def __init__(self, database):
        self.database = database

    def _request(self, request):
        from vnhr_desktop.services.paging import ListRequest

        return ListRequest(
            search=request.search,
            sort=request.sort,
            descending=request.descending,
            offset=request.offset,
            limit=request.limit,
            filters=dict(request.filters),
        )

    def query(self, request) -> list:
        from vnhr_desktop.services.media import MEDIA_LIST

        with self.database.Session() as session:
            return MEDIA_LIST.query(session, self._request(request))

    @property
    def count_cap(self) -> int:
        """The list counts up to this many results; beyond, "more than" it."""
        from vnhr_desktop.services.paging import COUNT_CAP

        return COUNT_CAP

    def count(self, request) -> int:
        from vnhr_desktop.services.media import MEDIA_LIST

        with self.database.Session() as session:
            return MEDIA_LIST.count(session, self._request(request), cap=self.count_cap)


class MediaTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("published_on", self.tr("Date"), lambda r: date_text(r.published_on)),
            Column("kind", self.tr("Kind"), lambda r: code_label(r.kind)),
            Column("channel", self.tr("Channel")),
            Column("title", self.tr("Title")),
            Column("quantity", self.tr("Quantity"), lambda r: fmt_int(r.quantity), align=RIGHT),
            Column("minutes", self.tr("Minutes"), lambda r: fmt_decimal(r.minutes) if r.minutes else "", align=RIGHT),
            Column("link", self.tr("Link or reference"), sortable=False),
        ]
