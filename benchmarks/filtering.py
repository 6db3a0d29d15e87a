"""Time per keystroke in a filter box: the app's Comparison tab against a bare proxy.

Both views are shown offscreen at the window's size. A word is typed one
character at a time, then erased one at a time; each keystroke is timed until
the proxy has re-filtered and the view has been laid out and painted again,
which is what a reader waits for. The baseline is Qt at its plainest: a
QStandardItemModel of the same cell texts, a QSortFilterProxyModel matching a
fixed string in any column, and a default QTableView.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from outsource_desktop.content.models import Catalog
from outsource_desktop.documents.formatting import cell_summary
from outsource_desktop.gui.tabs.comparison import ComparisonTab
from outsource_desktop.reference.queries import comparison_rows

VIEW_SIZE = (1200, 800)


class BareFilterView(QWidget):
    """A filter box over a default table of the comparison's cell texts."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        model_ids = tuple(model.id for model in catalog.models)
        rows = comparison_rows(catalog, model_ids)
        self.source = QStandardItemModel(len(rows), 1 + len(model_ids))
        for number, row in enumerate(rows):
            texts = [row.aspect.label, *(cell_summary(catalog, cell) for cell in row.cells)]
            for column, text in enumerate(texts):
                self.source.setItem(number, column, QStandardItem(text))
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_box = QLineEdit()
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)


def time_typing(box: QLineEdit, word: str, rounds: int) -> list[float]:
    """Seconds per keystroke: type `word`, then erase it, `rounds` times."""
    app = QApplication.instance()
    assert app is not None
    keystrokes: list[Callable[[], None]] = [lambda c=c: box.insert(c) for c in word]  # type: ignore[misc]
    keystrokes += [box.backspace] * len(word)
    seconds: list[float] = []
    for _ in range(rounds):
        for keystroke in keystrokes:
            started = time.perf_counter()
            keystroke()
            app.processEvents()  # layout and paint: the reader sees the new rows
            seconds.append(time.perf_counter() - started)
    return seconds


def _shown(widget: QWidget) -> QWidget:
    widget.resize(*VIEW_SIZE)
    widget.show()
    QApplication.processEvents()
    return widget


def compare_filtering(catalog: Catalog, word: str, rounds: int) -> tuple[list[float], list[float]]:
    """(bare, app) seconds per keystroke over the same rows."""
    bare = _shown(BareFilterView(catalog))
    assert isinstance(bare, BareFilterView)
    baseline = time_typing(bare.filter_box, word, rounds)
    bare.close()
    tab = _shown(ComparisonTab(catalog))
    assert isinstance(tab, ComparisonTab)
    app = time_typing(tab.filter_box, word, rounds)
    tab.close()
    return baseline, app
