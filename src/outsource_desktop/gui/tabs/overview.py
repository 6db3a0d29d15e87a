"""The Overview tab: what each model is, how they relate, key differences."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.pages import overview_anchor, overview_document
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.reference.queries import comparison_rows


class OverviewTab(Tab):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.view = describe(DocumentView(), "Overview", "What each model is and how they differ")
        model_ids = [model.id for model in catalog.models]
        self.document = overview_document(catalog, comparison_rows(catalog, model_ids))
        self.view.show_document(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def printable_document(self) -> Document:
        return self.document

    def reveal(self, item_id: str) -> bool:
        """Scroll to the model, relation, step or guidance point `item_id` and select its text."""
        anchor = overview_anchor(self.catalog, item_id)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        return anchor is not None and self.view.find(anchor)
