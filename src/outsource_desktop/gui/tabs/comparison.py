"""The Comparison tab: aspects as rows grouped by section, chosen models as columns."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.document import Document
from outsource_desktop.documents.pages import aspect_document
from outsource_desktop.documents.views import comparison_document
from outsource_desktop.gui.accessibility import chain_focus, describe
from outsource_desktop.gui.models.comparison_proxy import ComparisonProxy
from outsource_desktop.gui.models.table_models import ITEM_ROLE, ComparisonModel, SectionHeading
from outsource_desktop.gui.tabs.tab import Tab
from outsource_desktop.gui.widgets.jump_menu import JumpMenu
from outsource_desktop.gui.widgets.master_detail import MasterDetailView
from outsource_desktop.i18n import translate
from outsource_desktop.reference.queries import ComparisonOptions, ComparisonRow, comparison_rows

NO_MODEL = ""


class ComparisonTab(Tab):
    has_rows = True
    has_filter = True

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        model_ids = tuple(model.id for model in catalog.models)
        self.source_model = ComparisonModel(catalog, comparison_rows(catalog, model_ids))
        self.proxy = ComparisonProxy()
        self.proxy.setSourceModel(self.source_model)
        self.proxy.set_options(ComparisonOptions(model_ids=model_ids))
        self.master_detail = MasterDetailView(
            self.proxy, self._describe, translate("ComparisonTab", "Comparison")
        )
        self.table = self.master_detail.table
        # Short values fit many rows on a screen: give the table most of the height,
        # leaving the pane below room for the selected row's explanations.
        self.master_detail.splitter.setStretchFactor(0, 7)
        self.master_detail.splitter.setStretchFactor(1, 3)
        self.master_detail.enable_sorting()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 180)
        self.table.clicked.connect(self._toggle_section_at)
        self.table.activated.connect(self._toggle_section_at)

        self.model_boxes = [QComboBox() for _ in range(3)]
        # Columns past the first two may be left empty: comparing two models is
        # as valid as three (and content with one model has only one to show).
        required = min(2, len(catalog.models))
        for position, box in enumerate(self.model_boxes):
            if position >= required:
                box.addItem("—", NO_MODEL)
            for model in catalog.models:
                box.addItem(model.short_name, model.id)
            box.setCurrentIndex(
                box.findData(model_ids[position] if position < len(model_ids) else NO_MODEL)
            )
            describe(
                box,
                translate("ComparisonTab", "Model in column {number}").format(number=position + 1),
                translate(
                    "ComparisonTab",
                    "Choose the model compared in this column; a repeat swaps places",
                ),
            )
            box.currentIndexChanged.connect(
                lambda _index, moved=position: self._model_chosen(moved)
            )
        self.differences_only = QCheckBox(translate("ComparisonTab", "Only &differences"))
        describe(
            self.differences_only,
            translate("ComparisonTab", "Only differences"),
            translate("ComparisonTab", "Hide rows where the chosen models say the same thing"),
        )
        self.differences_only.toggled.connect(self._apply_options)
        self.show_details = QCheckBox(translate("ComparisonTab", "&Show details"))
        describe(
            self.show_details,
            translate("ComparisonTab", "Show details"),
            translate(
                "ComparisonTab",
                "Add each value's explanation below it, in the table and in exports",
            ),
        )
        self.show_details.toggled.connect(self._details_toggled)
        self.section_jump = JumpMenu(
            translate("ComparisonTab", "Jump to section…"),
            [(section.title, section.id) for section in catalog.sections],
        )
        describe(
            self.section_jump,
            translate("ComparisonTab", "Jump to section"),
            translate("ComparisonTab", "Scroll the table to a section"),
        )
        self.section_jump.chosen.connect(self.jump_to_section)
        self.collapse_all = QToolButton()
        self.collapse_all.setText(translate("ComparisonTab", "Collapse all"))
        describe(
            self.collapse_all,
            translate("ComparisonTab", "Collapse all"),
            translate("ComparisonTab", "Fold every section to its heading"),
        )
        self.collapse_all.clicked.connect(
            lambda: self.set_collapsed({section.id for section in catalog.sections})
        )
        self.expand_all = QToolButton()
        self.expand_all.setText(translate("ComparisonTab", "Expand all"))
        describe(
            self.expand_all,
            translate("ComparisonTab", "Expand all"),
            translate("ComparisonTab", "Unfold every section"),
        )
        self.expand_all.clicked.connect(lambda: self.set_collapsed(set()))
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(
            translate("ComparisonTab", "Filter rows by any word in them (Ctrl+F)")
        )
        self.filter_box.setClearButtonEnabled(True)
        describe(
            self.filter_box,
            translate("ComparisonTab", "Filter"),
            translate("ComparisonTab", "Show only rows containing every word typed"),
        )
        self.filter_box.textChanged.connect(self._apply_options)

        compare_label = QLabel(translate("ComparisonTab", "Co&mpare:"))
        compare_label.setBuddy(self.model_boxes[0])
        filter_label = QLabel(translate("ComparisonTab", "F&ilter:"))
        filter_label.setBuddy(self.filter_box)
        choices = QHBoxLayout()
        choices.addWidget(compare_label)
        for box in self.model_boxes:
            choices.addWidget(box)
        choices.addSpacing(12)
        choices.addWidget(self.differences_only)
        choices.addWidget(self.show_details)
        choices.addStretch(1)
        choices.addWidget(self.section_jump)
        choices.addWidget(self.collapse_all)
        choices.addWidget(self.expand_all)
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(filters)
        layout.addWidget(self.master_detail, 1)
        chain_focus(
            *self.model_boxes,
            self.differences_only,
            self.show_details,
            self.section_jump,
            self.collapse_all,
            self.expand_all,
            self.filter_box,
            self.table,
            self.master_detail.detail,
        )
        # Section headings span the table; spans belong to view rows, so they
        # are laid again whenever the proxy's rows change: on a reset (another
        # choice of models) or a layout change (every filter, option or sort).
        self.proxy.modelReset.connect(self._lay_spans)
        self.proxy.layoutChanged.connect(self._lay_spans)
        self._lay_spans()

    # The reader's choices -------------------------------------------------------

    def chosen_models(self) -> tuple[str, ...]:
        chosen = (str(box.currentData()) for box in self.model_boxes)
        return tuple(model_id for model_id in chosen if model_id != NO_MODEL)

    def set_models(self, model_ids: tuple[str, ...]) -> None:
        for position, box in enumerate(self.model_boxes):
            wanted = model_ids[position] if position < len(model_ids) else NO_MODEL
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(wanted))
            box.blockSignals(False)
        self._models_changed()

    def preferences(self) -> tuple[tuple[str, ...], bool]:
        """What the window remembers: the models compared, and whether only differences show."""
        return self.chosen_models(), self.differences_only.isChecked()

    def set_preferences(self, model_ids: tuple[str, ...] | None, differences_only: bool) -> None:
        """Restore remembered choices; None keeps the content's own models."""
        if model_ids is not None:
            self.set_models(model_ids)
        self.differences_only.setChecked(differences_only)

    def _model_chosen(self, moved: int) -> None:
        """Keep the choice free of repeats: a model picked twice swaps places."""
        picked = self.model_boxes[moved].currentData()
        previous = self._shown_models()
        if picked != NO_MODEL and picked in previous:
            other = previous.index(picked)
            if other != moved and other < len(self.model_boxes):
                displaced: str | None = previous[moved]
                if self.model_boxes[other].findData(displaced) < 0:  # it may not be empty
                    displaced = self._unchosen_model()
                if displaced is None:
                    # Every model is shown already and the column it came from
                    # cannot be left empty: undo the choice instead.
                    self._set_box(moved, previous[moved])
                    return
                self._set_box(other, displaced)
        self._models_changed()

    def _set_box(self, position: int, model_id: str) -> None:
        box = self.model_boxes[position]
        box.blockSignals(True)
        box.setCurrentIndex(box.findData(model_id))
        box.blockSignals(False)

    def _unchosen_model(self) -> str | None:
        taken = {str(each.currentData()) for each in self.model_boxes}
        return next((model.id for model in self.catalog.models if model.id not in taken), None)

    def _shown_models(self) -> list[str]:
        return self.source_model.model_ids() + [NO_MODEL] * 3

    def _models_changed(self) -> None:
        model_ids = self.chosen_models()
        self.source_model.set_rows(self.catalog, comparison_rows(self.catalog, model_ids))
        self._apply_options()

    def options(self) -> ComparisonOptions:
        return dataclasses.replace(
            self.proxy.options,
            model_ids=self.chosen_models(),
            filter_text=self.filter_box.text(),
            differences_only=self.differences_only.isChecked(),
            details=self.show_details.isChecked(),
        )

    def _apply_options(self) -> None:
        self.proxy.set_options(self.options())

    def _details_toggled(self, shown: bool) -> None:
        self.source_model.set_details(shown)
        self._apply_options()

    def set_collapsed(self, section_ids: set[str]) -> None:
        self.proxy.set_options(
            dataclasses.replace(self.proxy.options, collapsed_sections=frozenset(section_ids))
        )

    def _toggle_section_at(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entry = index.data(ITEM_ROLE)
        if isinstance(entry, SectionHeading):
            collapsed = set(self.proxy.options.collapsed_sections)
            collapsed ^= {entry.section.id}
            self.set_collapsed(collapsed)

    def jump_to_section(self, section_id: str) -> None:
        collapsed = set(self.proxy.options.collapsed_sections) - {section_id}
        self.set_collapsed(collapsed)
        heading = self.source_model.heading_row(section_id)
        if heading is None:  # a section without aspects has no rows to show
            return
        source = self.source_model.index(heading, 0)
        target = self.proxy.mapFromSource(source)
        if target.isValid():
            self.table.scrollTo(target, QHeaderView.ScrollHint.PositionAtTop)

    # What the window and the search ask of the tab ----------------------------------

    def reveal(self, item_id: str) -> bool:
        """Show the aspect `item_id`: open its section, clear the filter or "only
        differences" if either hides it, then select it and scroll it into view."""
        source_row = self.source_model.aspect_row(item_id)
        if source_row < 0:
            return False
        entry = self.source_model.entry(source_row)
        assert isinstance(entry, ComparisonRow)
        self.set_collapsed(set(self.proxy.options.collapsed_sections) - {entry.section.id})
        source = self.source_model.index(source_row, 0)
        if not self.proxy.mapFromSource(source).isValid():
            self.filter_box.clear()
        if not self.proxy.mapFromSource(source).isValid():
            self.differences_only.setChecked(False)
        target = self.proxy.mapFromSource(source)
        if not target.isValid():
            return False
        self.master_detail.reveal_row(target.row())
        return True

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def copy_selection(self) -> bool:
        return self.master_detail.copy_selection()

    # Reading and printing -------------------------------------------------------

    def _describe(self, item: Any) -> Document | None:
        if isinstance(item, ComparisonRow):
            return aspect_document(self.catalog, item)
        return None

    def printable_document(self) -> Document:
        """The comparison as shown: chosen models, filter, differences, sort order."""
        return comparison_document(
            self.catalog, self.proxy.visible_rows(), self.options(), dt.date.today()
        )

    def _lay_spans(self, *_args: object) -> None:
        self.table.clearSpans()
        columns = self.proxy.columnCount()
        # Map the few headings rather than look at every row: O(sections), not O(rows).
        for source_row in self.source_model.heading_rows():
            row = self.proxy.mapFromSource(self.source_model.index(source_row, 0)).row()
            if row >= 0:
                self.table.setSpan(row, 0, 1, columns)
