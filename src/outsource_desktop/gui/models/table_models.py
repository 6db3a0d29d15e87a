"""Qt table models over the reference's rows; views put a proxy in front of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from outsource_desktop.content.models import Catalog, Section
from outsource_desktop.documents.formatting import cell_summary, model_name
from outsource_desktop.documents.tables import TableColumn, aspect_header, row_search_text
from outsource_desktop.gui.plain_text import plain_tooltip
from outsource_desktop.reference.queries import ComparisonRow

# The Python object behind a row, for views and proxies (as napari's ItemRole).
ITEM_ROLE = Qt.ItemDataRole.UserRole
# Text of the whole row, case-folded, for the filter proxies.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
# Whether a comparison cell differs from what the other chosen models say.
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 2


def difference_brush() -> QBrush:
    """A tint of the palette's highlight colour: legible in light and dark themes."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
    colour.setAlpha(60)
    return QBrush(colour)


AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SectionHeading:
    """A row that titles a group of comparison rows."""

    section: Section
    order: int  # its row in the source model


ComparisonEntry = SectionHeading | ComparisonRow


# Roles the comparison answers (as ints, as views ask); a view asks for about
# seven per painted cell, so the rest are turned away with one set look-up.
COMPARISON_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        ITEM_ROLE,
        SEARCH_ROLE,
        DIFFERS_ROLE,
    )
)


class ComparisonModel(QAbstractTableModel):
    """Aspects as rows, grouped under section heading rows; chosen models as columns."""

    def __init__(self, catalog: Catalog, rows: Sequence[ComparisonRow]) -> None:
        super().__init__()
        self._catalog = catalog
        self._entries: list[ComparisonEntry] = []
        self._headings: list[SectionHeading] = []
        self._model_ids: list[str] = []
        self._details = False
        # Cell texts as first shown: painting and fitting row heights ask for
        # the same few cells again and again.
        self._texts: dict[tuple[int, int], str] = {}
        self._set_rows(rows)

    def _set_rows(self, rows: Sequence[ComparisonRow]) -> None:
        self._entries = []
        self._headings = []
        self._texts = {}
        self._model_ids = [cell.model_id for cell in rows[0].cells] if rows else []
        current = ""
        for row in rows:
            if row.section.id != current:
                current = row.section.id
                self._headings.append(SectionHeading(row.section, len(self._entries)))
                self._entries.append(self._headings[-1])
            self._entries.append(row)

    def set_rows(self, catalog: Catalog, rows: Sequence[ComparisonRow]) -> None:
        self.beginResetModel()
        self._catalog = catalog
        self._set_rows(rows)
        self.endResetModel()

    def set_details(self, details: bool) -> None:
        """Show each cell's explanation below its short value, or the short value alone."""
        if details != self._details:
            self.beginResetModel()
            self._details = details
            self._texts = {}
            self.endResetModel()

    def details(self) -> bool:
        return self._details

    def model_ids(self) -> list[str]:
        return list(self._model_ids)

    def heading_rows(self) -> list[int]:
        return [heading.order for heading in self._headings]

    def heading_row(self, section_id: str) -> int | None:
        """The row of the section's heading; None when the section has no rows."""
        return next(
            (heading.order for heading in self._headings if heading.section.id == section_id),
            None,
        )

    def aspect_row(self, aspect_id: str) -> int:
        """The row of the aspect `aspect_id`, or -1 if there is none."""
        return next(
            (
                row
                for row, entry in enumerate(self._entries)
                if isinstance(entry, ComparisonRow) and entry.aspect.id == aspect_id
            ),
            -1,
        )

    def entry(self, row: int) -> ComparisonEntry:
        return self._entries[row]

    def entries(self) -> list[ComparisonEntry]:
        """Every row's entry, headings included, in row order."""
        return list(self._entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._model_ids)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return aspect_header()
        if 0 < section <= len(self._model_ids):
            return model_name(self._catalog, self._model_ids[section - 1])
        return None

    def text(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        key = (row, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._text(self._entries[row], column)
        return text

    def _text(self, entry: ComparisonEntry, column: int) -> str:
        if isinstance(entry, SectionHeading):
            return entry.section.title if column == 0 else ""
        if column == 0:
            return entry.aspect.label
        cell = entry.cells[column - 1]
        return cell_summary(
            self._catalog,
            cell,
            differs=cell.model_id in entry.differing_models(),
            details=self._details,
        )

    def tooltip(self, row: int, column: int) -> str:
        """A cell's explanation on hover, so the short value's meaning is a pause away."""
        entry = self._entries[row]
        if isinstance(entry, SectionHeading) or column == 0:
            return self.text(row, column)
        cell = entry.cells[column - 1]
        differs = cell.model_id in entry.differing_models()
        summary = cell_summary(self._catalog, cell, differs=differs, details=True)
        if cell.inherited_from and cell.claim is not None:
            summary += f": {cell.claim.value}\n{cell.claim.text}"
        return summary

    def _differs(self, entry: ComparisonEntry, column: int) -> bool:
        if isinstance(entry, SectionHeading) or column == 0:
            return False
        return entry.cells[column - 1].model_id in entry.differing_models()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if not 0 <= index.column() <= len(self._model_ids):
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """`data` for a cell known to exist, for proxies that map rows themselves."""
        if role not in COMPARISON_ROLES:
            return None
        entry = self._entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row, column))
        if role == Qt.ItemDataRole.FontRole:
            if not isinstance(entry, SectionHeading):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == DIFFERS_ROLE:
            return self._differs(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return difference_brush() if self._differs(entry, column) else None
        if role == ITEM_ROLE:
            return entry
        if role == SEARCH_ROLE and isinstance(entry, ComparisonRow):
            return entry.searchable_text
        return None


T = TypeVar("T")


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of records, one column per `TableColumn` (service types, roles...)."""

    def __init__(self, columns: Sequence[TableColumn[T]], records: Sequence[T]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._records = list(records)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[section].header if 0 <= section < len(self._columns) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()].text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._columns[index.column()].text(record))
        if role == ITEM_ROLE:
            return record
        if role == SEARCH_ROLE:
            return row_search_text(self._columns, record)
        return None
