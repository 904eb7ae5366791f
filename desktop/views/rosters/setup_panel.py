"""Posts with their requirements, skill/credential types, weekly templates and generating shifts from them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rosters import QualificationKind
from desktop.services.rosters import posts, register, shifts
from desktop.services.rosters.common import time_range, weekday_name
from desktop.services.rosters.posts import PostInfo
from desktop.services.rosters.shifts import TemplateInfo
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.rosters.support import Failed, call, to_date, to_qdate, to_time

Index = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel):
    """A short read-only list: rows of already formatted cells."""

    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__()
        self.headers = headers
        self.cells: list[tuple[str, ...]] = []
        self.ids: list[int] = []

    def set_rows(self, ids: list[int], cells: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.ids, self.cells = ids, cells
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class PostDialog(BaseDialog):
    def __init__(self, context: PageContext, post: PostInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.post = context, post
        self.setWindowTitle(self.tr("Post"))
        form = QFormLayout(self)
        self.name = QLineEdit(post.name if post else "")
        self.description = QLineEdit(post.description if post else "")
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        box = QGroupBox(self.tr("Requires"))
        box_layout = QVBoxLayout(box)
        self.requirements: list[tuple[int, QCheckBox]] = []
        for info in call(context, self, lambda uow: register.list_qualifications(uow), write=False):
            check = QCheckBox(info.name)
            check.setChecked(bool(post and info.id in post.requirement_ids))
            box_layout.addWidget(check)
            self.requirements.append((info.id, check))
        form.addRow(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        ids = [qid for qid, check in self.requirements if check.isChecked()]
        name, description, actor = self.name.text(), self.description.text(), self.context.actor
        try:
            if self.post is None:
                call(self.context, self, lambda uow: posts.create_post(uow, actor, name, description=description,
                                                                       requirement_ids=ids))
            else:
                post_id = self.post.id
                call(self.context, self, lambda uow: posts.update_post(uow, actor, post_id, name,
                                                                       description=description, requirement_ids=ids))
        except Failed:
            return
        self.accept()


class TemplateDialog(BaseDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Weekly template"))
        form = QFormLayout(self)
        self.post = QComboBox()
        for info in call(context, self, lambda uow: posts.list_posts(uow), write=False):
            self.post.addItem(info.name, info.id)
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(weekday_name(day), day)
        self.start, self.end = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(13, 0))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.needed = QSpinBox()
        self.needed.setRange(1, 100)
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.tr("&Every:"), self.weekday)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("E&nds:"), self.end)
        form.addRow(self.tr("People &needed:"), self.needed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        if self.post.currentData() is None:
            messages.warn(self, self.tr("Add a post first."))
            return
        try:
            call(self.context, self, lambda uow: shifts.create_template(
                uow, self.context.actor, post_id=int(self.post.currentData()), weekday=int(self.weekday.currentData()),
                start_time=to_time(self.start.time()), end_time=to_time(self.end.time()), needed=self.needed.value()))
        except Failed:
            return
        self.accept()


class GenerateDialog(BaseDialog):
    def __init__(self, context: PageContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.outcome: shifts.GenerateResult | None = None
        self.setWindowTitle(self.tr("Create shifts from the templates"))
        form = QFormLayout(self)
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.start, self.end = QDateEdit(to_qdate(first)), QDateEdit(to_qdate(last))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.skip = QCheckBox(self.tr("Leave out public holidays"))
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow("", self.skip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.generate)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def generate(self) -> None:
        start, end, skip = to_date(self.start.date()), to_date(self.end.date()), self.skip.isChecked()
        try:
            self.outcome = call(self.context, self, lambda uow: shifts.generate_shifts(
                uow, self.context.actor, start, end, skip_holidays=skip))
        except Failed:
            return
        result = self.outcome
        text = self.tr("%n shifts created.", "", result.created)
        if result.already_there:
            text += " " + self.tr("%n already existed and were left as they were.", "", result.already_there)
        hint = ""
        if result.holidays:
            days = ", ".join(f"{d.isoformat()} {name}" for d, name in result.holidays)
            hint = (self.tr("Public holidays left out: {days}") if skip
                    else self.tr("Check these public holidays: {days}")).format(days=days)
        messages.info(self, text, hint)
        self.accept()


class SetupPanel(QWidget):
    def __init__(self, context: PageContext, today: date | None = None) -> None:
        super().__init__()
        self.context, self.today = context, today or date.today()
        layout = QHBoxLayout(self)
        self.posts_model = _ListModel((self.tr("Post"), self.tr("Requires")))
        self.templates_model = _ListModel((self.tr("Day"), self.tr("Time"), self.tr("Post"), self.tr("People")))
        self.posts_table = self._table(self.posts_model, self.tr("Posts"))
        self.templates_table = self._table(self.templates_model, self.tr("Weekly templates"))
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.posts_table, 1)
        row = QHBoxLayout()
        self.new_post = QPushButton(self.tr("New &post…"))
        self.edit_post = QPushButton(self.tr("&Edit post…"))
        self.new_qualification = QPushButton(self.tr("New s&kill or credential…"))
        for button in (self.new_post, self.edit_post, self.new_qualification):
            row.addWidget(button)
        left.addLayout(row)
        right.addWidget(self.templates_table, 1)
        row = QHBoxLayout()
        self.new_template = QPushButton(self.tr("New &template…"))
        self.stop_template = QPushButton(self.tr("&Stop template"))
        self.generate_button = QPushButton(self.tr("&Create shifts…"))
        for button in (self.new_template, self.stop_template, self.generate_button):
            row.addWidget(button)
        right.addLayout(row)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.new_post.clicked.connect(lambda: self._post_dialog(None))
        self.edit_post.clicked.connect(self._edit_post)
        self.posts_table.activated.connect(self._edit_post)
        self.new_qualification.clicked.connect(self._new_qualification)
        self.new_template.clicked.connect(self._new_template)
        self.stop_template.clicked.connect(self._stop_template)
        self.generate_button.clicked.connect(self._generate)
        self.reload()

    def _table(self, model: _ListModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def reload(self) -> None:
        try:
            self.posts = call(self.context, self, lambda uow: posts.list_posts(uow), write=False)
            templates: list[TemplateInfo] = call(self.context, self, lambda uow: shifts.list_templates(uow),
                                                 write=False)
        except Failed:
            return
        self.posts_model.set_rows([p.id for p in self.posts],
                                  [(p.name, ", ".join(p.requirement_names)) for p in self.posts])
        self.templates_model.set_rows([t.id for t in templates], [
            (weekday_name(t.weekday), time_range(t.start_time, t.end_time), t.post_name, str(t.needed))
            for t in templates])

    def _post_dialog(self, post: PostInfo | None) -> None:
        if PostDialog(self.context, post, self).exec():
            self.reload()

    def _edit_post(self) -> None:
        row = self.posts_table.currentIndex().row()
        if 0 <= row < len(self.posts):
            self._post_dialog(self.posts[row])

    def _new_qualification(self) -> None:
        kinds = [self.tr("Credential (expires)"), self.tr("Skill")]
        name, ok = QInputDialog.getText(self, self.tr("New skill or credential"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        kind, ok = QInputDialog.getItem(self, self.tr("New skill or credential"), self.tr("Type:"), kinds, 0, False)
        if not ok:
            return
        chosen = QualificationKind.CREDENTIAL if kind == kinds[0] else QualificationKind.SKILL
        try:
            call(self.context, self, lambda uow: register.create_qualification(uow, self.context.actor, name, chosen))
        except Failed:
            return

    def _new_template(self) -> None:
        if TemplateDialog(self.context, self).exec():
            self.reload()

    def _stop_template(self) -> None:
        row = self.templates_table.currentIndex().row()
        if not 0 <= row < len(self.templates_model.ids):
            return
        template_id = self.templates_model.ids[row]
        if not messages.confirm(self, self.tr("Stop using this template? Shifts already created stay.")):
            return
        try:
            call(self.context, self, lambda uow: shifts.set_template_active(uow, self.context.actor, template_id,
                                                                            False))
        except Failed:
            return
        self.reload()

    def _generate(self) -> None:
        GenerateDialog(self.context, self.today, self).exec()
