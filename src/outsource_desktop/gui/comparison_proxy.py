"""The proxy in front of the comparison: reader's options, sections kept together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from outsource_desktop.core.queries import ComparisonOptions, ComparisonRow
from outsource_desktop.gui.plain_text import plain_tooltip
from outsource_desktop.gui.table_models import (
    ITEM_ROLE,
    ComparisonEntry,
    ComparisonModel,
    SectionHeading,
)


class ComparisonProxy(QSortFilterProxyModel):
    """Shows the rows `ComparisonOptions` accepts, the same test the exports use.

    A section's heading stays while any of its rows shows, or while the section
    is collapsed (so it can be opened again). Sorting orders rows within their
    section and never moves a heading away from its rows.
    """

    def __init__(self) -> None:
        super().__init__()
        self._options = ComparisonOptions(model_ids=())
        # Source rows the options accept, worked out in one pass when first
        # asked for after a change, so filterAcceptsRow is a set look-up.
        self._accepted: frozenset[int] | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def options(self) -> ComparisonOptions:
        return self._options

    def set_options(self, options: ComparisonOptions) -> None:
        self.beginFilterChange()
        self._options = options
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, source_model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._forget_accepted)
        # Connected before the proxy re-filters on the source's modelReset.
        source_model.modelAboutToBeReset.connect(self._forget_accepted)
        self._accepted = None
        super().setSourceModel(source_model)

    def _forget_accepted(self) -> None:
        self._accepted = None

    def comparison_model(self) -> ComparisonModel:
        model = self.sourceModel()
        assert isinstance(model, ComparisonModel)
        return model

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._accepted is None:
            self._accepted = self._accepted_rows()
        return source_row in self._accepted

    def _accepted_rows(self) -> frozenset[int]:
        """Rows the options accept, with the heading of each section that keeps a row."""
        model = self.comparison_model()
        accepted: set[int] = set()
        heading: SectionHeading | None = None
        for row in range(model.rowCount()):
            entry = model.entry(row)
            if isinstance(entry, SectionHeading):
                heading = entry
                if entry.section.id in self._options.collapsed_sections:
                    accepted.add(row)
            elif self._options.accepts(entry):
                accepted.add(row)
                if heading is not None:
                    accepted.add(heading.order)
        return frozenset(accepted)

    def _sort_key(self, entry: ComparisonEntry) -> tuple[int, int]:
        if isinstance(entry, SectionHeading):
            return entry.order, 0
        return self.comparison_model().heading_row(entry.section.id), 1

    def lessThan(
        self,
        source_left: QModelIndex | QPersistentModelIndex,
        source_right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.comparison_model()
        left_key = self._sort_key(model.entry(source_left.row()))
        right_key = self._sort_key(model.entry(source_right.row()))
        if left_key != right_key:
            # Qt reverses lessThan for a descending sort; undo that for the
            # grouping so sections keep their order and headings stay on top.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (left_key > right_key) if descending else (left_key < right_key)
        left_text = str(source_left.data() or "").casefold()
        right_text = str(source_right.data() or "").casefold()
        return left_text < right_text

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().data(index, role)
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role in shown and index.column() == 0:
            entry = super().data(index, ITEM_ROLE)
            if isinstance(entry, SectionHeading):
                # The arrow tells whether a click opens or closes the section.
                collapsed = entry.section.id in self._options.collapsed_sections
                text = f"{'▸' if collapsed else '▾'} {entry.section.title}"
                return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
        return value

    def visible_rows(self) -> list[ComparisonRow]:
        """The comparison rows as the view shows them, in its order."""
        rows: list[ComparisonRow] = []
        for row in range(self.rowCount()):
            item = self.index(row, 0).data(ITEM_ROLE)
            if isinstance(item, ComparisonRow):
                rows.append(item)
        return rows
