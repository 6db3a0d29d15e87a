"""Search everywhere (Ctrl+K): a non-modal box listing hits across all content."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.content.models import Catalog
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.plain_text import plain_label
from outsource_desktop.i18n import translate
from outsource_desktop.reference.search import Hit, build_index, search

HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """Type to search; Enter or a double-click jumps to the hit (`chosen`) and closes."""

    chosen = Signal(object)  # the Hit

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SearchDialog", "Search everywhere"))
        self.setObjectName("searchDialog")
        self.index = build_index(catalog)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            translate(
                "SearchDialog", "Words to find in aspects, claims, services, roles, questions…"
            )
        )
        self.query.setClearButtonEnabled(True)
        label = QLabel(translate("SearchDialog", "&Find:"))
        label.setBuddy(self.query)
        describe(
            self.query,
            translate("SearchDialog", "Find"),
            translate("SearchDialog", "Words to find anywhere in the content"),
        )
        self.results = describe(
            QListWidget(),
            translate("SearchDialog", "Results"),
            translate("SearchDialog", "Where each match is; Enter or double-click jumps there"),
        )
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.status = plain_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(640, 480)
        self.query.textChanged.connect(self.run)
        self.query.returnPressed.connect(self.activate_current)
        self.results.itemActivated.connect(self._activated)

    def run(self, text: str) -> None:
        self.results.clear()
        hits = search(self.index, text)
        for hit in hits:
            # List items are plain text: content never becomes markup here.
            item = QListWidgetItem(f"{hit.entry.place}\n{hit.snippet}")
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        found = translate("SearchDialog", "{count} found").format(count=len(hits))
        self.status.setText(found if text.strip() else "")

    def hits(self) -> list[Hit]:
        return [self.results.item(row).data(HIT_ROLE) for row in range(self.results.count())]

    def activate_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up and Down move through the hits while typing goes on in the box.
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.query.hasFocus():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(HIT_ROLE))
        self.close()
