"""Tabs listing records of one kind per model: service types and careers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.tables import TableColumn
from outsource_desktop.documents.views import RecordOptions
from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.models.table_models import ITEM_ROLE, RecordTableModel
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.master_detail import MasterDetailView, RowFilterProxy
from outsource_desktop.gui.widgets.model_choice import ALL_MODELS, ModelChoice
from outsource_desktop.i18n import translate


class Record(Protocol):
    """A service type, a role or a glossary term: anything with a content id."""

    @property
    def id(self) -> str: ...


def of_model(record: Any, model_id: str) -> bool:
    """Whether a record (a service type or role) is of the model chosen."""
    return bool(record.model == model_id)


class RecordsTab(Tab):
    """A model chooser, a filter box and a master-detail table of records."""

    has_rows = True
    has_filter = True

    def __init__(
        self,
        catalog: Catalog,
        columns: Sequence[TableColumn[Any]],
        records: Sequence[Record],
        describe_item: Callable[[Any], Document | None],
        print_view: Callable[[list[Any], RecordOptions], Document],
        filter_placeholder: str,
        table_name: str,
        parent: QWidget | None = None,
        *,
        in_model: Callable[[Any, str], bool] = of_model,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._print_view = print_view
        self._in_model = in_model
        self.source_model: RecordTableModel[Any] = RecordTableModel(columns, records)
        self.proxy = RowFilterProxy()
        self.proxy.setSourceModel(self.source_model)
        self.master_detail = MasterDetailView(self.proxy, describe_item, table_name)
        self.master_detail.enable_sorting()
        # A model's short name needs little room: the rest goes to the wordier columns.
        header = self.master_detail.table.horizontalHeader()
        for index, column in enumerate(columns):
            if column.narrow:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        self.model_choice = ModelChoice(catalog)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(filter_placeholder)
        self.filter_box.setClearButtonEnabled(True)
        describe(
            self.filter_box,
            translate("RecordsTab", "Filter"),
            translate("RecordsTab", "Show only rows containing every word typed"),
        )
        describe(
            self.model_choice,
            translate("RecordsTab", "Model"),
            translate("RecordsTab", "Show one outsourcing model's rows, or all"),
        )
        model_label = QLabel(translate("RecordsTab", "&Model:"))
        model_label.setBuddy(self.model_choice)
        filter_label = QLabel(translate("RecordsTab", "F&ilter:"))
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
        chain_focus(
            self.model_choice, self.filter_box, self.master_detail.table, self.master_detail.detail
        )

    def options(self) -> RecordOptions:
        chosen = self.model_choice.chosen_model()
        model_ids = (
            tuple(model.id for model in self._catalog.models) if chosen == ALL_MODELS else (chosen,)
        )
        return RecordOptions(model_ids=model_ids, filter_text=self.filter_box.text())

    def visible_records(self) -> list[Any]:
        return [self.proxy.index(row, 0).data(ITEM_ROLE) for row in range(self.proxy.rowCount())]

    def printable_document(self) -> Document:
        """The table as shown: chosen model, filter and sort order."""
        return self._print_view(self.visible_records(), self.options())

    def reveal(self, item_id: str) -> bool:
        """Select the record `item_id`, showing all models and no filter if those hide it."""
        if self._select(item_id):
            return True
        self.model_choice.setCurrentIndex(self.model_choice.findData(ALL_MODELS))
        self.filter_box.clear()
        return self._select(item_id)

    def _select(self, record_id: str) -> bool:
        return self.master_detail.select_first(
            lambda record: record is not None and record.id == record_id
        )

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def copy_selection(self) -> bool:
        return self.master_detail.copy_selection()

    def _model_chosen(self) -> None:
        chosen = self.model_choice.chosen_model()
        if chosen == ALL_MODELS:
            self.proxy.set_item_filter(None)
        else:
            self.proxy.set_item_filter(lambda record: self._in_model(record, chosen))
