"""Guards against Qt binding releases that break the app in ways no other test
would show quickly (see the PySide6 pin in pyproject.toml)."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.DisplayRole):
        return None


def test_model_returning_none_keeps_none_alive(qapp):
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(5000):
        index.data(Qt.ToolTipRole)
    assert before - sys.getrefcount(None) < 50
