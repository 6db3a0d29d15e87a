"""A table with a detail pane below it: select a row, read all of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from outsource_desktop.documents.document import Document
from outsource_desktop.export.formats import spreadsheet_cell
from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.models.table_models import ITEM_ROLE, SEARCH_ROLE
from outsource_desktop.gui.widgets.document_view import DocumentView
from outsource_desktop.gui.widgets.layouts import fill_with_split
from outsource_desktop.i18n import translate
from outsource_desktop.reference.matching import matches

# Scroll-and-fit rounds before a revealed row is in full view; each fits the
# rows in view, so the second almost always settles it.
MAX_REVEAL_PASSES = 4


class RowFilterProxy(QSortFilterProxyModel):
    """Filters on the whole row's text (every word must appear), sorts as displayed."""

    def __init__(self) -> None:
        super().__init__()
        self.setFilterRole(SEARCH_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._query = ""
        self._item_filter: Callable[[Any], bool] | None = None

    def set_item_filter(self, item_filter: Callable[[Any], bool] | None) -> None:
        """Keep only rows whose item passes `item_filter` (None keeps all)."""
        self.beginFilterChange()
        self._item_filter = item_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_text_matches(self, source_row: int) -> bool:
        if not self._query.strip():
            return True
        index = self.sourceModel().index(source_row, 0)
        # The same test as the exports (reference.matching.matches), so what is
        # exported is exactly what the filter shows.
        return matches(self.sourceModel().data(index, SEARCH_ROLE) or "", self._query)

    def item_matches(self, source_row: int) -> bool:
        if self._item_filter is None:
            return True
        return self._item_filter(self.sourceModel().index(source_row, 0).data(ITEM_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        return self.item_matches(source_row) and self.row_text_matches(source_row)


class MasterDetailView(QWidget):
    """Shows `proxy`'s rows in a table and the document for the selected row below."""

    def __init__(
        self,
        proxy: QAbstractItemModel,
        describe_item: Callable[[Any], Document | None],
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self._describe = describe_item
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Rows grow to fit their wrapped text, but only the rows in view: the
        # header's ResizeToContents measures every row on each filter change,
        # seconds per keystroke at 10,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fitted heights by the item shown in the row (kept alive alongside, so
        # its id cannot be reused): filtering brings the same items back into
        # view, and measuring wrapped text is the slow part of fitting. They
        # hold while the items, the column widths and the font stay the same.
        self._fitted: dict[int, tuple[object, int]] = {}
        for signal in (
            proxy.modelReset,
            proxy.dataChanged,
            self.table.horizontalHeader().sectionResized,
        ):
            signal.connect(self._forget_fitted_heights)
        self.table.installEventFilter(self)
        # A reset or layout change (a filter or sort) is one signal: fit at once,
        # so the first paint after it has the rows' own heights, not the many
        # default-height rows that would otherwise be drawn and then redrawn.
        for signal in (proxy.modelReset, proxy.layoutChanged):
            signal.connect(self._lay_out_and_fit)
            # A filter that hides the selected row clears the selection without
            # selectionChanged: the detail pane must not go on showing that row.
            signal.connect(self._show_selected)
        # Changes that come in bursts are coalesced into one pass.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            self.table.verticalScrollBar().valueChanged,
            self.table.horizontalHeader().sectionResized,
        ):
            signal.connect(self._fit_timer.start)
        # Held from the start: PySide6 sets up its QWidget wrapper type the first
        # time Python is handed a plain QWidget, some 14 ms that would otherwise
        # fall on the first keystroke typed in a filter box.
        self._viewport = self.table.viewport()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.detail = DocumentView()
        self.detail.setPlaceholderText(
            translate("MasterDetail", "Select a row to read it in full, with its sources.")
        )
        describe(
            self.table,
            name,
            translate("MasterDetail", "Select a row to read it in full below; Ctrl+C copies rows"),
        )
        describe(
            self.detail,
            translate("MasterDetail", "{table}: selected row").format(table=name),
            translate("MasterDetail", "The selected row in full, with sources"),
        )
        self.splitter = fill_with_split(
            self, [(self.table, 3), (self.detail, 2)], Qt.Orientation.Vertical
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def fit_visible_rows(self) -> None:
        """Fit the height of each row in view to its text."""
        table = self.table
        bottom = self._viewport.height()
        count = self.proxy.rowCount()
        row = max(table.rowAt(0), 0)
        while row < count and table.rowViewportPosition(row) < bottom:
            item = self.proxy.index(row, 0).data(ITEM_ROLE)
            fitted = self._fitted.get(id(item)) if item is not None else None
            if fitted is None:
                table.resizeRowToContents(row)
                if item is not None:
                    self._fitted[id(item)] = (item, table.rowHeight(row))
            elif table.rowHeight(row) != fitted[1]:
                table.setRowHeight(row, fitted[1])
            row += 1

    def _lay_out_and_fit(self) -> None:
        # The view lays itself out later by default; its scroll range must be
        # the new one before finding which rows are in view.
        self.table.doItemsLayout()
        self.fit_visible_rows()

    def _forget_fitted_heights(self, *_args: object) -> None:
        self._fitted.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            # Zooming or restyling changes how tall wrapped text is.
            self._forget_fitted_heights()
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def enable_sorting(self) -> None:
        """Sort on header clicks, starting in content order with no sort arrow shown."""
        self.table.setSortingEnabled(True)
        self.proxy.sort(-1)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def selected_items(self) -> list[Any]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ITEM_ROLE) for row in rows]

    def selection_as_tsv(self) -> str:
        """The selected rows with the header, tab-separated, ready for a spreadsheet."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        columns = range(self.proxy.columnCount())

        def clean(value: object) -> str:
            # Tabs and line breaks inside a cell would split it in a spreadsheet,
            # and a cell starting "=" would run there as a formula.
            return spreadsheet_cell(" ".join(str(value or "").split()))

        lines = [
            "\t".join(
                clean(self.proxy.headerData(column, Qt.Orientation.Horizontal))
                for column in columns
            )
        ]
        for row in rows:
            if self.proxy.index(row, 0).data(ITEM_ROLE) is None:
                continue
            lines.append(
                "\t".join(clean(self.proxy.index(row, column).data()) for column in columns)
            )
        return "\n".join(lines) + "\n" if rows else ""

    def copy_selection(self) -> bool:
        text = self.selection_as_tsv()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))

    def reveal_row(self, row: int) -> None:
        """Select `row` and scroll until all of it is in view."""
        self.table.selectRow(row)
        index = self.proxy.index(row, 0)
        viewport = self._viewport.rect()
        # Rows are fitted to their text only once in view, so the rows a scroll
        # brings in can grow and push the target out again: scroll, fit, check.
        for _ in range(MAX_REVEAL_PASSES):
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.fit_visible_rows()
            self.table.doItemsLayout()  # the scroll range, now, for the fitted heights
            shown = self.table.visualRect(index)
            if shown.top() >= viewport.top() and shown.bottom() <= viewport.bottom():
                return

    def select_first(self, wanted: Callable[[Any], bool]) -> bool:
        """Select and scroll to the first row whose item `wanted` accepts; False when none shows."""
        for row in range(self.proxy.rowCount()):
            if wanted(self.proxy.index(row, 0).data(ITEM_ROLE)):
                self.reveal_row(row)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        current = self.table.selectionModel().currentIndex()
        item = current.data(ITEM_ROLE) if current.isValid() else None
        if item is None:
            items = self.selected_items()
            item = items[0] if items else None
        self.detail.show_document(self._describe(item) if item is not None else None)
