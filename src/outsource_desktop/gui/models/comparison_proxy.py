"""The proxy in front of the comparison: reader's options, sections kept together.

Not a QSortFilterProxyModel: that asks Python whether to keep each row, one
call from C++ per row (10,000 per keystroke on a large catalogue), and then
reports the change as many row removals and insertions. This proxy works out
the rows to show in Python, in a few passes over precomputed lists, holds them
as a list of source rows, and tells the view in one layout change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from outsource_desktop.gui.models.table_models import (
    COMPARISON_ROLES,
    ComparisonModel,
    SectionHeading,
)
from outsource_desktop.gui.plain_text import plain_tooltip
from outsource_desktop.reference.queries import ComparisonOptions, ComparisonRow
from outsource_desktop.reference.text_filter import TextFilter

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class _Rows:
    """What the proxy needs to know of the source's rows, worked out once per reset.

    The comparison rows (not headings) are numbered 0.. in source order;
    `source_rows[n]` is the source row of comparison row n and `headings[n]`
    the source row of its section's heading.
    """

    def __init__(self, model: ComparisonModel) -> None:
        self.entries = model.entries()
        self.source_rows: list[int] = []
        self.headings: list[int] = []
        self.section_headings: dict[str, int] = {}
        # Sort keys that keep sections in order and each heading on top.
        self.groups: list[tuple[int, int]] = []
        heading = -1
        for source_row, entry in enumerate(self.entries):
            if isinstance(entry, SectionHeading):
                heading = source_row
                self.section_headings[entry.section.id] = source_row
                self.groups.append((source_row, 0))
            else:
                self.source_rows.append(source_row)
                self.headings.append(heading)
                self.groups.append((heading, 1))
        self.rows = [entry for entry in self.entries if isinstance(entry, ComparisonRow)]
        # Built now rather than on the first keystroke, which would wait for it.
        self.texts = TextFilter([row.searchable_text for row in self.rows])
        self._differs: list[bool] | None = None

    def differs(self) -> list[bool]:
        """Whether each comparison row's models disagree, worked out when first asked."""
        if self._differs is None:
            self._differs = [row.differs for row in self.rows]
        return self._differs


class ComparisonProxy(QAbstractTableModel):
    """Shows the rows `ComparisonOptions` accepts, the same test the exports use.

    A section's heading stays while any of its rows shows, or while the section
    is collapsed (so it can be opened again). Sorting orders rows within their
    section and never moves a heading away from its rows. The source model
    changes only by resets (another choice of models).
    """

    def __init__(self) -> None:
        super().__init__()
        self._source: ComparisonModel | None = None
        self._options = ComparisonOptions(model_ids=())
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._known: _Rows | None = None
        # Every source row in sort order (None: content order, the usual case,
        # where the rows shown stay ascending and are found by bisection), and
        # the source rows shown, in view order.
        self._order: list[int] | None = None
        self._shown: list[int] = []
        self._view_rows: dict[int, int] | None = None

    # The source ----------------------------------------------------------------

    def sourceModel(self) -> ComparisonModel | None:
        return self._source

    def comparison_model(self) -> ComparisonModel:
        assert self._source is not None
        return self._source

    def setSourceModel(self, source_model: ComparisonModel) -> None:
        self.beginResetModel()
        if self._source is not None:
            self._source.modelAboutToBeReset.disconnect(self.beginResetModel)
            self._source.modelReset.disconnect(self._source_reset)
        self._source = source_model
        source_model.modelAboutToBeReset.connect(self.beginResetModel)
        source_model.modelReset.connect(self._source_reset)
        self._rebuild()
        self.endResetModel()

    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self._known = _Rows(self.comparison_model())
        self._order = self._sorted_rows()
        self._set_shown(self._accepted_rows())

    # The reader's options --------------------------------------------------------

    @property
    def options(self) -> ComparisonOptions:
        return self._options

    def set_options(self, options: ComparisonOptions) -> None:
        self._options = options
        if self._known is not None:
            self._change_layout(self._order, self._accepted_rows())

    def _accepted_rows(self) -> set[int]:
        """Source rows the options accept, with the heading of each section that keeps a row.

        The same rules as `ComparisonOptions.accepts`, applied to all rows at once.
        """
        known = self._known
        assert known is not None
        options = self._options
        found: Sequence[int] = known.texts.positions(options.filter_terms)
        if options.differences_only:
            differs = known.differs()
            found = [n for n in found if differs[n]]
        collapsed = {
            known.section_headings[section]
            for section in options.collapsed_sections
            if section in known.section_headings
        }
        headings = known.headings
        if collapsed:
            found = [n for n in found if headings[n] not in collapsed]
        source_rows = known.source_rows
        accepted = {source_rows[n] for n in found}
        accepted.update({headings[n] for n in found})
        accepted.update(collapsed)
        return accepted

    # Sorting -----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        if self._known is not None:
            self._change_layout(self._sorted_rows(), set(self._shown))

    def _sorted_rows(self) -> list[int] | None:
        """Every source row, sorted by the sort column's text within its section."""
        model = self.comparison_model()
        known = self._known
        assert known is not None
        if not 0 <= self._sort_column < model.columnCount():
            return None
        rows = list(range(len(known.entries)))
        column = self._sort_column
        texts = [model.text(row, column).casefold() for row in rows]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # Both sorts are stable: equal texts keep content order, and the second
        # sort regroups the rows by section with each heading first.
        rows.sort(key=texts.__getitem__, reverse=descending)
        rows.sort(key=known.groups.__getitem__)
        return rows

    # Changing the rows shown ---------------------------------------------------------

    def _set_shown(self, accepted: set[int]) -> None:
        if self._order is None:
            self._shown = sorted(accepted)
        else:
            self._shown = [row for row in self._order if row in accepted]
        self._view_rows = None

    def _change_layout(self, order: list[int] | None, accepted: set[int]) -> None:
        """Show `accepted` in `order`, as one layout change the view lays out once.

        Persistent indexes (the selection, the current row, sizes the header
        keeps) follow their source rows, or become invalid if those are hidden.
        """
        self.layoutAboutToBeChanged.emit()
        old_shown = self._shown
        self._order = order
        self._set_shown(accepted)
        persistent = self.persistentIndexList()
        if persistent:
            moved = []
            for index in persistent:
                old = index.row()
                row = self._view_row(old_shown[old]) if 0 <= old < len(old_shown) else -1
                moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _view_row(self, source_row: int) -> int:
        """The view row showing `source_row`, or -1 if it is hidden."""
        shown = self._shown
        if self._order is None:
            row = bisect_left(shown, source_row)
            return row if row < len(shown) and shown[row] == source_row else -1
        if self._view_rows is None:
            self._view_rows = {source: view for view, source in enumerate(shown)}
        return self._view_rows.get(source_row, -1)

    # Mapping between the proxy and its source ----------------------------------------

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid():
            return QModelIndex()
        return self.comparison_model().index(self._shown[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._view_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    # The model -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return self._source.columnCount()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self._source
        if model is None or role not in COMPARISON_ROLES:
            return None
        # An invalid index has row and column -1: the range checks turn it away.
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._shown) and 0 <= column < model.columnCount()):
            return None
        source_row = self._shown[row]
        if column == 0 and role in (_DISPLAY, _TOOLTIP):
            entry = model.entry(source_row)
            if isinstance(entry, SectionHeading):
                # The arrow tells whether a click opens or closes the section.
                collapsed = entry.section.id in self._options.collapsed_sections
                text = f"{'▸' if collapsed else '▾'} {entry.section.title}"
                return text if role == _DISPLAY else plain_tooltip(text)
        return model.cell_data(source_row, column, role)

    def visible_rows(self) -> list[ComparisonRow]:
        """The comparison rows as the view shows them, in its order."""
        known = self._known
        if known is None:
            return []
        entries = known.entries
        return [entry for row in self._shown if isinstance(entry := entries[row], ComparisonRow)]
