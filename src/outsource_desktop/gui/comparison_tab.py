"""The Comparison tab: aspects as rows grouped by section, models as columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from outsource_desktop.core.document import Document
from outsource_desktop.core.models import Catalog
from outsource_desktop.core.pages import aspect_document
from outsource_desktop.core.queries import ComparisonRow, comparison_rows
from outsource_desktop.gui.master_detail import MasterDetailView, RowFilterProxy
from outsource_desktop.gui.table_models import ITEM_ROLE, ComparisonModel, SectionHeading


class ComparisonProxy(RowFilterProxy):
    """Filters aspect rows; keeps a section's heading while any of its rows shows."""

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ComparisonModel)
        entry = model.entry(source_row)
        if not isinstance(entry, SectionHeading):
            return super().filterAcceptsRow(source_row, source_parent)
        row = source_row + 1
        while row < model.rowCount() and not isinstance(model.entry(row), SectionHeading):
            if super().filterAcceptsRow(row, source_parent):
                return True
            row += 1
        return False


class ComparisonTab(QWidget):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.model_ids = [model.id for model in catalog.models]
        self.source_model = ComparisonModel(catalog, comparison_rows(catalog, self.model_ids))
        self.proxy = ComparisonProxy()
        self.proxy.setSourceModel(self.source_model)
        self.master_detail = MasterDetailView(self.proxy, self._describe)
        self.table = self.master_detail.table
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 170)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("Filter rows by any word in them")
        self.filter_box.setClearButtonEnabled(True)
        filter_label = QLabel("F&ilter:")
        filter_label.setBuddy(self.filter_box)
        controls = QHBoxLayout()
        controls.addWidget(filter_label)
        controls.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.master_detail, 1)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)
        # Section headings span the table; spans are per view row, so they are
        # laid again whenever the proxy's rows change.
        self.proxy.modelReset.connect(self._lay_spans)
        self.proxy.layoutChanged.connect(self._lay_spans)
        self.proxy.rowsInserted.connect(self._lay_spans)
        self.proxy.rowsRemoved.connect(self._lay_spans)
        self._lay_spans()

    def _describe(self, item: Any) -> Document | None:
        if isinstance(item, ComparisonRow):
            return aspect_document(self.catalog, item)
        return None

    def _lay_spans(self, *_args: QModelIndex | QPersistentModelIndex | int) -> None:
        self.table.clearSpans()
        columns = self.proxy.columnCount()
        for row in range(self.proxy.rowCount()):
            if isinstance(self.proxy.index(row, 0).data(ITEM_ROLE), SectionHeading):
                self.table.setSpan(row, 0, 1, columns)
