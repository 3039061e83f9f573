"""Add or edit one placement: slogan, place and the shared fields, with its
problems listed live (errors stop the save; warnings are shown and accepted)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from vnhr_desktop.domain.banner_rules import PlacementDraft
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog, reserve_lines
from vnhr_desktop.ui.widgets.placement_fields import PlacementFields, problems_html


class PlacementDialog(EditorDialog):
    def __init__(self, database, plan_id: int | None, placement_id: int | None = None, parent=None):
        super().__init__(parent)
        from vnhr_desktop.services.banners import (
            agency_choices,
            get_placement,
            known_communes,
            known_places,
            plan_window,
        )
        from vnhr_desktop.services.slogans import slogan_choices

        self.database = database
        self.plan_id = plan_id
        self.placement_id = placement_id
        self.setWindowTitle(self.tr("Edit placement") if placement_id else self.tr("Add placement"))
        fit_dialog(self, 720)
        with database.Session() as session:
            draft = get_placement(session, placement_id) if placement_id else None
            self.track_record(session, "banner_placement", placement_id, draft.location if draft else "")
            if draft is not None:
                self.plan_id = draft.plan_id
            keep = [draft.slogan_id] if draft is not None and draft.slogan_id is not None else []
            slogans = slogan_choices(session, self.plan_id, include=keep)
            places = known_places(session)
            communes = known_communes(session)
            agencies = agency_choices(session)
            window = plan_window(session, self.plan_id)
        self._places = {p.location: p.commune for p in places}

        self.slogan = QComboBox(self)
        self.slogan.setObjectName("slogan")
        self.slogan.setMinimumContentsLength(50)
        self.slogan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for slogan_id, text in slogans:
            self.slogan.addItem(text, slogan_id)
            self.slogan.setItemData(self.slogan.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.location = QLineEdit(self)
        self.location.setObjectName("location")
        self.location.setPlaceholderText(self.tr("Address or landmark, e.g. Vòng xoay Ao Bà Om, Quốc lộ 53"))
        completer = QCompleter(sorted(self._places), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._place_chosen)
        self.location.setCompleter(completer)
        self.commune = QLineEdit(self)
        self.commune.setObjectName("commune")
        self.commune.setCompleter(QCompleter(communes, self))
        self.fields = PlacementFields(self)
        self.fields.set_agencies(agencies)
        self.fields.set_period(*window)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        reserve_lines(self.problems)

        form = QFormLayout()
        form.addRow(self.tr("Slogan"), self.slogan)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Commune/ward"), self.commune)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        if draft is not None:
            self.slogan.setCurrentIndex(max(self.slogan.findData(draft.slogan_id), 0))
            self.location.setText(draft.location)
            self.commune.setText(draft.commune)
            self.fields.set_values(draft)
        for signal in (
            self.slogan.currentIndexChanged,
            self.location.textChanged,
            self.commune.textChanged,
            self.fields.changed,
        ):
            signal.connect(lambda *_: self.recheck())
        self.recheck()

    def _place_chosen(self, location: str) -> None:
        if not self.commune.text() and self._places.get(location):
            self.commune.setText(self._places[location])

    def draft(self) -> PlacementDraft:
        return PlacementDraft(
            id=self.placement_id,
            plan_id=self.plan_id,
            slogan_id=self.slogan.currentData(),
            location=self.location.text(),
            commune=self.commune.text(),
            **self.fields.values(),
        )

    def recheck(self) -> list:
        from vnhr_desktop.services.banners import check

        with self.database.Session() as session:
            problems = self.fields.typing_problems() + check(session, self.draft())
        self.problems.setText(problems_html(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not any(p.is_error for p in problems))
        return problems

    def save(self) -> None:
        from vnhr_desktop.services.banners import save_placement

        try:
            with self.database.session() as session:
                self.claim_record(session)
                result = save_placement(session, self.draft())
        except UserError as exc:
            self.problems.setText(f'<span style="color:#b00020">✖ {escape(exc.message)}</span>')
            self.problems.show()
            return
        self.placement_id = result.ids[0]
        self.accept()
