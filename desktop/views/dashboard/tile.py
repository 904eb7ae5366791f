"""One dashboard tile: title, big count, up to five rows, and its severity in words as well as colour.

A tile behaves like a button: it takes the keyboard focus (Tab), and Enter, Space or a click open the page
behind it. A tile whose page the user may not open shows the same figures but opens nothing. A row about
one household or person is a link to their file (for those who may open client files).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.dashboard import Tile
from desktop.views.translations import translate

ROWS_SHOWN = 5

# Colour marks the edge of the tile; the word beside the title says the same for those who cannot see it.
SEVERITY_COLOURS = {"info": "#1565c0", "warning": "#e65100", "danger": "#c62828"}
SEVERITY_WORDS = {
    "info": "",
    "warning": QT_TRANSLATE_NOOP("dashboard", "Needs attention"),
    "danger": QT_TRANSLATE_NOOP("dashboard", "Urgent"),
}



RECORD_KINDS = ("household", "person")  # row targets that open a client file


class TileButton(QFrame):
    """`activated(key)` carries the navigation key of the page behind the tile; `record_activated(target)`
    a row's record ("household:12")."""

    activated = Signal(str)
    record_activated = Signal(str)

    def __init__(self, tile: Tile, linked: bool, page_title: str = "", parent: QWidget | None = None, *,
                 records_linked: bool = False) -> None:
        super().__init__(parent)
        self.tile = tile
        self.linked = linked and bool(tile.opens)
        severity = tile.severity if tile.severity in SEVERITY_COLOURS else "info"
        self.setObjectName("dashboardTile")
        self.setProperty("severity", severity)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # focusable even when not linked: Tab reads every tile
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # a row of tiles, one height
        colour = SEVERITY_COLOURS[severity]
        self.setStyleSheet(
            f"QFrame#dashboardTile {{ border: 1px solid palette(mid); border-left: 0.5em solid {colour};"
            " border-radius: 0.3em; background: palette(base); }"
            f"QFrame#dashboardTile:focus {{ border: 3px solid palette(highlight); border-left: 0.5em solid {colour}; }}"
            "QFrame#dashboardTile QLabel { border: none; background: transparent; }"
        )
        if self.linked:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(translate("dashboard", "Open {page} (Enter)").format(page=page_title or tile.opens))

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = QLabel(tile.title)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        header.addWidget(self.title_label, 1)
        self.severity_label = QLabel(translate("dashboard",
                SEVERITY_WORDS[severity]) if SEVERITY_WORDS[severity] else "")
        self.severity_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.severity_label.setVisible(bool(self.severity_label.text()))
        header.addWidget(self.severity_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        self.count_label = QLabel(str(tile.count))
        big = self.count_label.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)  # relative to the user's font: scales with it
        big.setBold(True)
        self.count_label.setFont(big)
        layout.addWidget(self.count_label)

        self.row_labels: list[QLabel] = []
        for row in tile.rows[:ROWS_SHOWN]:
            text = f"{row.text} — {row.detail}" if row.detail else row.text
            label = QLabel(text)
            if records_linked and row.target.split(":", 1)[0] in RECORD_KINDS:
                label.setText(f'<a href="{escape(row.target)}">{escape(row.text)}</a>'
                              + (f" — {escape(row.detail)}" if row.detail else ""))
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
                label.setToolTip(translate("dashboard", "Open the file"))
                label.linkActivated.connect(self.record_activated)
            label.setWordWrap(True)
            self.row_labels.append(label)
            layout.addWidget(label)
        self.more_label = QLabel(translate("dashboard", "…more in the list behind this tile") if self.linked
                                 else translate("dashboard", "…and more"))
        self.more_label.setVisible(len(tile.rows) > ROWS_SHOWN)
        layout.addWidget(self.more_label)
        layout.addStretch(1)

        description = "; ".join(self._row_texts())
        self.setAccessibleName(f"{tile.title}: {tile.count}"
                               + (f" ({self.severity_label.text()})" if self.severity_label.text() else ""))
        self.setAccessibleDescription(description)

    def _row_texts(self) -> list[str]:
        return [f"{row.text} — {row.detail}" if row.detail else row.text for row in self.tile.rows[:ROWS_SHOWN]]

    def activate(self) -> None:
        if self.linked:
            self.activated.emit(self.tile.opens)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.linked:
            event.accept()
            self.activate()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            event.accept()
            self.activate()
            return
        super().mouseReleaseEvent(event)
