"""Tabs listing records of one kind per model: service types and careers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from outsource_desktop.core.document import Document
from outsource_desktop.core.models import Catalog
from outsource_desktop.gui.master_detail import MasterDetailView, RowFilterProxy
from outsource_desktop.gui.model_choice import ALL_MODELS, ModelChoice
from outsource_desktop.gui.table_models import Column, RecordTableModel


class BelongsToModel(Protocol):
    @property
    def model(self) -> str: ...


class RecordsTab(QWidget):
    """A model chooser, a filter box and a master-detail table of records."""

    def __init__(
        self,
        catalog: Catalog,
        columns: Sequence[Column[Any]],
        records: Sequence[BelongsToModel],
        describe: Callable[[Any], Document | None],
        filter_placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source_model: RecordTableModel[Any] = RecordTableModel(columns, records)
        self.proxy = RowFilterProxy()
        self.proxy.setSourceModel(self.source_model)
        self.master_detail = MasterDetailView(self.proxy, describe)
        self.model_choice = ModelChoice(catalog)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(filter_placeholder)
        self.filter_box.setClearButtonEnabled(True)
        model_label = QLabel("&Model:")
        model_label.setBuddy(self.model_choice)
        filter_label = QLabel("F&ilter:")
        filter_label.setBuddy(self.filter_box)
        # Kept so a tab can add its own controls to the row (the career explorer's toggle).
        self.controls = controls = QHBoxLayout()
        controls.addWidget(model_label)
        controls.addWidget(self.model_choice)
        controls.addSpacing(12)
        controls.addWidget(filter_label)
        controls.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.master_detail, 1)
        self.model_choice.currentIndexChanged.connect(self._model_chosen)
        self.filter_box.textChanged.connect(self.proxy.set_filter_text)

    def _model_chosen(self) -> None:
        chosen = self.model_choice.chosen_model()
        if chosen == ALL_MODELS:
            self.proxy.set_item_filter(None)
        else:
            self.proxy.set_item_filter(lambda record: record.model == chosen)
