"""Add many placements at once: every ticked slogan at every ticked or typed
place (one slogan at many places, many slogans at one place, or both), with
the shared fields filled once. The batch is checked as a whole before saving:
any error stops it, warnings are listed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from vnhr_desktop.domain.banner_rules import PlacementDraft
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.placement_fields import PlacementFields

PLACE_SEPARATOR = "|"


def checklist(parent, items, checked=()) -> QListWidget:
    """A list of checkable (label, data) items."""
    widget = QListWidget(parent)
    chosen = set(checked)
    for label, data in items:
        item = QListWidgetItem(label, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setToolTip(label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
    return widget


def checked_data(widget: QListWidget) -> list:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_all(widget: QListWidget, state: bool) -> None:
    for i in range(widget.count()):
        widget.item(i).setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class BulkPlacementDialog(QDialog):
    def __init__(self, database, plan_id: int | None, slogan_ids=(), places=(), parent=None):
        super().__init__(parent)
        from vnhr_desktop.services.banners import agency_choices, known_places, plan_window
        from vnhr_desktop.services.slogans import slogan_choices

        self.database = database
        self.plan_id = plan_id
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Add placements in bulk"))
        fit_dialog(self, 1060, 720, scroll=False)  # its table shrinks to fit the screen; nothing to scroll
        with database.Session() as session:
            slogans = slogan_choices(session, plan_id)
            known = known_places(session)
            agencies = agency_choices(session)
            window = plan_window(session, plan_id)
        self.slogans = checklist(self, [(text, sid) for sid, text in slogans], slogan_ids)
        self.slogans.setObjectName("slogans")
        self.places = checklist(
            self,
            [(self._place_label(p), (p.location, p.commune)) for p in known],
            [(p.location, p.commune) for p in places],
        )
        self.places.setObjectName("places")
        self.new_places = QPlainTextEdit(self)
        self.new_places.setObjectName("newPlaces")
        self.new_places.setPlaceholderText(
            self.tr("New places, one per line; the commune after a bar:\nChợ Trà Vinh | Phường 3")
        )
        self.new_places.setMaximumHeight(90)
        self.fields = PlacementFields(self)
        self.fields.set_agencies(agencies)
        self.fields.set_period(*window)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        slogan_box = QGroupBox(self.tr("Slogans"), self)
        slogan_layout = QVBoxLayout(slogan_box)
        slogan_layout.addWidget(self.slogans)
        slogan_layout.addLayout(self._all_none(self.slogans))
        place_box = QGroupBox(self.tr("Places"), self)
        place_layout = QVBoxLayout(place_box)
        place_layout.addWidget(self.places)
        place_layout.addLayout(self._all_none(self.places))
        place_layout.addWidget(self.new_places)
        top = QHBoxLayout()
        top.addWidget(slogan_box, 3)
        top.addWidget(place_box, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(self.fields)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.recheck)
        for signal in (
            self.slogans.itemChanged,
            self.places.itemChanged,
            self.new_places.textChanged,
            self.fields.changed,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.recheck()

    def _place_label(self, place) -> str:
        return f"{place.location} ({place.commune})" if place.commune else place.location

    def _all_none(self, widget: QListWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        every = QPushButton(self.tr("Tick all"), self)
        every.clicked.connect(lambda: set_all(widget, True))
        none = QPushButton(self.tr("Untick all"), self)
        none.clicked.connect(lambda: set_all(widget, False))
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        return row

    def chosen_places(self) -> list:
        from vnhr_desktop.services.banners import Place

        out = [Place(loc, commune) for loc, commune in checked_data(self.places)]
        for line in self.new_places.toPlainText().split("\n"):
            location, _, commune = line.partition(PLACE_SEPARATOR)
            if clean_line(location):
                out.append(Place(clean_line(location), clean_line(commune)))
        return out

    def drafts(self) -> list[PlacementDraft]:
        from vnhr_desktop.services.banners import bulk_drafts

        template = PlacementDraft(slogan_id=None, location="", plan_id=self.plan_id, **self.fields.values())
        return bulk_drafts(template, checked_data(self.slogans), self.chosen_places())

    def recheck(self) -> None:
        from vnhr_desktop.services.banners import preview_bulk

        slogans, places = len(checked_data(self.slogans)), len(self.chosen_places())
        drafts = self.drafts()
        with self.database.Session() as session:
            problems = preview_bulk(session, drafts)
        lines = [
            self.tr("%1 placements will be added (%2 slogans × %3 places).")
            .replace("%1", str(len(drafts)))
            .replace("%2", str(slogans))
            .replace("%3", str(places))
        ]
        errors = 0
        for p in self.fields.typing_problems():
            errors += 1
            lines.append(f'<span style="color:#b00020">✖ {escape(p.message)}</span>')
        for draft, found in zip(drafts, problems, strict=False):
            for p in found:
                errors += p.is_error
                colour = "#b00020" if p.is_error else "#8a5a00"
                lines.append(
                    f'<span style="color:{colour}">{"✖" if p.is_error else "⚠"} '
                    f"{escape(draft.location)}: {escape(p.message)}</span>"
                )
        if len(lines) > 9:
            lines = lines[:9] + [self.tr("… and %1 more").replace("%1", str(len(lines) - 9))]
        self.summary.setText("<br/>".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(drafts) and not errors)

    def save(self) -> None:
        from vnhr_desktop.services.banners import bulk_add

        try:
            with self.database.session() as session:
                result = bulk_add(session, self.drafts())
        except UserError as exc:
            self.summary.setText(f'<span style="color:#b00020">✖ {escape(exc.message)}</span>')
            return
        self.added = result.ids
        self.accept()
